import { Prisma, type PrismaClient } from "@accord/db";
import type { Connection, ConnectionArgs } from "./connection.type";
import { lazy } from "./lazy";
import { encodeCursor, pageRequest } from "./paginate";

/** A table read by raw SQL: its name and the alias that conditions and the sort refer to. */
export type SqlTable = { table: Prisma.Sql; alias: Prisma.Sql };

/** The sort of a keyset page: one non-null expression over the alias, then the id (same direction). */
export type SqlSort = { expression: Prisma.Sql; direction: "asc" | "desc" };

export type SqlPageQuery = SqlTable & {
  where: Prisma.Sql[];
  sort: SqlSort;
  size: number;
  backward: boolean;
  cursor?: string;
  /**
   * Select the page's whole rows (every column of the table) instead of only their ids as text: `true` from
   * the walk itself, `"byId"` after it (the walk reads only what it filters and sorts by, see pageSql).
   */
  rows?: boolean | "byId";
};

export const sqlTrue = Prisma.sql`TRUE`;

export function andAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, " AND ") : sqlTrue;
}

/** Which way the page runs: desc forward and asc backward both walk downwards. */
export function walk(sort: SqlSort, backward: boolean): { descending: boolean; order: Prisma.Sql; op: Prisma.Sql } {
  const descending = (sort.direction === "desc") !== backward;
  return {
    descending,
    order: descending ? Prisma.sql`DESC` : Prisma.sql`ASC`,
    op: descending ? Prisma.sql`<` : Prisma.sql`>`,
  };
}

/** Keyset condition after the cursor row; its sort value comes from a scalar subquery so indexes apply. */
export function keysetCondition(source: SqlTable, sort: SqlSort, backward: boolean, cursor?: string): Prisma.Sql {
  if (!cursor) return sqlTrue;
  const { op } = walk(sort, backward);
  const { table, alias } = source;
  return Prisma.sql`(${sort.expression}, ${alias}.id) ${op} ((SELECT ${sort.expression} FROM ${table} ${alias} WHERE ${alias}.id = ${cursor}::uuid), ${cursor}::uuid)`;
}

/**
 * The SQL of one keyset page of ids, or of whole rows (size + 1 rows, to tell whether more follow). Whole
 * rows `"byId"`: the page's ids first, then each row by primary key in a LATERAL join (a nested loop keeps
 * the page's order), so a walk that filters and sorts candidates can read a covering index alone.
 */
export function pageSql(query: SqlPageQuery): Prisma.Sql {
  const { table, alias, sort, backward } = query;
  const { order } = walk(sort, backward);
  const where = andAll([...query.where, keysetCondition(query, sort, backward, query.cursor)]);
  const selects = {
    whole: Prisma.sql`${alias}.*`,
    byId: Prisma.sql`${alias}.id`,
    ids: Prisma.sql`${alias}.id::text AS id`,
  };
  const select = selects[query.rows === true ? "whole" : query.rows || "ids"];
  const page = Prisma.sql`SELECT ${select} FROM ${table} ${alias} WHERE ${where} ORDER BY ${sort.expression} ${order}, ${alias}.id ${order} LIMIT ${query.size + 1}`;
  if (query.rows !== "byId") return page;
  return Prisma.sql`SELECT page_row.* FROM (${page}) page_id
    CROSS JOIN LATERAL (SELECT * FROM ${table} page_row0 WHERE page_row0.id = page_id.id OFFSET 0) page_row`;
}

export function countSql({ table, alias, where }: SqlTable & { where: Prisma.Sql[] }): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM ${table} ${alias} WHERE ${andAll(where)}`;
}

/** Turns size + 1 ids into a Relay page (first/after or last/before). */
export function toConnection<T extends { id: string }>(
  rows: T[],
  request: { size: number; backward: boolean },
  args: ConnectionArgs,
  count: () => Promise<number>,
): Connection<T> {
  const more = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: request.backward ? Boolean(args.before) : more,
      hasPreviousPage: request.backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazy(count),
  };
}

/** What one page asks for: how many rows, which way, after which cursor. */
export type PageRequest = ReturnType<typeof pageRequest>;

export type PaginateIdsOptions<T extends { id: string }> = {
  prisma: PrismaClient;
  args: ConnectionArgs;
  /** The SQL of one page of ids, size + 1 of them to tell whether more follow. */
  pageSql: (request: PageRequest) => Prisma.Sql;
  /** The SQL counting every row the page walks (`n`), run only when totalCount is asked for. */
  countSql: () => Prisma.Sql;
  /** Loads the rows of the page's ids (a DataLoader, so nested fields reuse them). */
  load: (ids: string[]) => Promise<T[]>;
};

/** Keyset pagination over a feature's own page SQL (a sort keyset.ts cannot say), as a Relay connection. */
export async function paginateIds<T extends { id: string }>(options: PaginateIdsOptions<T>): Promise<Connection<T>> {
  const request = pageRequest(options.args);
  // A page of 0 still reads one id: whether more follow is part of its pageInfo.
  const ids = (await options.prisma.$queryRaw<{ id: string }[]>(options.pageSql(request))).map((row) => row.id);
  const rows = await options.load(ids);
  return toConnection(rows, request, options.args, async () => {
    const [row] = await options.prisma.$queryRaw<{ n: number }[]>(options.countSql());
    return row?.n ?? 0;
  });
}

export type PaginateSqlOptions<T extends { id: string }> = SqlTable &
  Pick<PaginateIdsOptions<T>, "prisma" | "args" | "load"> & { where: Prisma.Sql[]; sort: SqlSort };

/** Keyset pagination in raw SQL, for filters Prisma cannot say (full-text search, OR across joins). */
export function paginateSql<T extends { id: string }>(options: PaginateSqlOptions<T>): Promise<Connection<T>> {
  return paginateIds({
    ...options,
    pageSql: (request) => pageSql({ ...options, ...request }),
    countSql: () => countSql(options),
  });
}
