import { Prisma } from "@accord/db";
import type { FieldNode } from "graphql";
import type { ConnectionArgs } from "../common/connection.type";
import { defaultPageSize, maxPageSize } from "../common/paginate";
import { objectJson, rowJson } from "./objects";
import { type Compilation, type FieldSql, selectionJson, subSelections } from "./selection";
import { cursorSql, notCompiled } from "./sql";
import { type Streamed, streamedObject } from "./streamed";

/** Where a connection's rows come from: trusted SQL fragments, as in common/window-connection.ts. */
export type ConnectionSource = {
  from: string;
  id: string;
  where: Prisma.Sql;
  /** A total order ending in the id. */
  order: string;
  nodeType: string;
  /** True when the page starts after a cursor (the keyset condition is in `where`). */
  resumed?: boolean;
  /** totalCount, when it is not the rows of `from` matching `where` (a cursor's condition, an index-driven page). */
  total?: Prisma.Sql;
};

export type PageArgs = ConnectionArgs;

/** One row of JSON whatever the page holds, even when only totalCount (no aggregate) is selected. */
export const onlyRow = Prisma.raw("GROUP BY ()");

/** The page size of forward pages; backward pages and out-of-range sizes stay with the resolvers (and their errors). */
export function forwardPageSize(args: PageArgs, allowAfter = false): number {
  if (args.last != null || args.before != null) notCompiled("backward pages");
  if (args.after != null && !allowAfter) notCompiled("nested pages after a cursor");
  const size = args.first ?? defaultPageSize;
  // A page of 0 has no rows to tell whether more follow; the resolvers answer it.
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) notCompiled("page size");
  return size;
}

/**
 * A page's rows `x` (numbered `rn` in order, one more than `size`): the first `size` as a JSON array of
 * edges. The aggregate reads `x` straight from its ordered subquery, with no join between, so it gets the
 * rows in order (as PostgreSQL documents for aggregates over a sorted subquery); an ORDER BY in json_agg
 * would sort them again, a tuplesort for each nested list.
 */
export function edgesJson(x: string, size: number, edge: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(json_agg(${edge}) FILTER (WHERE ${Prisma.raw(x)}.rn <= ${Prisma.raw(String(size))}), '[]'::json)`;
}

/**
 * A Relay connection as one JSON value: the page's ids plus one (to tell whether more follow) in
 * order, each node read by primary key; the same edges, pageInfo and totalCount the resolvers give.
 */
export function connectionJson(
  c: Compilation,
  connectionType: string,
  source: ConnectionSource,
  size: number,
  nodes: FieldNode[],
): Prisma.Sql {
  const x = c.alias();
  const fields = connectionFields(c, connectionType, source, size, x);
  const json = selectionJson(c, connectionType, subSelections(nodes), (name, fieldNodes) =>
    name === "edges" ? edgesJson(x, size, fields.edge(fieldNodes)) : fields.other(name, fieldNodes),
  );
  return Prisma.sql`(SELECT ${json} FROM (${pageRows(c, source, size)}) ${Prisma.raw(x)} ${onlyRow})`;
}

/** A root connection with its edges streamed (streamed.ts), or as one JSON value when they cannot be. */
export function rootConnection(
  c: Compilation,
  connectionType: string,
  source: ConnectionSource,
  size: number,
  nodes: FieldNode[],
): Prisma.Sql | Streamed {
  const x = c.alias();
  const fields = connectionFields(c, connectionType, source, size, x);
  const from = pageRows(c, source, size);
  const array = (fieldNodes: FieldNode[]) => ({ x, from, size, element: fields.edge(fieldNodes) });
  return (
    streamedObject(c, connectionType, subSelections(nodes), fields.other, "edges", array) ??
    connectionJson(c, connectionType, source, size, nodes)
  );
}

/** The page's ids in order plus one, numbered `rn` from 1. */
function pageRows(c: Compilation, source: ConnectionSource, size: number): Prisma.Sql {
  const inner = Prisma.raw(c.alias());
  // row_number() over the ordered, limited subquery: numbering after LIMIT keeps the top-N sort.
  return Prisma.sql`SELECT ${inner}.id, row_number() OVER () AS rn
    FROM (SELECT ${Prisma.raw(source.id)} AS id FROM ${Prisma.raw(source.from)} WHERE ${source.where}
      ORDER BY ${Prisma.raw(source.order)} LIMIT ${Prisma.raw(String(size + 1))}) ${inner}`;
}

/** A connection's fields over its page rows `x`: one edge, and the others (totalCount, pageInfo). */
function connectionFields(c: Compilation, connectionType: string, source: ConnectionSource, size: number, x: string) {
  const edgeType = `${connectionType.replace(/Connection$/, "")}Edge`;
  const other: FieldSql = (name, fieldNodes) => {
    if (name === "totalCount") {
      return source.total ?? Prisma.sql`(SELECT count(*)::int FROM ${Prisma.raw(source.from)} WHERE ${source.where})`;
    }
    if (name === "pageInfo")
      return pageInfoJson(c, x, size, { resumed: Boolean(source.resumed), cursors: true }, fieldNodes);
    return undefined;
  };
  return { other, edge: (fieldNodes: FieldNode[]) => edgeJson(c, edgeType, source.nodeType, x, fieldNodes) };
}

function edgeJson(c: Compilation, edgeType: string, nodeType: string, x: string, nodes: FieldNode[]): Prisma.Sql {
  return selectionJson(c, edgeType, subSelections(nodes), (name, fieldNodes) => {
    if (name === "cursor") return cursorSql(`${x}.id`);
    if (name === "node") return rowJson(c, nodeType, Prisma.raw(`${x}.id`), subSelections(fieldNodes));
    return undefined;
  });
}

/** pageInfo over a page's rows `x`; without `cursors` (search's), the cursor fields go to the resolvers. */
export function pageInfoJson(
  c: Compilation,
  x: string,
  size: number,
  page: { resumed: boolean; cursors: boolean },
  nodes: FieldNode[],
): Prisma.Sql {
  return selectionJson(c, "PageInfo", subSelections(nodes), (name) => {
    if (name === "hasNextPage") return Prisma.raw(`count(*) > ${size}`);
    if (name === "hasPreviousPage") return Prisma.raw(page.resumed ? "true" : "false");
    if (!page.cursors) return undefined;
    if (name === "startCursor") return cursorSql(`(min(${x}.id::text) FILTER (WHERE ${x}.rn = 1))`);
    if (name === "endCursor") {
      return cursorSql(`((array_agg(${x}.id ORDER BY ${x}.rn DESC) FILTER (WHERE ${x}.rn <= ${size}))[1])`);
    }
    return undefined;
  });
}

/** A nested list with no pages (participants, topics): `rows`, a subquery in the list's order, as a JSON array. */
export function listJson(
  c: Compilation,
  nodeType: string,
  rows: (alias: string) => Prisma.Sql,
  nodes: FieldNode[],
): Prisma.Sql {
  const alias = c.alias();
  const element = objectJson(c, nodeType, alias, subSelections(nodes));
  // In the subquery's order, as edgesJson: no sort of its own.
  return Prisma.sql`(SELECT coalesce(json_agg(${element}), '[]'::json) FROM ${rows(alias)})`;
}
