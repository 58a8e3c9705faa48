import { useAccordQuery } from "../api/client";
import { links } from "../app/links";
import { SourceLinks } from "../commitments/CommitmentList";
import { formatPartial, words } from "../ui/dates";
import { QueryStatus } from "../ui/Status";
import { EngagementCommitments, ParticipantList, SideMeetings, StatementList } from "./EngagementLists";
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
              <ParticipantList id={id} />
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
