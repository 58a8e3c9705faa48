import { Prisma } from "@accord/db";
import { columns, describeType, type FieldRead, sql } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";

/** Money kept in the row itself (amount, currency, amount_as_reported), as commitments and their stages keep it. */
export const moneyOfRow: FieldRead = (c, row, nodes) => {
  const json = objectJson(c, "Money", row, subSelections(nodes));
  return Prisma.sql`CASE WHEN ${Prisma.raw(row)}.amount IS NULL OR ${Prisma.raw(row)}.currency IS NULL THEN NULL ELSE ${json} END`;
};

/** Money as it lives in a row: a commitment's, a stage's, an item's (its estimated value, renamed by itemsOf). */
export const moneyRead = describeType("Money", undefined, {
  ...columns("Commitment", ["amount", "currency"]),
  asReported: sql((row) => `${row}.amount_as_reported`),
});
