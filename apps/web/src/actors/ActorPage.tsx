import { useAccordQuery } from "../api/client";
import { usePagedList } from "../api/usePagedList";
import { links } from "../app/links";
import { PagedCommitments } from "../commitments/PagedCommitments";
import { PledgedDelivered } from "../commitments/PledgedDelivered";
import { Timeline } from "../timeline/Timeline";
import { formatPartial, words } from "../ui/dates";
import { LoadMore } from "../ui/LoadMore";
import { QueryStatus } from "../ui/Status";
import { ActorQuery, ActorTenuresQuery } from "./actor.query";
import { useActorTimeline } from "./useActorTimeline";

/** An actor: who it is, its offices, its engagements on a timeline, what it committed and received. */
export function ActorPage({ id }: { id: string }) {
  const engagements = useActorTimeline(id);
  const actor = useAccordQuery("the actor", ActorQuery, { id });
  return (
    <article>
      <QueryStatus query={actor}>
        {() => {
          const node = actor.data?.node;
          if (node?.__typename !== "Actor") return <p role="alert">No actor has the ID {id}.</p>;
          return (
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
          );
        }}
      </QueryStatus>
      <Offices id={id} />
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
        <section aria-labelledby="commitments-made">
          <h4 id="commitments-made">Made</h4>
          <PagedCommitments filter={{ committer: id }} what="the commitments made" />
        </section>
        <section aria-labelledby="commitments-received">
          <h4 id="commitments-received">Received</h4>
          <PagedCommitments filter={{ beneficiary: id }} what="the commitments received" />
        </section>
      </section>
    </article>
  );
}

/** The offices an actor held, a page at a time; nothing at all when it held none. */
function Offices({ id }: { id: string }) {
  const list = usePagedList("the offices held", ActorTenuresQuery, { id }, (data) =>
    data.node?.__typename === "Actor" ? data.node.tenures : null,
  );
  if (!list.isError && list.nodes.length === 0) return null;
  return (
    <section aria-labelledby="offices">
      <h3 id="offices">Offices held</h3>
      <QueryStatus query={list}>
        {() => (
          <>
            <ul>
              {list.nodes.map((t) => (
                <li key={t.id}>
                  {t.office.name}, <a href={links.actor(t.office.jurisdiction.id)}>{t.office.jurisdiction.name}</a>{" "}
                  <span className="muted">
                    {formatPartial(t.start)} – {t.end ? formatPartial(t.end) : "present"}
                  </span>
                </li>
              ))}
            </ul>
            <LoadMore list={list} noun="offices" />
          </>
        )}
      </QueryStatus>
    </section>
  );
}
