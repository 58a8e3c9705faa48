import { useAccordQuery } from "../api/client";
import { links } from "../app/links";
import { SourceLinks } from "../commitments/CommitmentList";
import { formatPartial, words } from "../ui/dates";
import { QueryStatus } from "../ui/Status";
import { EngagementCommitments, SideMeetings, StatementList } from "./EngagementLists";
import { EngagementQuery } from "./engagement.query";

/** An engagement: when and where, who took part as what, what was said in order, what was committed. */
export function EngagementPage({ id }: { id: string }) {
  const engagement = useAccordQuery("the engagement", EngagementQuery, { id });
  return (
    <article>
      <QueryStatus query={engagement}>
        {() => {
          const e = engagement.data?.node;
          if (e?.__typename !== "Engagement") return <p role="alert">No engagement has the ID {id}.</p>;
          const where = [e.place, e.city, e.country?.name].filter(Boolean).join(", ");
          return (
            <>
              <header className="record-header">
                <h2>{e.title}</h2>
                <p className="muted">
                  {words(e.kind)}, {words(e.status)} · {formatPartial(e.start)}
                  {e.end && e.end.iso !== e.start.iso && <> – {formatPartial(e.end)}</>}
                  {where && <> · {where}</>}
                </p>
                {e.parent && (
                  <p>
                    Part of <a href={links.engagement(e.parent.id)}>{e.parent.title}</a>{" "}
                    <span className="muted">{formatPartial(e.parent.start)}</span>
                  </p>
                )}
                {e.summary && <p>{e.summary}</p>}
                {e.topics.length > 0 && (
                  <ul className="tags" aria-label="Topics">
                    {e.topics.map((t) => (
                      <li key={t.slug} className="tag">
                        {t.name}
                      </li>
                    ))}
                  </ul>
                )}
                <SourceLinks citations={e.citations} label="Engagement source" />
              </header>
              <section aria-labelledby="participants">
                <h3 id="participants">Participants</h3>
                <ul>
                  {e.participants.map((p) => (
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
                {/* The API hands out at most 500 participants of one engagement, and no cursor past them. */}
                {e.participantCount > e.participants.length && (
                  <p className="muted">
                    The first {e.participants.length} of {e.participantCount} participants.
                  </p>
                )}
              </section>
              <StatementList id={id} />
              <EngagementCommitments id={id} />
              <SideMeetings id={id} />
            </>
          );
        }}
      </QueryStatus>
    </article>
  );
}
