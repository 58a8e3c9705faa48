import { Prisma } from "@accord/db";
import type { CommitmentCriteria } from "./commitment.criteria";
import { CommitmentGroupBy } from "./commitment-totals.type";

/** The rows totals are summed from, as `c`: the amount and count columns to add up and the rows' own conditions. */
export type TotalsSource = { table: string; amount: string; count: string; conditions: Prisma.Sql[] };

export const commitmentSource: TotalsSource = {
  table: "commitment",
  amount: "c.amount",
  count: "count(*)",
  conditions: [
    Prisma.sql`c.amount IS NOT NULL`,
    // NOT IN hashes the few superseded ids once (to_id is never null); NOT EXISTS re-ran per commitment.
    Prisma.sql`c.id NOT IN (SELECT l.to_id FROM commitment_link l WHERE l.kind = 'SUPERSEDES')`,
  ],
};

// Triggers keep these sums exact per (currency, committer, status), with the same rows as commitmentSource
// (migration 20261128003937_commitment_rollup); its columns are named as commitment's.
export const rollupSource: TotalsSource = {
  table: "commitment_rollup",
  amount: "c.total",
  count: "sum(c.count)",
  conditions: [],
};

const rollupKeys = new Set([CommitmentGroupBy.CURRENCY, CommitmentGroupBy.COMMITTER, CommitmentGroupBy.STATUS]);
const rollupCriteria = new Set<keyof CommitmentCriteria>(["committerIds", "statuses", "currency"]);

/**
 * commitment_rollup when it holds the answer (filters and groups only on currency, committer and
 * status), so the common totals cost the same at any data size; otherwise the commitment table.
 */
export function totalsSource(criteria: CommitmentCriteria, keys: CommitmentGroupBy[]): TotalsSource {
  const fits =
    keys.every((key) => rollupKeys.has(key)) &&
    Object.entries(criteria).every(
      ([name, value]) => value === undefined || rollupCriteria.has(name as keyof CommitmentCriteria),
    );
  return fits ? rollupSource : commitmentSource;
}
