import { Prisma } from "@accord/db";
import type { FieldRead, ReadDescription } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import type { Compilation } from "../compiled-reads/selection";
import { subSelections } from "../compiled-reads/selection";
import { columnOf, type PartialDateColumns, partialDateFields } from "./partial-date.fields";

/** The SQL of a PartialDate's four parts (first, precision, inferred, approximate): its parent row's columns. */
type Parts = { first: string; precision: string; inferred: string; approximate: string };

// A PartialDate has no row of its own: its alias stands for its parent's four columns (Compilation.origins),
// read inline: a one-row subquery per date was a visible share of a commitment page's PostgreSQL CPU.
// accord_edtf and accord_partial_date_last are the SQL twins of @accord/domain's rules.
const partsOf = (c: Compilation, alias: string): Parts => {
  const parts = c.origins.get(alias) as Parts | undefined;
  if (!parts) throw new Error(`PartialDate alias ${alias} has no parent columns`);
  return parts;
};

const part =
  (expression: (p: Parts) => string): FieldRead =>
  (c, row) =>
    Prisma.raw(expression(partsOf(c, row)));

export const partialDateRead: ReadDescription = {
  type: "PartialDate",
  fields: {
    edtf: part((p) => `accord_edtf(${p.first}, ${p.precision}, ${p.inferred}, ${p.approximate})`),
    iso: part((p) => `accord_edtf(${p.first}, ${p.precision}, false, false)`),
    start: part((p) => p.first),
    end: part((p) => `accord_partial_date_last(${p.first}, ${p.precision})`),
    precision: part((p) => `coalesce(${p.precision}, 'DAY')`),
    inferred: part((p) => p.inferred),
    approximate: part((p) => p.approximate),
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
    ].map((field) => (field ? `${row}.${columnOf(field)}` : "false")) as [string, string, string, string];
    c.origins.set(alias, { first, precision, inferred, approximate } satisfies Parts);
    return Prisma.sql`(CASE WHEN ${Prisma.raw(first)} IS NULL THEN NULL ELSE ${objectJson(c, "PartialDate", alias, subSelections(nodes))} END)`;
  };
}

/** The read descriptions of a type's partial dates, from the list the resolvers use (describeType adds them). */
export function partialDateReads(typeName: string): Record<string, FieldRead> {
  const fields = partialDateFields[typeName] ?? {};
  return Object.fromEntries(Object.entries(fields).map(([name, columns]) => [name, partialDateField(columns)]));
}
