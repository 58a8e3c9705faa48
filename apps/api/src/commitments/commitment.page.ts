import { Prisma } from "@accord/db";
import { andAll } from "../common/keyset";

export type CommitmentPageQuery = {
  where: Prisma.Sql[];
  /** A nullable column of `commitment c`; nulls count as the smallest value. */
  column: "made_on" | "amount";
  direction: "asc" | "desc";
  size: number;
  backward: boolean;
  cursor?: string;
  /** Whole rows of `commitment` (and page_part, page_value, page_key) instead of the ids. */
  rows?: boolean;
};

/** The column's type, for the smallest value it can hold (an ascending walk after a cursor without a value). */
const columnTypes = { made_on: "date", amount: "numeric" } as const;

/**
 * One keyset page of commitment ids (or rows) (size + 1) ordered by a nullable column, nulls as the smallest
 * value, then id: the order the commitment indexes keep (NULLS FIRST), so a first page is one index walk.
 * After a cursor, rows with a value and rows without are two index-friendly walks joined by UNION ALL
 * (a row comparison leaves nulls out); both walk the same index, which ends in the id.
 */
export function commitmentPageSql(query: CommitmentPageQuery): Prisma.Sql {
  const descending = (query.direction === "desc") !== query.backward;
  const column = Prisma.raw(`c.${query.column}`);
  const order = Prisma.raw(descending ? "DESC" : "ASC");
  // Nulls smallest, as the indexes keep them; within the valued walk it only lets the index give the order.
  const valueOrder = Prisma.raw(descending ? "DESC NULLS LAST" : "ASC NULLS FIRST");
  const limit = query.size + 1;
  // Whole rows spare the compiled edges a read of each commitment again by primary key.
  const selected = query.rows ? Prisma.sql`c.*` : Prisma.sql`c.id::text AS id`;
  const where = andAll(query.where);
  if (!query.cursor) {
    return Prisma.sql`SELECT ${selected} FROM commitment c
      WHERE ${where} ORDER BY ${column} ${valueOrder}, c.id ${order} LIMIT ${limit}`;
  }
  const id = Prisma.sql`${query.cursor}::uuid`;
  const value = Prisma.sql`(SELECT ${column} FROM commitment c WHERE c.id = ${id})`;
  // Walking down, rows without a value come after every valued row; walking up, before them.
  // One row comparison either way, so the index walk starts at the cursor: after a cursor without a value,
  // walking up, every valued row follows it (-infinity); an OR left the comparison to a filter of every row.
  const lowest = Prisma.raw(`'-infinity'::${columnTypes[query.column]}`);
  const valued = descending
    ? Prisma.sql`${column} IS NOT NULL AND ${value} IS NOT NULL AND (${column}, c.id) < (${value}, ${id})`
    : Prisma.sql`${column} IS NOT NULL AND (${column}, c.id) > (coalesce(${value}, ${lowest}), ${id})`;
  const unvalued = descending
    ? Prisma.sql`${column} IS NULL AND (${value} IS NOT NULL OR c.id < ${id})`
    : Prisma.sql`${column} IS NULL AND ${value} IS NULL AND c.id > ${id}`;
  // The unvalued walk orders by the column too (all null: the same order as the id alone), so it reads the
  // null end of the valued walk's index, as (currency, amount, id) for a currency, instead of the primary key
  // filtered for nulls of that currency (every commitment read when there are none).
  // Part 0 is read first: valued rows when walking down, rows without a value when walking up.
  const valuedPart = Prisma.raw(descending ? "0" : "1");
  const unvaluedPart = Prisma.raw(descending ? "1" : "0");
  return Prisma.sql`SELECT ${Prisma.raw(query.rows ? "page.*" : "id")} FROM (
      (SELECT ${selected}, ${valuedPart} AS page_part, ${column} AS page_value, c.id AS page_key FROM commitment c
        WHERE ${where} AND ${valued} ORDER BY ${column} ${valueOrder}, c.id ${order} LIMIT ${limit})
      UNION ALL
      (SELECT ${selected}, ${unvaluedPart}, NULL, c.id FROM commitment c
        WHERE ${where} AND ${unvalued} ORDER BY ${column} ${valueOrder}, c.id ${order} LIMIT ${limit})
    ) page ORDER BY page_part, page_value ${order}, page_key ${order} LIMIT ${limit}`;
}

export function commitmentCountSql(where: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM commitment c WHERE ${andAll(where)}`;
}
