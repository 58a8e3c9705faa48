import { Prisma } from "@accord/db";
import { columns, describeType, list, reference, sql, storedGlobalId } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";
import { citationsOf } from "../sources/citation.read";

export const commitmentRead = describeType("Commitment", "commitment", {
  id: storedGlobalId,
  ...columns("Commitment", [
    "kind",
    "description",
    "status",
    "madeOn",
    "madeOnPrecision",
    "periodStart",
    "periodEnd",
    "version",
  ]),
  statement: reference("Statement", "statement_id"),
  history: list(
    "CommitmentStatusChange",
    (row) => `SELECT * FROM commitment_status_change WHERE commitment_id = ${row}.id ORDER BY recorded_at, id`,
  ),
  // Each link seen from this end: OUTGOING to what it points at, INCOMING from what points at it.
  links: list(
    "CommitmentLink",
    (
      row,
    ) => `SELECT kind, 'OUTGOING' AS direction, to_id AS other_id, from_id, to_id FROM commitment_link WHERE from_id = ${row}.id
      UNION ALL SELECT kind, 'INCOMING', from_id, from_id, to_id FROM commitment_link WHERE to_id = ${row}.id
      ORDER BY kind, from_id, to_id, direction DESC`,
  ),
  citations: citationsOf("commitment_id"),
  committer: reference("Actor", "committer_id"),
  beneficiary: reference("Actor", "beneficiary_id"),
  engagement: reference("Engagement", "engagement_id"),
  // Money is kept in the commitment's own row: its fields read the same row.
  money: (c, row, nodes) => {
    const json = objectJson(c, "Money", row, subSelections(nodes));
    return Prisma.sql`CASE WHEN ${Prisma.raw(row)}.amount IS NULL OR ${Prisma.raw(row)}.currency IS NULL THEN NULL ELSE ${json} END`;
  },
});

/** Money as it lives in a commitment's row. */
export const moneyRead = describeType("Money", undefined, {
  ...columns("Commitment", ["amount", "currency"]),
  asReported: sql((row) => `${row}.amount_as_reported`),
});
