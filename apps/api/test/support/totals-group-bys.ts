// commitmentTotals over every subset of its group keys, split between the tiers: the fast one asks a sample
// (no key, each key alone, all keys), the slow one the other subsets; together they are every subset once.
import type { Case } from "./compiled-reads-pair";

const groupKeys = ["BENEFICIARY", "COMMITTER", "CURRENCY", "KIND", "STATUS", "YEAR"];
const groupBys = Array.from({ length: 2 ** groupKeys.length }, (_, mask) =>
  groupKeys.filter((_, i) => mask & (1 << i)),
);
const sampled = (groupBy: string[]) => groupBy.length <= 1 || groupBy.length === groupKeys.length;

export const totalsQuery = `query($groupBy: [CommitmentGroupBy!]!, $filter: CommitmentFilter) {
  commitmentTotals(groupBy: $groupBy, filter: $filter) {
    currency status kind year total count committer { id name } beneficiary { name parent { name } }
  }
}`;

const totalsCase = (groupBy: string[]): Case => ({
  name: `commitmentTotals by [${groupBy.join(", ")}]`,
  query: totalsQuery,
  variables: () => ({ groupBy }),
});

/** The fast tier's sample of the subsets. */
export const sampledTotalsCases = groupBys.filter(sampled).map(totalsCase);
/** The subsets the sample leaves out, for the slow tier. */
export const remainingTotalsCases = groupBys.filter((groupBy) => !sampled(groupBy)).map(totalsCase);
