import { scaleLinear } from "@visx/scale";
import { useRef } from "react";
import { useAccordQuery } from "../api/client";
import { links } from "../app/links";
import { useWidth } from "../timeline/useWidth";
import { words } from "../ui/dates";
import { QueryStatus } from "../ui/Status";
import { formatMoney, type PledgeBar, pledgedDelivered } from "./pledged-delivered";
import { CommitmentTotalsQuery } from "./totals.query";

type Filter = { committer?: string; beneficiary?: string };

/** Pledged against delivered, one chart per currency; each bar opens the commitments it sums. */
export function PledgedDelivered({ filter, title }: { filter: Filter; title: string }) {
  const totals = useAccordQuery("commitment totals", CommitmentTotalsQuery, { filter });
  return (
    <section className="pledged-delivered" aria-label={title}>
      <h3>{title}</h3>
      <QueryStatus query={totals}>
        {() => {
          const byCurrency = totals.data ? pledgedDelivered(totals.data) : new Map();
          if (byCurrency.size === 0) return <p className="muted">No commitments with an amount.</p>;
          // The legend only under bars: beside "No commitments" it named colours nothing on the page wears.
          return (
            <>
              {[...byCurrency].map(([currency, bars]: [string, PledgeBar[]]) => (
                <CurrencyBars key={currency} currency={currency} bars={bars} />
              ))}
              <p className="legend-line">
                <span className="swatch delivered" aria-hidden="true" /> delivered{" "}
                <span className="swatch pledged" aria-hidden="true" /> pledged, not yet delivered
              </p>
            </>
          );
        }}
      </QueryStatus>
    </section>
  );
}

function CurrencyBars({ currency, bars }: { currency: string; bars: PledgeBar[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref, 300);
  const x = scaleLinear({ domain: [0, Math.max(...bars.map((b) => b.pledged))], range: [0, width] });
  return (
    <div className="currency" ref={ref}>
      <h4>In {currency}</h4>
      <ul className="bars">
        {bars.map((bar) => {
          const label = `${bar.committer?.name ?? "unknown committer"} → ${bar.beneficiary?.name ?? "no beneficiary"}`;
          const split = bar.byStage.map((s) => `${words(s.stage)} ${formatMoney(s.amount, currency)}`).join(", ");
          return (
            <li key={label}>
              <a
                href={links.commitments(bar.committer?.id ?? null, bar.beneficiary?.id ?? null, currency)}
                className="bar-link"
              >
                <span className="bar-label">
                  {label}: {formatMoney(bar.pledged, currency)} pledged, {formatMoney(bar.delivered, currency)}{" "}
                  delivered
                  {split && ` (by stage: ${split})`}
                </span>
                <svg width={width} height={18} aria-hidden="true" className="bar">
                  <rect width={Math.max(x(bar.pledged), 2)} height={18} className="pledged" />
                  <rect width={x(bar.delivered)} height={18} className="delivered" />
                </svg>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
