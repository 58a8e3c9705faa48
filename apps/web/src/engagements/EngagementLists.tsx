// An engagement's lists, each paged through its own connection.
import { usePagedList } from "../api/usePagedList";
import { links } from "../app/links";
import { CommitmentList, SourceLinks } from "../commitments/CommitmentList";
import { formatPartial, words } from "../ui/dates";
import { LoadMore } from "../ui/LoadMore";
import { QueryStatus } from "../ui/Status";
import {
  EngagementCommitmentsQuery,
  EngagementParticipantsQuery,
  EngagementStatementsQuery,
  SideEngagementsQuery,
} from "./engagement.query";

/** Who took part, as what, in the order the source names them, a page at a time (a summit may have hundreds). */
export function ParticipantList({ id }: { id: string }) {
  const list = usePagedList("the participants", EngagementParticipantsQuery, { id }, (data) =>
    data.node?.__typename === "Engagement" ? data.node.participantsConnection : null,
  );
  return (
    <section aria-labelledby="participants">
      <h3 id="participants">Participants{list.totalCount === null ? "" : ` (${list.totalCount})`}</h3>
      <QueryStatus query={list}>
        {() => (
          <>
            <ul>
              {list.nodes.map((p) => (
                <li key={p.id}>
                  <a href={links.actor(p.actor.id)}>{p.actor.name}</a>{" "}
                  <span className="muted">
                    {words(p.role)}
                    {p.titleAsReported && <>, “{p.titleAsReported}”</>}
                    {p.represents && (
                      <>
                        , for <a href={links.actor(p.represents.id)}>{p.represents.name}</a>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
            <LoadMore list={list} noun="participants" />
          </>
        )}
      </QueryStatus>
    </section>
  );
}

/** What was said, in the source's order, a page at a time. */
export function StatementList({ id }: { id: string }) {
  const list = usePagedList("the statements", EngagementStatementsQuery, { id }, (data) =>
    data.node?.__typename === "Engagement" ? data.node.statements : null,
  );
  return (
    <section aria-labelledby="statements">
      <h3 id="statements">Statements{list.totalCount === null ? "" : ` (${list.totalCount})`}</h3>
      <QueryStatus query={list}>
        {() => (
          <>
            {list.nodes.length === 0 && <p className="muted">None recorded.</p>}
            <ol className="statements">
              {list.nodes.map((s) => (
                <li key={s.id} value={s.position} id={`statement-${s.position}`}>
                  <p>
                    <a href={links.actor(s.speaker.id)}>{s.speaker.name}</a>{" "}
                    <span className="tag">{words(s.kind)}</span> {s.gist}
                  </p>
                  {s.quote && <blockquote>{s.quote}</blockquote>}
                  <SourceLinks citations={s.citations} label={`Source of statement ${s.position}`} />
                </li>
              ))}
            </ol>
            <LoadMore list={list} noun="statements" />
          </>
        )}
      </QueryStatus>
    </section>
  );
}

export function EngagementCommitments({ id }: { id: string }) {
  const list = usePagedList("the engagement's commitments", EngagementCommitmentsQuery, { id }, (data) =>
    data.node?.__typename === "Engagement" ? data.node.commitments : null,
  );
  return (
    <section aria-labelledby="engagement-commitments">
      <h3 id="engagement-commitments">Commitments</h3>
      <QueryStatus query={list}>
        {() => (
          <>
            <CommitmentList commitments={list.nodes} />
            <LoadMore list={list} noun="commitments" />
          </>
        )}
      </QueryStatus>
    </section>
  );
}

/** Meetings on the engagement's sidelines; nothing at all when it had none. */
export function SideMeetings({ id }: { id: string }) {
  const list = usePagedList("the side meetings", SideEngagementsQuery, { id }, (data) =>
    data.node?.__typename === "Engagement" ? data.node.sideEngagements : null,
  );
  if (!list.isError && list.nodes.length === 0) return null;
  return (
    <section aria-labelledby="side-meetings">
      <h3 id="side-meetings">Side meetings</h3>
      <QueryStatus query={list}>
        {() => (
          <>
            <ul>
              {list.nodes.map((side) => (
                <li key={side.id}>
                  <a href={links.engagement(side.id)}>{side.title}</a>{" "}
                  <span className="muted">{formatPartial(side.start)}</span>
                </li>
              ))}
            </ul>
            <LoadMore list={list} noun="side meetings" />
          </>
        )}
      </QueryStatus>
    </section>
  );
}
