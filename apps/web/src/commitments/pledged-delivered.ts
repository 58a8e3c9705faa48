// The switch point for "pledged vs delivered": today from each commitment's status and amount; when commitment
// stages land, this is the one function that reads them instead.
import type { ResultOf } from "@accord/sdk";
import type { CommitmentTotalsQuery } from "./totals.query";

type Total = ResultOf<typeof CommitmentTotalsQuery>["commitmentTotals"][number];
type Party = { id: string; name: string } | null;

export type PledgeBar = {
  committer: Party;
  beneficiary: Party;
  currency: string;
  /** Everything promised and still standing (announced, pledged, proposed, in progress, delivered). */
  pledged: number;
  delivered: number;
  /** The pledged amount by status, largest first, for the bar's label. */
  byStatus: { status: string; amount: number }[];
};

/** Statuses whose amount no longer counts as promised. */
const withdrawn = new Set(["CANCELLED", "LAPSED"]);

/** One bar per committer, beneficiary and currency; amounts in different currencies are never added. */
export function pledgedDelivered(totals: Total[]): Map<string, PledgeBar[]> {
  const bars = new Map<string, PledgeBar>();
  for (const total of totals) {
    if (withdrawn.has(total.status ?? "")) continue;
    const key = [total.committer?.id, total.beneficiary?.id, total.currency].join("|");
    let bar = bars.get(key);
    if (!bar) {
      bar = {
        committer: total.committer ?? null,
        beneficiary: total.beneficiary ?? null,
        currency: total.currency,
        pledged: 0,
        delivered: 0,
        byStatus: [],
      };
      bars.set(key, bar);
    }
    const amount = Number(total.total);
    bar.pledged += amount;
    if (total.status === "DELIVERED") bar.delivered += amount;
    bar.byStatus.push({ status: total.status ?? "UNKNOWN", amount });
  }
  const byCurrency = new Map<string, PledgeBar[]>();
  for (const bar of bars.values()) {
    bar.byStatus.sort((a, b) => b.amount - a.amount);
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
