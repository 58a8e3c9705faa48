// The one place "pledged vs delivered" is decided: what is promised comes from the commitments' statuses (each
// promise once, withdrawn ones left out), what was delivered from their stages' own amounts.
import type { ResultOf } from "@accord/sdk";
import type { CommitmentTotalsQuery } from "./totals.query";

type Totals = ResultOf<typeof CommitmentTotalsQuery>;
type Party = { id: string; name: string } | null;

export type PledgeBar = {
  committer: Party;
  beneficiary: Party;
  currency: string;
  /** Everything promised and still standing, delivered or not. */
  pledged: number;
  delivered: number;
  /** The stages' amounts, largest first, for the bar's label. */
  byStage: { stage: string; amount: number }[];
};

/** Statuses whose amount no longer counts as promised. */
const withdrawn = new Set(["CANCELLED", "LAPSED"]);
/** Stages that mean the money arrived; a disbursement and a delivery of one promise may be the same money. */
const deliveredStages = new Set(["DELIVERED", "DISBURSED"]);

const keyOf = (t: { committer?: { id: string } | null; beneficiary?: { id: string } | null; currency: string }) =>
  [t.committer?.id, t.beneficiary?.id, t.currency].join("|");

/** One bar per committer, beneficiary and currency, grouped by currency; currencies are never added. */
export function pledgedDelivered(totals: Totals): Map<string, PledgeBar[]> {
  const bars = new Map<string, PledgeBar>();
  for (const total of totals.byStatus) {
    if (withdrawn.has(total.status ?? "")) continue;
    const key = keyOf(total);
    const bar = bars.get(key) ?? {
      committer: total.committer ?? null,
      beneficiary: total.beneficiary ?? null,
      currency: total.currency,
      pledged: 0,
      delivered: 0,
      byStage: [],
    };
    bar.pledged += Number(total.total);
    bars.set(key, bar);
  }
  for (const total of totals.byStage) {
    const bar = bars.get(keyOf(total));
    if (!bar || !total.stage) continue;
    const amount = Number(total.total);
    bar.byStage.push({ stage: total.stage, amount });
    // The larger of the delivery stages: counting both could count one payment twice.
    if (deliveredStages.has(total.stage)) bar.delivered = Math.min(bar.pledged, Math.max(bar.delivered, amount));
  }
  const byCurrency = new Map<string, PledgeBar[]>();
  for (const bar of bars.values()) {
    bar.byStage.sort((a, b) => b.amount - a.amount);
    byCurrency.set(bar.currency, [...(byCurrency.get(bar.currency) ?? []), bar]);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => b.pledged - a.pledged);
  return new Map([...byCurrency].sort(([a], [b]) => a.localeCompare(b)));
}

/** An amount with its currency, in words: USD 2.4 billion. */
export function formatMoney(amount: number, currency: string): string {
  const words = new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 });
  return `${currency} ${words.format(amount)}`;
}
