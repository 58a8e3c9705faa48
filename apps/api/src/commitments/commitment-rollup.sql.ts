import { Prisma } from "@accord/db";
import type { CommitmentCriteria } from "./commitment.criteria";
import { CommitmentGroupBy } from "./commitment-totals.type";

/**
 * The rows totals are summed from, as `c`: the amount and count columns to add up and the rows' own
 * conditions; `rowPer`: the groups the table holds one row for, each with its `total` and `count` (read as is).
 */
export type TotalsSource = {
  table: string;
  amount: string;
  count: string;
  conditions: Prisma.Sql[];
  rowPer?: CommitmentGroupBy[];
};

export const commitmentSource: TotalsSource = {
  table: "commitment",
  amount: "c.amount",
  count: "count(*)",
  conditions: [
    Prisma.sql`c.amount IS NOT NULL`,
    // The count-once rule, stated once in SQL (migration 20261205150100_commitment_count_once); NOT IN hashes
    // the uncounted ids once, where NOT EXISTS re-ran per commitment.
    Prisma.sql`c.id NOT IN (SELECT accord_commitment_uncounted())`,
  ],
};

/**
 * Stages' own amounts, one row per stage with its commitment's columns (so the same filters and groups
 * apply) and its kind as `stage`; counted once per stage kind (migration 20261205150300_commitment_stage_totals).
 * `count` is of commitments, not stages: tranches of one commitment count it once.
 */
export const stageSource: TotalsSource = {
  table: `(SELECT s.amount, s.currency, s.kind AS stage, s.occurred_on, s.occurred_on_precision, c.id, c.committer_id, c.beneficiary_id, c.kind, c.status,
      c.made_on, c.made_on_precision, c.engagement_id
      FROM commitment_stage s JOIN commitment c ON c.id = s.commitment_id WHERE s.amount IS NOT NULL)`,
  amount: "c.amount",
  count: "count(DISTINCT c.id)",
  // An anti-join: with a filter, the stages are read by index per commitment (NOT IN's row comparison
  // scanned every stage); the wrapper is planned once per connection (migration 20261206034000).
  conditions: [
    Prisma.sql`NOT EXISTS (SELECT 1 FROM accord_commitment_stage_uncounted_planned() u WHERE u.commitment_id = c.id AND u.kind = c.stage)`,
  ],
};

// Triggers keep these sums exact per (currency, committer, status), with the same rows as commitmentSource
// (migration 20261128003937_commitment_rollup); its columns are named as commitment's.
const rollupSource: TotalsSource = {
  table: "commitment_rollup",
  amount: "c.total",
  count: "sum(c.count)",
  conditions: [],
  rowPer: [CommitmentGroupBy.CURRENCY, CommitmentGroupBy.COMMITTER, CommitmentGroupBy.STATUS],
};

// The same sums per (currency, committer): one row per answer row of totals by committer
// (migration 20261128020000_commitment_rollup_by_committer).
const committerRollupSource: TotalsSource = {
  ...rollupSource,
  table: "commitment_rollup_committer",
  rowPer: [CommitmentGroupBy.CURRENCY, CommitmentGroupBy.COMMITTER],
};

// Stage sums per (committer, currency, stage kind), the same rows as stageSource: one row per answer row of a
// committer's totals by stage (migration 20261206061500_commitment_stage_rollup).
const stageRollupSource: TotalsSource = {
  ...rollupSource,
  table: "commitment_stage_rollup",
  rowPer: [CommitmentGroupBy.CURRENCY, CommitmentGroupBy.COMMITTER, CommitmentGroupBy.STAGE],
};

type Summary = { source: TotalsSource; keys: Set<CommitmentGroupBy>; criteria: Set<keyof CommitmentCriteria> };

// Coarsest first: the first summary whose keys cover every group and filter answers.
const summaries: Summary[] = [
  {
    source: committerRollupSource,
    keys: new Set([CommitmentGroupBy.CURRENCY, CommitmentGroupBy.COMMITTER]),
    criteria: new Set(["committerIds", "currency"]),
  },
  {
    source: rollupSource,
    keys: new Set([CommitmentGroupBy.CURRENCY, CommitmentGroupBy.COMMITTER, CommitmentGroupBy.STATUS]),
    criteria: new Set(["committerIds", "statuses", "currency"]),
  },
];

// The same for totals by stage: groups and filters on currency, committer and stage kind only.
const stageSummaries: Summary[] = [
  {
    source: stageRollupSource,
    keys: new Set([CommitmentGroupBy.CURRENCY, CommitmentGroupBy.COMMITTER, CommitmentGroupBy.STAGE]),
    criteria: new Set(["committerIds", "currency"]),
  },
];

/**
 * A summary table when one holds the answer (filters and groups only on currency, committer and
 * status, or stage kind), so the common totals cost the same at any data size; otherwise the
 * commitment table (or its stages, by stage).
 */
export function totalsSource(criteria: CommitmentCriteria, keys: CommitmentGroupBy[]): TotalsSource {
  const byStage = keys.includes(CommitmentGroupBy.STAGE);
  const asked = Object.entries(criteria).filter(([, value]) => value !== undefined);
  const fits = ({ keys: held, criteria: filters }: Summary) =>
    keys.every((key) => held.has(key)) && asked.every(([name]) => filters.has(name as keyof CommitmentCriteria));
  return (byStage ? stageSummaries : summaries).find(fits)?.source ?? (byStage ? stageSource : commitmentSource);
}
