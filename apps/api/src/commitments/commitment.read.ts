import { Prisma } from "@accord/db";
import { columns, describeType, reference, sql, storedGlobalId } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";

export const commitmentRead = describeType("Commitment", "commitment", {
  id: storedGlobalId,
  ...columns("Commitment", ["kind", "description", "status", "madeOn", "madeOnPrecision"]),
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
