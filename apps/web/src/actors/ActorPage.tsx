import { useQuery } from "@tanstack/react-query";
import { accord, useAccordQuery } from "../api/client";
import { links } from "../app/links";
import { CommitmentList } from "../commitments/CommitmentList";
import { PledgedDelivered } from "../commitments/PledgedDelivered";
import { Timeline } from "../timeline/Timeline";
import { formatDate, words } from "../ui/dates";
import { QueryStatus } from "../ui/Status";
import { ActorEngagementsQuery, ActorQuery } from "./actor.query";

/** Every engagement of an actor, all pages (100 a request), for the timeline. */
function useActorEngagements(id: string) {
  const query = useQuery({
    queryKey: ["actor engagements", id],
    queryFn: async () => {
      const all = [];
      const pages = accord.paginate(ActorEngagementsQuery, { id }, (data) =>
        data.node?.__typename === "Actor" ? data.node.engagements : null,
      );
      for await (const engagement of pages) all.push(engagement);
      return all;
    },
  });
  return { ...query, what: "the actor's engagements" };
}

/** An actor: who it is, its offices, its engagements on a timeline, what it committed and received. */
export function ActorPage({ id }: { id: string }) {
  const actor = useAccordQuery("the actor", ActorQuery, { id });
  const engagements = useActorEngagements(id);
  return (
    <article>
      <QueryStatus query={actor}>
        {() => {
          const node = actor.data?.node;
          if (node?.__typename !== "Actor") return <p role="alert">No actor has the ID {id}.</p>;
          const tenures = node.tenures.edges.map((edge) => edge.node);
          return (
            <>
              <header className="record-header">
                <h2>{node.name}</h2>
                <p className="muted">
                  {words(node.kind)}
                  {node.parent && (
                    <>
                      {" "}
                      of <a href={links.actor(node.parent.id)}>{node.parent.name}</a>
                    </>
                  )}
                  {node.aliases.length > 0 && <> · also {node.aliases.map((a) => a.name).join(", ")}</>}
                </p>
                {node.description && <p>{node.description}</p>}
              </header>
              {tenures.length > 0 && (
                <section aria-labelledby="offices">
                  <h3 id="offices">Offices held</h3>
                  <ul>
                    {tenures.map((t) => (
                      <li key={t.id}>
                        {t.office.name},{" "}
                        <a href={links.actor(t.office.jurisdiction.id)}>{t.office.jurisdiction.name}</a>{" "}
                        <span className="muted">
                          {formatDate(t.startDate, t.startPrecision)} –{" "}
                          {t.endDate ? formatDate(t.endDate, t.endPrecision) : "present"}
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          );
        }}
      </QueryStatus>
      <section aria-labelledby="engagements">
        <h3 id="engagements">Engagements</h3>
        <QueryStatus query={engagements}>
          {() =>
            engagements.data && engagements.data.length > 0 ? (
              <Timeline engagements={engagements.data} />
            ) : (
              <p className="muted">No engagements recorded.</p>
            )
          }
        </QueryStatus>
      </section>
      <section aria-labelledby="commitments">
        <h3 id="commitments">Commitments</h3>
        <div className="two-charts">
          <PledgedDelivered filter={{ committer: id }} title="Committed, pledged vs delivered" />
          <PledgedDelivered filter={{ beneficiary: id }} title="Received, pledged vs delivered" />
        </div>
        {actor.data?.node?.__typename === "Actor" && (
          <>
            <h4>Made ({actor.data.node.commitmentsMade.totalCount})</h4>
            <CommitmentList commitments={actor.data.node.commitmentsMade.edges.map((e) => e.node)} />
            <h4>Received ({actor.data.node.commitmentsReceived.totalCount})</h4>
            <CommitmentList commitments={actor.data.node.commitmentsReceived.edges.map((e) => e.node)} />
          </>
        )}
      </section>
    </article>
  );
}
