import { Prisma } from "@accord/db";
import { required } from "@accord/domain";
import { uuidPattern } from "../common/global-id";
import { pageRequest } from "../common/paginate";
import type { PageArgs } from "./connections";
import { notCompiled } from "./sql";

/**
 * One page of a connection, whatever its order: the SQL of its nodes in walk order (the list's
 * order, or the reverse for a backward page), at most size + 1 of them (one more tells whether more
 * follow). The pagination core (connections.ts) builds edges, cursors and pageInfo from this alone.
 */
export type Page = {
  /** The nodes' ids (`id`), or with `wholeRows` their rows: every column of the node type's table. */
  ids: Prisma.Sql;
  /**
   * `ids` selects whole rows, read by the edges where they are: reading each node again by primary
   * key cost a country's page of 25 engagements half of PostGraphile's requests per second.
   */
  wholeRows?: boolean;
  size: number;
  backward: boolean;
  /** A cursor was given (after, or before for a backward page): there are rows on its other side. */
  resumed: boolean;
  nodeType: string;
  /** totalCount: every row of the list, not only those past the cursor. */
  total: Prisma.Sql;
};

/** The page the arguments ask for: size, direction and the cursor's uuid (the resolvers explain bad ones). */
export function requestedPage(args: PageArgs): { size: number; backward: boolean; cursor?: string } {
  const request = pageRequest(args);
  // decodeCursor takes any 36 hex digits and dashes; what is no uuid fails in SQL, so the resolvers say so.
  if (request.cursor && !uuidPattern.test(request.cursor)) notCompiled("a cursor that names no uuid");
  return request;
}

/** Rows of a list in a total order (trusted SQL fragments): `from` filtered by `where`, ordered by `order`. */
export type OrderedRows = { from: string; id: string; where: string; order: string };

/**
 * A page of an ordered list by rank: past the cursor's row in that order, and empty when the cursor
 * is not one of the list's rows (as the DataLoaders' window pages give it). Whole rows when `rows.id`
 * is the id of a row alias of `from` (`s.id`): that alias is a row of the node's table.
 */
export function rankedPageIds(rows: OrderedRows, request: { size: number; backward: boolean; cursor?: string }) {
  const order = request.backward ? reverseOrder(rows.order) : rows.order;
  const limit = request.size + 1;
  const node = /^([a-z_][a-z_0-9]*)\.id$/.exec(rows.id)?.[1];
  const select = node ? `${node}.*` : `${rows.id} AS id`;
  if (!request.cursor) {
    const sql = `SELECT ${select} FROM ${rows.from} WHERE ${rows.where} ORDER BY ${order} LIMIT ${limit}`;
    return { sql: Prisma.raw(sql), wholeRows: Boolean(node) };
  }
  const ranked = (selected: string) =>
    `(SELECT ${selected}, row_number() OVER (ORDER BY ${order}) AS k FROM ${rows.from} WHERE ${rows.where})`;
  const sql = `SELECT rk.* FROM ${ranked(select)} rk
    WHERE rk.k > (SELECT ra.k FROM ${ranked(`${rows.id} AS id`)} ra WHERE ra.id = '${request.cursor}'::uuid) ORDER BY rk.k LIMIT ${limit}`;
  return { sql: Prisma.raw(sql), wholeRows: Boolean(node) };
}

/** An ORDER BY list the other way round: each term's direction flipped, and its NULLS placement with it. */
export function reverseOrder(order: string): string {
  return splitTerms(order)
    .map((term) => {
      const match = required(
        /^(.*?)(\s+(ASC|DESC))?(\s+NULLS\s+(FIRST|LAST))?$/is.exec(term.trim()),
        `a term in "${order}"`,
      );
      const direction = match[3]?.toUpperCase() === "DESC" ? "ASC" : "DESC";
      const nulls = match[5] ? ` NULLS ${match[5].toUpperCase() === "FIRST" ? "LAST" : "FIRST"}` : "";
      return `${match[1]} ${direction}${nulls}`;
    })
    .join(", ");
}

/** The terms of an ORDER BY list: split at commas outside parentheses and quotes. */
function splitTerms(order: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < order.length; i += 1) {
    const char = order[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === "(") depth += 1;
    else if (!quoted && char === ")") depth -= 1;
    else if (!quoted && depth === 0 && char === ",") {
      terms.push(order.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(order.slice(start));
  return terms;
}

/** A page of an ordered list by rank, counted whole for totalCount. */
export function rankedPage(rows: OrderedRows, args: PageArgs, nodeType: string): Page {
  const request = requestedPage(args);
  const { sql, wholeRows } = rankedPageIds(rows, request);
  return {
    ids: sql,
    wholeRows,
    size: request.size,
    backward: request.backward,
    resumed: Boolean(request.cursor),
    nodeType,
    total: Prisma.raw(`(SELECT count(*)::int FROM ${rows.from} WHERE ${rows.where})`),
  };
}

/** A root list's page from its keyset SQL (ids in walk order, size + 1) and the SQL counting every match. */
export function keysetPage(
  request: { size: number; backward: boolean; cursor?: string },
  nodeType: string,
  ids: Prisma.Sql,
  count: Prisma.Sql,
): Page {
  const { size, backward, cursor } = request;
  return { ids, size, backward, resumed: Boolean(cursor), nodeType, total: Prisma.sql`(${count})` };
}
