import { Prisma } from "@accord/db";
import type { ConnectionArgs } from "../common/connection.type";
import { objectJson, rowJson } from "./objects";
import type { Page } from "./pages";
import { type Compilation, type FieldNodes, type FieldSql, selectionJson, subSelections } from "./selection";
import { cursorSql, jsonArray } from "./sql";
import { type Streamed, streamedObject } from "./streamed";

export type PageArgs = ConnectionArgs;

/** One row of JSON whatever the page holds, even when only totalCount (no aggregate) is selected. */
export const onlyRow = Prisma.raw("GROUP BY ()");

/**
 * A page's rows `x` (numbered `rn` in order, one more than `size`): the first `size` as a JSON array of
 * edges; every row of `x` when `size` is null (rows already cut to the page, not numbered). The aggregate
 * reads `x` straight from its ordered subquery, with no join between, so it gets the rows in order (as
 * PostgreSQL documents for aggregates over a sorted subquery); an ORDER BY in the aggregate would sort
 * them again, a tuplesort for each nested list.
 */
export function edgesJson(x: string, size: number | null, edge: Prisma.Sql): Prisma.Sql {
  return jsonArray(edge, size === null ? Prisma.empty : Prisma.raw(` FILTER (WHERE ${x}.rn <= ${size})`));
}

/**
 * The pagination core: a Relay connection as one JSON value from a page's ids (pages.ts), each node
 * read by primary key; the same edges, cursors, pageInfo and totalCount the resolvers give.
 */
export function connectionJson(c: Compilation, connectionType: string, page: Page, nodes: FieldNodes): Prisma.Sql {
  const x = c.alias();
  const fields = connectionFields(c, connectionType, page, x);
  // Only pageInfo reads the row past the page and the rows' numbers (and a backward page is turned round by
  // them): without it the page is its first `size` rows as they come, with no window numbering them.
  const selected = [...c.fields(connectionType, subSelections(nodes)).values()];
  const numbered = page.backward || selected.some(([node]) => node.name.value === "pageInfo");
  const json = selectionJson(c, connectionType, subSelections(nodes), (name, fieldNodes) =>
    name === "edges"
      ? edgesJson(x, numbered ? page.size : null, fields.edge(fieldNodes))
      : fields.other(name, fieldNodes),
  );
  const rows = numbered ? pageRows(c, page) : firstRows(page);
  return Prisma.sql`(SELECT ${json} FROM (${rows}) ${Prisma.raw(x)} ${onlyRow})`;
}

/** A root connection with its edges streamed (streamed.ts), or as one JSON value when they cannot be. */
export function rootConnection(
  c: Compilation,
  connectionType: string,
  page: Page,
  nodes: FieldNodes,
): Prisma.Sql | Streamed {
  const x = c.alias();
  const fields = connectionFields(c, connectionType, page, x);
  const from = pageRows(c, page);
  const array = (fieldNodes: FieldNodes) => ({ x, from, size: page.size, element: fields.edge(fieldNodes) });
  return (
    streamedObject(c, connectionType, subSelections(nodes), fields.other, "edges", array) ??
    connectionJson(c, connectionType, page, nodes)
  );
}

/**
 * Rows a root connection's edges are built from: `from` numbered `rn` from 1, size + 1 of them, read as
 * `x`; `ctes` before it, which every part of the connection may read.
 */
export type EdgeRows = { x: string; from: Prisma.Sql; size: number; ctes?: Prisma.Sql };

/**
 * A root connection whose edges are rows of its own (search hits, counterparts) rather than records by
 * id: `edge` builds one over `x`, `other` the connection's other fields. Streamed, or one value when the
 * edges are selected twice.
 */
export function edgeRowsConnection(
  c: Compilation,
  connectionType: string,
  nodes: FieldNodes,
  { x, from, size, ctes }: EdgeRows,
  edge: (nodes: FieldNodes) => Prisma.Sql,
  other: FieldSql,
): Prisma.Sql | Streamed {
  const array = (fieldNodes: FieldNodes) => ({ x, from, size, element: edge(fieldNodes), ...(ctes ? { ctes } : {}) });
  const streamed = streamedObject(c, connectionType, subSelections(nodes), other, "edges", array);
  if (streamed) return streamed;
  const json = selectionJson(c, connectionType, subSelections(nodes), (name, fieldNodes) =>
    name === "edges" ? edgesJson(x, size, edge(fieldNodes)) : other(name, fieldNodes),
  );
  const withCtes = ctes ? Prisma.sql`WITH ${ctes}` : Prisma.empty;
  return Prisma.sql`(${withCtes} SELECT ${json} FROM (${from}) ${Prisma.raw(x)} ${onlyRow})`;
}

/** What a page's row `i` keeps: whole rows every column of the node's table (their id a uuid already), else the id. */
const pageColumns = (page: Page) => (page.wholeRows ? Prisma.sql`i.*` : Prisma.sql`i.id::uuid AS id`);

/**
 * The page's ids numbered `rn` in the order they are shown, the extra row (if any) last as size + 1.
 * Numbering over the ordered, limited subquery keeps its top-N sort; a backward page, read in reverse,
 * is turned round here.
 */
function pageRows(c: Compilation, page: Page): Prisma.Sql {
  const w = Prisma.raw(c.alias());
  const size = Prisma.raw(String(page.size));
  const row = pageColumns(page);
  const kept = page.wholeRows ? Prisma.sql`${w}.*` : Prisma.sql`${w}.id`;
  const numbered = Prisma.sql`SELECT ${row}, row_number() OVER () AS r FROM (${page.ids}) i`;
  if (!page.backward) return Prisma.sql`SELECT ${kept}, ${w}.r AS rn FROM (${numbered}) ${w}`;
  return Prisma.sql`SELECT ${kept}, CASE WHEN ${w}.r > ${size} THEN ${w}.r ELSE least(count(*) OVER (), ${size}) + 1 - ${w}.r END AS rn
    FROM (${numbered}) ${w} ORDER BY rn`;
}

/** A forward page's first `size` rows in order, unnumbered (a window over each nested list cost a tuplestore per list). */
function firstRows(page: Page): Prisma.Sql {
  return Prisma.sql`SELECT ${pageColumns(page)} FROM (${page.ids}) i LIMIT ${Prisma.raw(String(page.size))}`;
}

/** A connection's fields over its page rows `x`: one edge, and the others (totalCount, pageInfo). */
function connectionFields(c: Compilation, connectionType: string, page: Page, x: string) {
  const edgeType = `${connectionType.replace(/Connection$/, "")}Edge`;
  const other: FieldSql = (name, fieldNodes) => {
    if (name === "totalCount") return page.total;
    if (name === "pageInfo") return pageInfoJson(c, x, page, fieldNodes);
    return undefined;
  };
  const edge = (fieldNodes: FieldNodes) => edgeJson(c, edgeType, page, x, fieldNodes);
  return { other, edge };
}

/** One edge over the page row `x`. */
function edgeJson(c: Compilation, edgeType: string, page: Page, x: string, nodes: FieldNodes) {
  return selectionJson(c, edgeType, subSelections(nodes), (name, fieldNodes) => {
    if (name === "cursor") return cursorSql(`${x}.id`);
    if (name !== "node") return undefined;
    if (page.wholeRows) return objectJson(c, page.nodeType, x, subSelections(fieldNodes));
    return rowJson(c, page.nodeType, Prisma.raw(`${x}.id`), subSelections(fieldNodes));
  });
}

/** How a page's cursors are written: what each row gives (its id), then how that becomes the cursor. */
export type Cursors = { value: (x: string) => string; encode: (value: string) => Prisma.Sql };

const idCursors: Cursors = { value: (x) => `${x}.id`, encode: (value) => cursorSql(value) };

/**
 * pageInfo over a page's rows `x`: more rows than the page on the side it walks towards, and a cursor
 * means rows on the other.
 */
export function pageInfoJson(
  c: Compilation,
  x: string,
  page: Pick<Page, "size" | "backward" | "resumed">,
  nodes: FieldNodes,
  cursors: Cursors = idCursors,
): Prisma.Sql {
  const more = `count(*) > ${page.size}`;
  const resumed = page.resumed ? "true" : "false";
  return selectionJson(c, "PageInfo", subSelections(nodes), (name) => {
    if (name === "hasNextPage") return Prisma.raw(page.backward ? resumed : more);
    if (name === "hasPreviousPage") return Prisma.raw(page.backward ? more : resumed);
    const value = cursors.value(x);
    // A page of 0 reads one row, to tell whether more follow: it has no cursors.
    if (name === "startCursor") {
      return cursors.encode(`(min((${value})::text) FILTER (WHERE ${x}.rn = 1 AND ${x}.rn <= ${page.size}))`);
    }
    if (name === "endCursor") {
      return cursors.encode(`((array_agg(${value} ORDER BY ${x}.rn DESC) FILTER (WHERE ${x}.rn <= ${page.size}))[1])`);
    }
    return undefined;
  });
}

/** A nested list with no pages (participants, topics): `rows`, a subquery in the list's order, as a JSON array's text. */
export function listJson(
  c: Compilation,
  nodeType: string,
  rows: (alias: string) => Prisma.Sql,
  nodes: FieldNodes,
): Prisma.Sql {
  const alias = c.alias();
  const element = objectJson(c, nodeType, alias, subSelections(nodes));
  // In the subquery's order, as edgesJson: no sort of its own.
  return Prisma.sql`(SELECT ${jsonArray(element)} FROM ${rows(alias)})`;
}
