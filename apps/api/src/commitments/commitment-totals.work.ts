import { aggregateWork, type Work } from "../limits/work";
import { type CommitmentCriteria, decodeCommitmentFilter } from "./commitment.criteria";
import type { CommitmentFilter } from "./commitment.input";
import { totalsSource } from "./commitment-rollup.sql";
import { groupColumns, groupKeysOf } from "./commitment-totals.service";
import { CommitmentGroupBy } from "./commitment-totals.type";

// The filters that pick a rollup's rows by one of its keys: their values are the rows of that key it reads.
const keyFilters: Partial<Record<CommitmentGroupBy, keyof CommitmentCriteria>> = {
  [CommitmentGroupBy.COMMITTER]: "committerIds",
  [CommitmentGroupBy.CURRENCY]: "currency",
  [CommitmentGroupBy.STATUS]: "statuses",
};

/** Rows of a rollup keyed by `key` that the criteria can match: the filter's values, else every group of it. */
function keyRows(key: CommitmentGroupBy, criteria: CommitmentCriteria): number {
  const filterName = keyFilters[key];
  const value = filterName ? criteria[filterName] : undefined;
  if (value === undefined) return groupColumns[key].groups;
  return Array.isArray(value) ? value.length : 1;
}

/** The criteria of a filter argument, or undefined when it is not one (its error comes at execution). */
function criteriaOf(filter: unknown): CommitmentCriteria | undefined {
  try {
    return decodeCommitmentFilter(filter as CommitmentFilter | null);
  } catch {
    return undefined;
  }
}

/**
 * commitmentTotals' work by its arguments: read from a rollup table (commitment-rollup.sql.ts), the rows of
 * it the filter can match (the product of the rollup's keys' groups, a filtered key's values instead of
 * its groups); from the commitments (or their stages), every matching row grouped.
 */
export const commitmentTotalsWork: Work = {
  ...aggregateWork,
  why: "groups every matching commitment (a rollup table's rows, when one holds the answer)",
  byArgs: ({ filter, groupBy }) => {
    const criteria = criteriaOf(filter);
    if (!Array.isArray(groupBy) || !criteria) return aggregateWork.nodes;
    const source = totalsSource(criteria, groupKeysOf(groupBy as CommitmentGroupBy[]));
    if (!source.rowPer) return aggregateWork.nodes;
    return source.rowPer.reduce((rows, key) => rows * keyRows(key, criteria), 1);
  },
};
