import { Prisma } from "@accord/db";
import type { FieldRead, ReadDescription } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";
import { columnOf, type PartialDateColumns, partialDateFields } from "./partial-date.fields";

// A PartialDate is read from a one-row subquery naming its parent's four columns alike (first, precision,
// inferred, approximate); accord_edtf and accord_partial_date_last are the SQL twins of @accord/domain's rules.
const part =
  (expression: (row: string) => string): FieldRead =>
  (_c, row) =>
    Prisma.raw(expression(row));

export const partialDateRead: ReadDescription = {
  type: "PartialDate",
  fields: {
    edtf: part((r) => `accord_edtf(${r}.first, ${r}.precision, ${r}.inferred, ${r}.approximate)`),
    iso: part((r) => `accord_edtf(${r}.first, ${r}.precision, false, false)`),
    start: part((r) => `${r}.first`),
    end: part((r) => `accord_partial_date_last(${r}.first, ${r}.precision)`),
    precision: part((r) => `coalesce(${r}.precision, 'DAY')`),
    inferred: part((r) => `${r}.inferred`),
    approximate: part((r) => `${r}.approximate`),
  },
};

/** One partial date of the parent row (alias `row`); null when its date column is. */
function partialDateField(columns: PartialDateColumns): FieldRead {
  return (c, row, nodes) => {
    const alias = c.alias();
    const [first, precision, inferred, approximate] = [
      columns.date,
      columns.precision,
      columns.inferred,
      columns.approximate,
    ].map((field) => (field ? `${row}.${columnOf(field)}` : "false"));
    return Prisma.sql`(SELECT ${objectJson(c, "PartialDate", alias, subSelections(nodes))}
      FROM (SELECT ${Prisma.raw(`${first} AS first, ${precision} AS precision, ${inferred} AS inferred, ${approximate} AS approximate`)}) ${Prisma.raw(alias)}
      WHERE ${Prisma.raw(alias)}.first IS NOT NULL)`;
  };
}

/** The read descriptions of a type's partial dates, from the list the resolvers use (describeType adds them). */
export function partialDateReads(typeName: string): Record<string, FieldRead> {
  const fields = partialDateFields[typeName] ?? {};
  return Object.fromEntries(Object.entries(fields).map(([name, columns]) => [name, partialDateField(columns)]));
}
