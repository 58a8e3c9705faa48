import { Prisma, type PrismaClient } from "@accord/db";
import { type FieldRead, type RootRead, rootRead } from "../compiled-reads/describe";
import { groupColumn, groupsRoot } from "../compiled-reads/groups";
import { type Compilation, type FieldNodes, subSelections } from "../compiled-reads/selection";
import type { CountOrder } from "./count-group.type";
import { type CountsRequest, type CountsStatement, countsStatement } from "./counts.sql";

/** A column of the group row (always there). */
const own =
  (name: string): FieldRead =>
  (_c, g) =>
    Prisma.raw(`${g}."${name}"`);

/** The period label as periodOf writes it: the finest period grouped by ("2024", "2024-Q2", "2024-XX"). */
const period: FieldRead = (c, g) => {
  const columns = c.groupColumns.get(g) ?? [];
  if (!columns.includes("year")) return Prisma.raw("NULL::text");
  const year = `lpad(${g}.year::text, 4, '0')`;
  if (columns.includes("month")) return Prisma.raw(`${year} || '-' || coalesce(lpad(${g}.month::text, 2, '0'), 'XX')`);
  if (columns.includes("quarter")) return Prisma.raw(`${year} || '-Q' || coalesce(${g}.quarter::text, 'X')`);
  return Prisma.raw(year);
};

/** The fields every count group has (CountGroup): period keys, count, first and last date. */
export const countGroupReads: Record<string, FieldRead> = {
  period,
  year: groupColumn("year"),
  quarter: groupColumn("quarter"),
  month: groupColumn("month"),
  count: own("count"),
  firstDate: own("first_date"),
  firstPrecision: own("first_precision"),
  lastDate: own("last_date"),
  lastPrecision: own("last_precision"),
};

/** The precision of a date key's rank (datedCountSql's firstRank, lastRank), as the enum. */
export const precisionOfRank = (rank: string) => `(ARRAY['YEAR', 'MONTH', 'DAY']::"DatePrecision"[])[${rank} + 1]`;

/**
 * A root list of count groups from its counts statement. The date keys become the columns the
 * PartialDate reads expect (first_date, first_precision …).
 */
export function countGroupsRoot(
  c: Compilation,
  typeName: string,
  nodes: FieldNodes,
  { sql, limit, columns }: CountsStatement,
) {
  const rows = Prisma.sql`SELECT t.*, t."firstDate" AS first_date, ${Prisma.raw(precisionOfRank(`t."firstRank"`))} AS first_precision,
      t."lastDate" AS last_date, ${Prisma.raw(precisionOfRank(`t."lastRank"`))} AS last_precision
    FROM (${sql}) t`;
  return groupsRoot(c, typeName, nodes, { sql: rows, columns: [...columns], limit });
}

export type CountsRequestOptions<F, K extends string> = {
  prisma: PrismaClient;
  filter?: F | null;
  groupBy: K[];
  order: CountOrder;
  first?: number | null;
  /** Whether the first and last dates are asked for (true unless the selection is known to leave them out). */
  dated?: boolean;
};

/** The DatedCount fields read from a group's first and last date. */
const dateFields = new Set(["first", "last", "firstDate", "firstPrecision", "lastDate", "lastPrecision"]);

/** Whether a selection of count groups asks for their first or last date. */
const asksForDates = (c: Compilation, typeName: string, nodes: FieldNodes) =>
  [...c.fields(typeName, subSelections(nodes)).values()].some((field) => dateFields.has(field[0].name.value));

/**
 * The root read of a counts query (engagementCounts, statementCounts): the request its service builds
 * for the resolvers too, as count groups.
 */
export function countsRootRead<F, K extends string>(
  field: string,
  typeName: string,
  options: {
    request: (options: CountsRequestOptions<F, K>) => Promise<CountsRequest<K>>;
  },
): RootRead {
  return rootRead(
    field,
    async (c, nodes, prisma) => {
      const args = c.args("Query", nodes[0]) as {
        filter?: F | null;
        groupBy: K[];
        orderBy: CountOrder;
        first?: number | null;
      };
      const dated = asksForDates(c, typeName, nodes);
      const request = await options.request({
        prisma,
        filter: args.filter,
        groupBy: args.groupBy,
        order: args.orderBy,
        first: args.first,
        dated,
      });
      return countGroupsRoot(c, typeName, nodes, countsStatement(request));
    },
    { versioned: true },
  );
}
