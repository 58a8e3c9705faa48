import { useEffect, useRef } from "react";
import { useAccordQuery } from "../api/client";
import { links } from "../app/links";
import { formatDate, words } from "../ui/dates";
import { QueryStatus } from "../ui/Status";
import { CitationQuery } from "./citation.query";
import { splitPassage } from "./passage";

/** A fact in its source: the source's text with the cited passage highlighted, its publisher, date and link. */
export function CitationPage({ id }: { id: string }) {
  const citation = useAccordQuery("the source", CitationQuery, { id });
  const markRef = useRef<HTMLElement>(null);
  const loaded = citation.data?.node?.__typename === "Citation";
  useEffect(() => {
    if (loaded) markRef.current?.scrollIntoView({ block: "center" });
  }, [loaded]);
  return (
    <article>
      <QueryStatus query={citation}>
        {() => {
          const c = citation.data?.node;
          if (c?.__typename !== "Citation") return <p role="alert">No citation has the ID {id}.</p>;
          const { source, record } = c;
          const passage = source.content ? splitPassage(source.content, c) : null;
          return (
            <>
              <header className="record-header">
                <p className="muted">Source of {describeRecord(record)}</p>
                {/* A source without a title of its own is named by its kind, never given a made-up one. */}
                <h2>{source.title ?? `Untitled ${words(source.kind).toLowerCase()}`}</h2>
                <dl className="facts">
                  <dt>Publisher</dt>
                  <dd>
                    {source.publisher ? (
                      <a href={links.actor(source.publisher.id)}>{source.publisher.name}</a>
                    ) : (
                      "not recorded"
                    )}
                  </dd>
                  <dt>Published</dt>
                  <dd>{source.publishedOn ? formatDate(source.publishedOn, "DAY") : "date not recorded"}</dd>
                  <dt>Kind</dt>
                  <dd>{words(source.kind)}</dd>
                  {c.locator && (
                    <>
                      <dt>Where</dt>
                      <dd>{c.locator}</dd>
                    </>
                  )}
                  <dt>Link</dt>
                  <dd>
                    {source.url ? (
                      <a href={source.url} rel="noopener noreferrer" target="_blank">
                        {source.url}
                      </a>
                    ) : (
                      "none"
                    )}
                  </dd>
                </dl>
                {c.startOffset != null && (
                  <p className="muted">
                    Characters {c.startOffset}–{c.endOffset} of the source's text.
                  </p>
                )}
              </header>
              {passage ? (
                <section
                  aria-label="Source text"
                  className="source-text"
                  lang={source.language ?? undefined}
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls in its box; focus lets keyboard users scroll it.
                  tabIndex={0}
                >
                  {passage.before}
                  {passage.cited && <mark ref={markRef}>{passage.cited}</mark>}
                  {passage.after}
                  {passage.located === "none" && c.quote && (
                    <p role="note">The quoted passage is not in the stored text: “{c.quote}”</p>
                  )}
                </section>
              ) : (
                <section aria-label="Quoted passage">
                  <p className="muted">The source's full text is not stored; the quoted passage:</p>
                  <blockquote>
                    <mark>{c.quote ?? "no quote recorded"}</mark>
                  </blockquote>
                </section>
              )}
            </>
          );
        }}
      </QueryStatus>
    </article>
  );
}

function describeRecord(record: {
  __typename: string;
  id?: string;
  position?: number;
  gist?: string;
  speaker?: { name: string };
  engagement?: { id: string; title: string };
  description?: string;
  committer?: { id: string; name: string };
  title?: string;
}) {
  if (record.__typename === "Statement" && record.engagement) {
    return (
      <>
        statement {record.position} ({record.speaker?.name}: {record.gist}) at{" "}
        <a href={links.engagement(record.engagement.id)}>{record.engagement.title}</a>
      </>
    );
  }
  if (record.__typename === "Commitment" && record.committer) {
    return (
      <>
        a commitment of <a href={links.actor(record.committer.id)}>{record.committer.name}</a>: {record.description}
      </>
    );
  }
  if (record.__typename === "Engagement" && record.id) {
    return <a href={links.engagement(record.id)}>{record.title}</a>;
  }
  return "a record";
}
