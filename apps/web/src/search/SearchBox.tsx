import type { ResultOf } from "@accord/sdk";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useLocation } from "wouter";
import { usePagedList } from "../api/usePagedList";
import { links } from "../app/links";
import { formatPartial, words } from "../ui/dates";
import { LoadMore } from "../ui/LoadMore";
import { QueryStatus } from "../ui/Status";
import { SearchQuery } from "./search.query";

/** The text settles for this long before a search is sent: one request per pause, not per key. */
const settleMs = 200;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), settleMs);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** Search as you type across actors, engagements, statements and commitments; ↓ moves into the results. */
export function SearchBox() {
  const [text, setText] = useState("");
  const query = useSettled(text.trim());
  const search = usePagedList("search results", SearchQuery, { query }, (data) => data.search, {
    enabled: query.length > 0,
    keepPrevious: true,
  });
  const inputId = useId();
  const resultsRef = useRef<HTMLUListElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      resultsRef.current?.querySelector("a")?.focus();
      event.preventDefault();
    }
    if (event.key === "Escape") setText("");
  };
  const onResultsKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const anchors = Array.from(resultsRef.current?.querySelectorAll("a") ?? []);
    const at = anchors.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown") anchors[Math.min(at + 1, anchors.length - 1)]?.focus();
    else if (event.key === "ArrowUp") (at <= 0 ? document.getElementById(inputId) : anchors[at - 1])?.focus();
    else return;
    event.preventDefault();
  };
  // Following a result, or any link, closes the results.
  const [location] = useLocation();
  const [shownAt, setShownAt] = useState(location);
  if (shownAt !== location) {
    setShownAt(location);
    setText("");
  }

  return (
    <search className="search">
      <label htmlFor={inputId}>Search actors, engagements, statements and commitments</label>
      <input
        id={inputId}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder="e.g. Rutte, Ukraine, briefing"
        autoComplete="off"
      />
      {query.length > 0 && (
        <section className="search-results" aria-label="Search results">
          <QueryStatus query={search}>
            {() => (
              <>
                <p role="status" className="muted">
                  {search.totalCount ?? 0} matches for “{query}”
                </p>
                <ul ref={resultsRef} onKeyDown={onResultsKeyDown}>
                  {search.nodes.map((node, index) => (
                    <SearchResult key={"id" in node ? node.id : index} node={node} />
                  ))}
                </ul>
                <LoadMore list={search} noun="results" />
              </>
            )}
          </QueryStatus>
        </section>
      )}
    </search>
  );
}

type Hit = ResultOf<typeof SearchQuery>["search"]["edges"][number]["node"];

function SearchResult({ node }: { node: Hit }) {
  switch (node.__typename) {
    case "Actor":
      return (
        <li>
          <a href={links.actor(node.id)}>{node.name}</a> <span className="tag">{words(node.actorKind)}</span>
        </li>
      );
    case "Engagement":
      return (
        <li>
          <a href={links.engagement(node.id)}>{node.title}</a>{" "}
          <span className="muted">
            {words(node.engagementKind)}, {formatPartial(node.start)}
          </span>
        </li>
      );
    case "Statement":
      return (
        <li>
          <a href={links.engagement(node.engagement.id)}>
            {node.speaker.name}: {node.gist}
          </a>{" "}
          <span className="muted">statement at {node.engagement.title}</span>
        </li>
      );
    case "Commitment":
      return (
        <li>
          <a href={node.madeAt ? links.engagement(node.madeAt.id) : links.actor(node.committer.id)}>
            {node.committer.name}: {node.description}
          </a>{" "}
          <span className="muted">commitment, {words(node.status)}</span>
        </li>
      );
    default:
      return null;
  }
}
