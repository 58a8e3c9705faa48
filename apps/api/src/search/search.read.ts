import { Prisma } from "@accord/db";
import { toPrefixQuery } from "@accord/domain";
import { type Cursors, edgeRowsConnection, pageInfoJson } from "../compiled-reads/connections";
import { describeType, rootRead, sql } from "../compiled-reads/describe";
import { objectJson, rowJson } from "../compiled-reads/objects";
import { requestedPage } from "../compiled-reads/pages";
import { type FieldNodes, type FieldSql, subSelections } from "../compiled-reads/selection";
import { base64urlOfText, notCompiled } from "../compiled-reads/sql";
import { decodeSearchCursor, searchables } from "./search.service";
import { searchCountSql, searchPageSql } from "./search.sql";

// A hit's cursor: "search:" and the JSON of [rank, type, id], as encodeSearchCursor writes it.
const searchCursors: Cursors = {
  value: (x) => `'search:[' || to_json(${x}.rank)::text || ',"' || ${x}.type || '","' || ${x}.id || '"]'`,
  encode: base64urlOfText,
};

export const searchRoot = rootRead("search", async (c, nodes) => {
  const args = c.args("Query", nodes[0]) as { query: string; first?: number | null; after?: string | null };
  const prefixQuery = toPrefixQuery(args.query);
  if (!prefixQuery) notCompiled("search without words");
  const { size } = requestedPage({ first: args.first });
  const after = args.after ? decodeSearchCursor(args.after) : undefined;
  const x = c.alias();
  const other: FieldSql = (name, fieldNodes) => {
    if (name === "totalCount") return Prisma.sql`(${searchCountSql(searchables, prefixQuery)})`;
    if (name === "pageInfo")
      return pageInfoJson(c, x, { size, backward: false, resumed: Boolean(args.after) }, fieldNodes, searchCursors);
    return undefined;
  };
  const page = searchPageSql({ tables: searchables, prefixQuery, size, after });
  const from = Prisma.sql`SELECT h.*, row_number() OVER () AS rn FROM (${page}) h`;
  const edge = (fieldNodes: FieldNodes) => objectJson(c, "SearchEdge", x, subSelections(fieldNodes));
  return edgeRowsConnection(c, "SearchConnection", nodes, { x, from, size }, edge, other);
});

/** A search hit: a row (alias x) of the search page SQL, with the hit's type, id and rank. */
export const searchEdgeRead = describeType("SearchEdge", undefined, {
  rank: sql((x) => `${x}.rank`),
  cursor: (_c, x) => searchCursors.encode(searchCursors.value(x)),
  // Each hit's row by its type: the union's members are the searchable tables.
  node: (c, x, nodes) => {
    const sets = subSelections(nodes);
    const cases = searchables.map(
      ({ type }) => Prisma.sql`WHEN ${Prisma.raw(`'${type}'`)} THEN ${rowJson(c, type, Prisma.raw(`${x}.id`), sets)}`,
    );
    return Prisma.sql`CASE ${Prisma.raw(x)}.type ${Prisma.join(cases, " ")} END`;
  },
});
