import { Prisma } from "@accord/db";
import type { FieldNode } from "graphql";
import type { ConnectionArgs } from "../common/connection.type";
import { defaultPageSize, maxPageSize } from "../common/paginate";
import { objectJson, rowJson } from "./object-types";
import type { Compilation } from "./selection";
import { subSelections } from "./selection";
import { cursorSql, jsonObject, notCompiled } from "./sql";

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
  /** What totalCount counts when it differs from `where` (which holds the cursor's condition). */
  count?: Prisma.Sql;
  /** totalCount as a whole expression, when `from` holds only the page (an index-driven list). */
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
  const inner = c.alias();
  const fields = c.fields(connectionType, subSelections(nodes));
  const kept = Prisma.raw(`FILTER (WHERE ${x}.rn <= ${size})`);
  const entries: [string, Prisma.Sql][] = [];
  for (const [key, fieldNodes] of fields) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") entries.push([key, Prisma.raw(`'${connectionType}'`)]);
    else if (name === "totalCount") {
      entries.push([
        key,
        source.total ??
          Prisma.sql`(SELECT count(*)::int FROM ${Prisma.raw(source.from)} WHERE ${source.count ?? source.where})`,
      ]);
    } else if (name === "edges") {
      const edge = edgeJson(c, `${connectionType.replace(/Connection$/, "")}Edge`, source.nodeType, x, fieldNodes);
      entries.push([key, Prisma.sql`coalesce(json_agg(${edge} ORDER BY ${Prisma.raw(x)}.rn) ${kept}, '[]'::json)`]);
    } else if (name === "pageInfo") {
      entries.push([key, pageInfoJson(c, x, size, Boolean(source.resumed), fieldNodes)]);
    } else notCompiled(`${connectionType}.${name}`);
  }
  // row_number() over the ordered, limited subquery: numbering after LIMIT keeps the top-N sort.
  return Prisma.sql`(SELECT ${jsonObject(entries)} FROM (SELECT ${Prisma.raw(inner)}.id, row_number() OVER () AS rn
    FROM (SELECT ${Prisma.raw(source.id)} AS id FROM ${Prisma.raw(source.from)} WHERE ${source.where}
      ORDER BY ${Prisma.raw(source.order)} LIMIT ${Prisma.raw(String(size + 1))}) ${Prisma.raw(inner)}) ${Prisma.raw(x)} ${onlyRow})`;
}

function edgeJson(c: Compilation, edgeType: string, nodeType: string, x: string, nodes: FieldNode[]): Prisma.Sql {
  const entries: [string, Prisma.Sql][] = [];
  for (const [key, fieldNodes] of c.fields(edgeType, subSelections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") entries.push([key, Prisma.raw(`'${edgeType}'`)]);
    else if (name === "cursor") entries.push([key, cursorSql(`${x}.id`)]);
    else if (name === "node")
      entries.push([key, rowJson(c, nodeType, Prisma.raw(`${x}.id`), subSelections(fieldNodes))]);
    else notCompiled(`${edgeType}.${name}`);
  }
  return jsonObject(entries);
}

function pageInfoJson(c: Compilation, x: string, size: number, resumed: boolean, nodes: FieldNode[]): Prisma.Sql {
  const entries: [string, Prisma.Sql][] = [];
  for (const [key, fieldNodes] of c.fields("PageInfo", subSelections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") entries.push([key, Prisma.raw("'PageInfo'")]);
    else if (name === "hasNextPage") entries.push([key, Prisma.raw(`count(*) > ${size}`)]);
    else if (name === "hasPreviousPage") entries.push([key, Prisma.raw(resumed ? "true" : "false")]);
    else if (name === "startCursor") entries.push([key, cursorSql(`(min(${x}.id::text) FILTER (WHERE ${x}.rn = 1))`)]);
    else if (name === "endCursor") {
      const last = `((array_agg(${x}.id ORDER BY ${x}.rn DESC) FILTER (WHERE ${x}.rn <= ${size}))[1])`;
      entries.push([key, cursorSql(last)]);
    } else notCompiled(`PageInfo.${name}`);
  }
  return jsonObject(entries);
}

/** A nested list with no pages (participants, topics): its rows in order as a JSON array. */
export function listJson(
  c: Compilation,
  nodeType: string,
  rows: (alias: string) => Prisma.Sql,
  order: (alias: string) => string,
  nodes: FieldNode[],
): Prisma.Sql {
  const alias = c.alias();
  const element = objectJson(c, nodeType, alias, subSelections(nodes));
  return Prisma.sql`(SELECT coalesce(json_agg(${element} ORDER BY ${Prisma.raw(order(alias))}), '[]'::json) FROM ${rows(alias)})`;
}
