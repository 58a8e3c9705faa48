import type { ResultOf } from "@accord/sdk";
import { links } from "../app/links";
import { formatPartial, words } from "../ui/dates";
import type { CommitmentFields } from "./commitment.fragment";
import { formatMoney } from "./pledged-delivered";

export type CommitmentItem = ResultOf<typeof CommitmentFields>;

/** Commitments with their parties, amount as reported, status, the meeting they were made at and their sources. */
export function CommitmentList({ commitments }: { commitments: CommitmentItem[] }) {
  if (commitments.length === 0) return <p className="muted">None recorded.</p>;
  return (
    <ul className="commitments">
      {commitments.map((c) => (
        <li key={c.id}>
          <p>
            <a href={links.actor(c.committer.id)}>{c.committer.name}</a>
            {c.beneficiary && (
              <>
                {" → "}
                <a href={links.actor(c.beneficiary.id)}>{c.beneficiary.name}</a>
              </>
            )}
            : {c.description}
          </p>
          <p className="muted">
            {words(c.kind)}, <span className={`status ${c.status.toLowerCase()}`}>{words(c.status)}</span>
            {c.money && <>, {c.money.asReported ?? formatMoney(Number(c.money.amount), c.money.currency)}</>}
            {c.made && <>, made {formatPartial(c.made)}</>}
            {c.engagement && (
              <>
                , at <a href={links.engagement(c.engagement.id)}>{c.engagement.title}</a>
              </>
            )}
          </p>
          <SourceLinks citations={c.citations} />
        </li>
      ))}
    </ul>
  );
}

/** Each citation of a record opens its source with the passage highlighted. */
export function SourceLinks({ citations, label = "Source" }: { citations: { id: string }[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <p className="sources">
      {citations.map((citation, index) => (
        <a key={citation.id} href={links.citation(citation.id)} className="source-link">
          {label}
          {citations.length > 1 ? ` ${index + 1}` : ""}
        </a>
      ))}
    </p>
  );
}
