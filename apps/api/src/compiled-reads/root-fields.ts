import { Prisma, type PrismaClient } from "@accord/db";
import { toPrefixQuery } from "@accord/domain";
import type { FieldNode } from "graphql";
import { decodeCommitmentFilter } from "../commitments/commitment.criteria";
import type { CommitmentFilter } from "../commitments/commitment.input";
import { commitmentTotalsSql } from "../commitments/commitment-totals.service";
import type { CommitmentGroupBy } from "../commitments/commitment-totals.type";
import { fromGlobalId, uuidPattern } from "../common/global-id";
import { andAll, keysetCondition } from "../common/keyset";
import { decodeCursor } from "../common/paginate";
import { engagementConditions } from "../engagements/engagement.filter";
import type { EngagementsArgs } from "../engagements/engagement.input";
import { engagementTable } from "../engagements/engagement.service";
import { engagementOrderList, engagementSort } from "../engagements/engagement-order";
import { searchables } from "../search/search.service";
import { searchCountSql, searchPageSql } from "../search/search.sql";
import { edgesJson, forwardPageSize, onlyRow, pageInfoJson, rootConnection } from "./connections";
import { objectJson, objectTypes, rowJson } from "./object-types";
import { type Compilation, type FieldSql, selectionJson, subSelections } from "./selection";
import { notCompiled } from "./sql";
import { type Streamed, streamedArray, streamedObject } from "./streamed";

/** Compiles one field of Query; async because some filters read the database first (topic subtrees). */
type RootCompiler = (c: Compilation, nodes: FieldNode[], prisma: PrismaClient) => Promise<Prisma.Sql | Streamed>;

export const rootFields: Record<string, RootCompiler> = {
  async engagements(c, nodes, prisma) {
    const args = c.args("Query", nodes[0]!) as unknown as EngagementsArgs;
    const size = forwardPageSize(args, true);
    const after = args.after ? decodeCursor(args.after, "after") : undefined;
    // decodeCursor takes any 36 hex digits and dashes; what is no uuid fails in SQL, so the resolvers say so.
    if (after && !uuidPattern.test(after)) notCompiled("a cursor that names no uuid");
    const sort = engagementSort(args.orderBy);
    if (args.filter) c.cacheable = false;
    const conditions = await engagementConditions(prisma, args.filter);
    const where = andAll([...conditions, keysetCondition(engagementTable, sort, false, after)]);
    const source = {
      from: "engagement e",
      id: "e.id",
      where,
      order: engagementOrderList(args.orderBy),
      nodeType: "Engagement",
      resumed: Boolean(after),
      // totalCount counts the filter's matches, not what follows the cursor.
      total: Prisma.sql`(SELECT count(*)::int FROM engagement e WHERE ${andAll(conditions)})`,
    };
    return rootConnection(c, "EngagementConnection", source, size, nodes);
  },

  async node(c, nodes) {
    const { id } = c.args("Query", nodes[0]!) as { id: string };
    let decoded: { type: string; id: string };
    try {
      decoded = fromGlobalId(id);
    } catch {
      return Prisma.sql`NULL::json`;
    }
    if (!objectTypes[decoded.type]) notCompiled(`node of type ${decoded.type}`);
    // The resolvers look up anything of 36 hex digits and dashes (and fail on what is no uuid); the rest is null.
    if (!/^[0-9a-f-]{36}$/i.test(decoded.id)) return Prisma.sql`NULL::json`;
    if (!uuidPattern.test(decoded.id)) notCompiled("an id the resolvers would look up");
    const sets = subSelections(nodes);
    return rowJson(c, decoded.type, Prisma.sql`${decoded.id}::uuid`, sets);
  },

  async search(c, nodes) {
    const args = c.args("Query", nodes[0]!) as { query: string; first?: number | null; after?: string | null };
    if (args.after != null) notCompiled("search after a cursor");
    const prefixQuery = toPrefixQuery(args.query);
    if (!prefixQuery) notCompiled("search without words");
    const size = forwardPageSize(args);
    const x = c.alias();
    const other: FieldSql = (name, fieldNodes) => {
      if (name === "totalCount") return Prisma.sql`(${searchCountSql(searchables, prefixQuery)})`;
      if (name === "pageInfo") return pageInfoJson(c, x, size, { resumed: false, cursors: false }, fieldNodes);
      return undefined;
    };
    const page = searchPageSql({ tables: searchables, prefixQuery, size });
    const from = Prisma.sql`SELECT h.*, row_number() OVER () AS rn FROM (${page}) h`;
    const array = (fieldNodes: FieldNode[]) => ({ x, from, size, element: searchEdgeJson(c, x, fieldNodes) });
    const streamed = streamedObject(c, "SearchConnection", subSelections(nodes), other, "edges", array);
    if (streamed) return streamed;
    const json = selectionJson(c, "SearchConnection", subSelections(nodes), (name, fieldNodes) =>
      name === "edges" ? edgesJson(x, size, searchEdgeJson(c, x, fieldNodes)) : other(name, fieldNodes),
    );
    return Prisma.sql`(SELECT ${json} FROM (${from}) ${Prisma.raw(x)} ${onlyRow})`;
  },

  async commitmentTotals(c, nodes) {
    const args = c.args("Query", nodes[0]!) as { filter?: CommitmentFilter | null; groupBy: CommitmentGroupBy[] };
    const { sql, columns } = commitmentTotalsSql(decodeCommitmentFilter(args.filter), args.groupBy);
    const g = c.alias();
    const grouped = (column: string) => columns.includes(column);
    const joins: string[] = [];
    const json = selectionJson(c, "CommitmentTotal", subSelections(nodes), (name, fieldNodes) => {
      if (name === "total" || name === "count" || name === "currency") return Prisma.raw(`${g}."${name}"`);
      if (name === "status" || name === "kind" || name === "year") {
        return Prisma.raw(grouped(name) ? `${g}."${name}"` : "NULL");
      }
      if (name !== "committer" && name !== "beneficiary") return undefined;
      const column = `${name}Id`;
      if (!grouped(column)) return Prisma.raw("NULL");
      // Each distinct actor looked up by key once (OFFSET 0 keeps it so), then matched to its groups: a hash
      // join reads every actor, and actors grow while groups do not; a lookup per group read each committer
      // five times (Q3's SQL: 1.26x at 300,000 engagements).
      const actor = c.alias();
      joins.push(`LEFT JOIN (SELECT d.actor_key, a.* FROM (SELECT DISTINCT "${column}" AS actor_key FROM ${g}) d
        CROSS JOIN LATERAL (SELECT * FROM actor WHERE id = d.actor_key::uuid OFFSET 0) a) ${actor}
        ON ${actor}.actor_key = ${g}."${column}"`);
      const row = objectJson(c, "Actor", actor, subSelections(fieldNodes));
      return Prisma.sql`CASE WHEN ${Prisma.raw(actor)}.id IS NULL THEN NULL ELSE ${row} END`;
    });
    // The groups keep the order the totals SQL gives them (numbered here rather than sorted twice).
    const numbered = Prisma.sql`SELECT t.*, row_number() OVER () AS rn FROM (${sql}) t`;
    return streamedArray({ x: g, from: numbered, element: json, joins: Prisma.raw(joins.join(" ")) });
  },
};

function searchEdgeJson(c: Compilation, x: string, nodes: FieldNode[]): Prisma.Sql {
  return selectionJson(c, "SearchEdge", subSelections(nodes), (name, fieldNodes) => {
    if (name === "rank") return Prisma.raw(`${x}.rank`);
    if (name !== "node") return undefined;
    // Each hit's row by its type: the union's members are the searchable tables.
    const sets = subSelections(fieldNodes);
    const cases = searchables.map(
      ({ type }) => Prisma.sql`WHEN ${Prisma.raw(`'${type}'`)} THEN ${rowJson(c, type, Prisma.raw(`${x}.id`), sets)}`,
    );
    return Prisma.sql`CASE ${Prisma.raw(x)}.type ${Prisma.join(cases, " ")} END`;
  });
}
