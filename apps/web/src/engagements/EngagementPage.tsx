import { useAccordQuery } from "../api/client";
import { links } from "../app/links";
import { CommitmentList, SourceLinks } from "../commitments/CommitmentList";
import { formatDate, words } from "../ui/dates";
import { QueryStatus } from "../ui/Status";
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
          const statements = [...e.statements.edges.map((edge) => edge.node)].sort((a, b) => a.position - b.position);
          const sides = e.sideEngagements.edges.map((edge) => edge.node);
          const commitments = e.commitments.edges.map((edge) => edge.node);
          const where = [e.place, e.city, e.country?.name].filter(Boolean).join(", ");
          return (
            <>
              <header className="record-header">
                <h2>{e.title}</h2>
                <p className="muted">
                  {words(e.kind)}, {words(e.status)} · {formatDate(e.startDate, e.startPrecision)}
                  {e.endDate && e.endDate !== e.startDate && <> – {formatDate(e.endDate, e.endPrecision)}</>}
                  {where && <> · {where}</>}
                </p>
                {e.parent && (
                  <p>
                    Part of <a href={links.engagement(e.parent.id)}>{e.parent.title}</a>{" "}
                    <span className="muted">{formatDate(e.parent.startDate, e.parent.startPrecision)}</span>
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
              </section>
              <section aria-labelledby="statements">
                <h3 id="statements">Statements ({e.statements.totalCount})</h3>
                <ol className="statements">
                  {statements.map((s) => (
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
              </section>
              <section aria-labelledby="engagement-commitments">
                <h3 id="engagement-commitments">Commitments</h3>
                <CommitmentList commitments={commitments} />
              </section>
              {sides.length > 0 && (
                <section aria-labelledby="side-meetings">
                  <h3 id="side-meetings">Side meetings</h3>
                  <ul>
                    {sides.map((side) => (
                      <li key={side.id}>
                        <a href={links.engagement(side.id)}>{side.title}</a>{" "}
                        <span className="muted">{formatDate(side.startDate, side.startPrecision)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          );
        }}
      </QueryStatus>
    </article>
  );
}
