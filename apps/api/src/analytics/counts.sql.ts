import type { DatePrecision } from "@accord/db";
import { Prisma, type PrismaClient } from "@accord/db";
import { required } from "@accord/domain";
import { groupedItems, type ListSize, pricedYears, tooManyGroups } from "../limits/list-size";
import { type CountGroup, CountOrder, type DatedCount } from "./count-group.type";

/**
 * One result column of a group key: the SQL it is grouped and sorted by (the raw column: a uuid's or an
 * enum's own order, not its text's in the locale), the type it is returned as, and the field it fills.
 */
export type KeyColumn = { sql: string; as?: string; column: string };

/**
 * A group key: its columns, the join that gives multi-valued keys one row per value, how many groups it can
 * make and, for a join, how many rows it gives each counted row (on the benchmark's data: its price's scale).
 */
export type Dimension = { columns: KeyColumn[]; join?: string; groups: number; rowsEach?: number };

/** Groups of one engagementCounts or statementCounts answer (its price when the keys allow more). */
export const maxCountGroups = 10_000;

/** A grouping's size and price for @ListSize: the product of its keys' possible groups, at most maxCountGroups. */
export function groupsSize(dimensions: Record<string, Dimension>): ListSize {
  const groupSizes = Object.fromEntries(Object.entries(dimensions).map(([key, d]) => [key, d.groups]));
  return { max: maxCountGroups, groupsArg: "groupBy", groupSizes, sizeArg: "first" };
}

// Periods of a start date `d` at precision `p`: a quarter or month is known only below YEAR precision.
const year = (d: string): KeyColumn => ({ sql: `extract(year FROM ${d})::int`, column: "year" });
const finer = (d: string, p: string, part: "quarter" | "month"): KeyColumn => ({
  sql: `CASE WHEN ${p} = 'YEAR' THEN NULL ELSE extract(${part} FROM ${d})::int END`,
  column: part,
});

/** The three period keys of the start date `d` with precision `p` (columns of the counted rows). */
export function periodDimensions(d: string, p: string) {
  return {
    YEAR: { columns: [year(d)], groups: pricedYears },
    QUARTER: { columns: [year(d), finer(d, p, "quarter")], groups: pricedYears * 5 },
    MONTH: { columns: [year(d), finer(d, p, "month")], groups: pricedYears * 13 },
  } satisfies Record<string, Dimension>;
}

/**
 * A start date as one sortable integer: days since 0001-01-01 times 4, plus 0 for YEAR, 1 for MONTH and
 * 2 for DAY precision, so min and max pick the first and last date in the API's order (coarser first
 * at the same day) and the precision comes back with the date.
 */
export const dateKeySql = (d: string, p: string) =>
  `((${d} - DATE '0001-01-01') * 4 + CASE ${p} WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)`;

const precisions: DatePrecision[] = ["YEAR", "MONTH", "DAY"];

/** Aggregates of a group: its count and its first and last dateKeySql. */
export type Measures = { count: string; first: string; last: string };

/** The measures of rows joined to their engagement `e`, one row each. */
export const engagementRowMeasures: Measures = (() => {
  const key = dateKeySql("e.start_date", "e.start_precision");
  return { count: "count(*)", first: `min(${key})`, last: `max(${key})` };
})();

/** The count of a group and its first and last date, as columns datedCountOf reads. */
export function datedCountSql({ count, first, last }: Measures = engagementRowMeasures): Prisma.Sql {
  return Prisma.raw(`(${count})::int AS count,
      DATE '0001-01-01' + ${first} / 4 AS "firstDate", (${first} % 4)::int AS "firstRank",
      DATE '0001-01-01' + ${last} / 4 AS "lastDate", (${last} % 4)::int AS "lastRank"`);
}

/** A row's datedCountSql columns as DatedCount fields. */
export function datedCountOf(row: Record<string, unknown>): DatedCount {
  return {
    count: row.count as number,
    firstDate: row.firstDate as Date,
    firstPrecision: required(precisions[row.firstRank as number], `the precision of rank ${row.firstRank}`),
    lastDate: row.lastDate as Date,
    lastPrecision: required(precisions[row.lastRank as number], `the precision of rank ${row.lastRank}`),
  };
}

export type CountsQuery = {
  /** The counted rows with their aliases, e.g. `engagement e`. */
  from: string;
  measures: Measures;
  dimensions: Dimension[];
  conditions: Prisma.Sql[];
  order: CountOrder;
  /** The most groups the answer may hold (its price); more is refused. */
  limit: number;
  /** Only the first groups in `order` (a ranking's top N): the answer stops there instead of being refused. */
  first?: number | null;
  /** The rows are the groups already (a key total): filtered and sorted, not grouped. */
  oneRowPerGroup?: boolean;
};

/** Group keys' columns in the order asked, each once. */
function keyColumns(dimensions: Dimension[]): KeyColumn[] {
  const seen = new Map<string, KeyColumn>();
  for (const column of dimensions.flatMap((d) => d.columns)) seen.set(column.column, seen.get(column.column) ?? column);
  return [...seen.values()];
}

/** One GROUP BY statement over the counted rows: count and first and last date per group. */
export function countsSql(query: CountsQuery): Prisma.Sql {
  const columns = keyColumns(query.dimensions);
  const joins = [...new Set(query.dimensions.flatMap((d) => (d.join ? [d.join] : [])))].join("\n");
  const select = columns.map(({ sql, as, column }) => `${sql}${as ? `::${as}` : ""} AS "${column}"`);
  const keys = columns.map(({ sql }) => sql);
  const byKeys = keys.join(", ");
  const order = query.order === CountOrder.COUNT ? [`${query.measures.count} DESC`, ...keys] : keys;
  const nonEmpty = `${query.measures.count} > 0`;
  const conditions = query.oneRowPerGroup ? [...query.conditions, Prisma.raw(nonEmpty)] : query.conditions;
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // Rows that are groups already are filtered and sorted only (a ranking then reads an index's first rows).
  const grouping = query.oneRowPerGroup ? "" : `${byKeys ? `GROUP BY ${byKeys}` : ""} HAVING ${nonEmpty}`;
  return Prisma.sql`SELECT ${Prisma.raw([...select, ""].join(", "))}${datedCountSql(query.measures)}
    FROM ${Prisma.raw(query.from)}
    ${Prisma.raw(joins)}
    ${where}
    ${Prisma.raw(grouping)}
    ${Prisma.raw(order.length ? `ORDER BY ${order.join(", ")}` : "")}
    LIMIT ${query.first ?? query.limit + 1}`;
}

/** The period label of a group: the finest period grouped by ("2024", "2024-Q2", "2024-XX"). */
function periodOf(row: Record<string, unknown>, columns: Set<string>): string | null {
  if (!columns.has("year")) return null;
  const year = String(row.year).padStart(4, "0");
  if (columns.has("month")) return row.month == null ? `${year}-XX` : `${year}-${String(row.month).padStart(2, "0")}`;
  if (columns.has("quarter")) return `${year}-Q${row.quarter ?? "X"}`;
  return year;
}

export type CountsRequest<K extends string> = {
  /** The counted rows, joined to their engagement `e` when periods or dates need its start date, e.g. `engagement e`. */
  from: string;
  /** Aggregates over `from` when its rows are not one a record (a summary table's); one row a record otherwise. */
  measures?: Measures;
  dimensions: Record<K, Dimension>;
  groupBy: K[];
  conditions: Prisma.Sql[];
  order: CountOrder;
  /** At most this many groups, the first in `order`; every group (up to the price) when absent. */
  first?: number | null;
  /** `from` holds one row a group (a key total). */
  oneRowPerGroup?: boolean;
};

/** A counts request as one statement: its SQL (at most `limit` + 1 rows), the limit and the key columns it returns. */
export type CountsStatement = { sql: Prisma.Sql; limit: number; columns: Set<string> };

/** The statement of a counts request, shared by the resolvers (runCounts) and the compiled reads. */
export function countsStatement<K extends string>(request: CountsRequest<K>): CountsStatement {
  const keys = [...new Set(request.groupBy)];
  const query: CountsQuery = {
    from: request.from,
    measures: request.measures ?? engagementRowMeasures,
    dimensions: keys.map((key) => request.dimensions[key]),
    conditions: request.conditions,
    order: request.order,
    limit: groupedItems(groupsSize(request.dimensions), keys),
    first: request.first,
    oneRowPerGroup: request.oneRowPerGroup,
  };
  const columns = new Set(keyColumns(query.dimensions).map((c) => c.column));
  // With `first` the statement returns at most that many rows, so none is ever refused.
  return { sql: countsSql(query), limit: query.first ?? query.limit, columns };
}

/**
 * Runs a counts statement and shapes its rows as CountGroups; refuses an answer with more groups than
 * its price allows (groupsSize) rather than cutting it short.
 */
export async function runCounts<K extends string, T extends CountGroup>(
  prisma: PrismaClient,
  request: CountsRequest<K>,
  /** The group's other key columns as fields. */
  extra: (row: Record<string, unknown>) => Omit<T, keyof CountGroup>,
): Promise<T[]> {
  const { sql, limit, columns } = countsStatement(request);
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(sql);
  if (rows.length > limit) throw tooManyGroups(limit);
  return rows.map(
    (row) =>
      ({
        period: periodOf(row, columns),
        year: (row.year as number | undefined) ?? null,
        quarter: (row.quarter as number | undefined) ?? null,
        month: (row.month as number | undefined) ?? null,
        ...datedCountOf(row),
        ...extra(row),
      }) as T,
  );
}
