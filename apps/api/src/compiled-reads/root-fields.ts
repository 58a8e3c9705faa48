import { Prisma, type PrismaClient } from "@accord/db";
import { toPrefixQuery } from "@accord/domain";
import type { FieldNode } from "graphql";
import { decodeCommitmentFilter } from "../commitments/commitment.criteria";
import type { CommitmentFilter } from "../commitments/commitment.input";
import { commitmentTotalsSql } from "../commitments/commitment-totals.service";
import type { CommitmentGroupBy } from "../commitments/commitment-totals.type";
import { fromGlobalId } from "../common/global-id";
import { andAll, keysetCondition } from "../common/keyset";
import { engagementConditions } from "../engagements/engagement.filter";
import type { EngagementsArgs } from "../engagements/engagement.input";
import { engagementTable } from "../engagements/engagement.service";
import { engagementOrderList, engagementSort } from "../engagements/engagement-order";
import { searchables } from "../search/search.service";
import { searchCountSql, searchPageSql } from "../search/search.sql";
import { connectionJson, forwardPageSize, onlyRow } from "./connections";
import { objectJson, objectTypes, rowJson } from "./object-types";
import { type Compilation, subSelections } from "./selection";
import { jsonObject, notCompiled } from "./sql";

/** Compiles one field of Query; async because some filters read the database first (topic subtrees). */
type RootCompiler = (c: Compilation, nodes: FieldNode[], prisma: PrismaClient) => Promise<Prisma.Sql>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const rootFields: Record<string, RootCompiler> = {
  async engagements(c, nodes, prisma) {
    const args = c.args("Query", nodes[0]!) as unknown as EngagementsArgs;
    const size = forwardPageSize(args, true);
    const after = args.after ? decodePageCursor(args.after) : undefined;
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
    };
    // totalCount counts the filter's matches, not what follows the cursor.
    return connectionJson(c, "EngagementConnection", { ...source, count: andAll(conditions) }, size, nodes);
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
    const kept = Prisma.raw(`FILTER (WHERE ${x}.rn <= ${size})`);
    const entries: [string, Prisma.Sql][] = [];
    for (const [key, fieldNodes] of c.fields("SearchConnection", subSelections(nodes))) {
      const name = fieldNodes[0]!.name.value;
      if (name === "__typename") entries.push([key, Prisma.raw("'SearchConnection'")]);
      else if (name === "totalCount") entries.push([key, Prisma.sql`(${searchCountSql(searchables, prefixQuery)})`]);
      else if (name === "edges") {
        const edge = searchEdgeJson(c, x, fieldNodes);
        entries.push([key, Prisma.sql`coalesce(json_agg(${edge} ORDER BY ${Prisma.raw(x)}.rn) ${kept}, '[]'::json)`]);
      } else if (name === "pageInfo") entries.push([key, searchPageInfoJson(c, size, fieldNodes)]);
      else notCompiled(`SearchConnection.${name}`);
    }
    const page = searchPageSql({ tables: searchables, prefixQuery, size });
    return Prisma.sql`(SELECT ${jsonObject(entries)} FROM (SELECT h.*, row_number() OVER () AS rn FROM (${page}) h) ${Prisma.raw(x)} ${onlyRow})`;
  },

  async commitmentTotals(c, nodes) {
    const args = c.args("Query", nodes[0]!) as { filter?: CommitmentFilter | null; groupBy: CommitmentGroupBy[] };
    const { sql, columns } = commitmentTotalsSql(decodeCommitmentFilter(args.filter), args.groupBy);
    const g = c.alias();
    const grouped = (column: string) => columns.includes(column);
    const entries: [string, Prisma.Sql][] = [];
    const joins: string[] = [];
    for (const [key, fieldNodes] of c.fields("CommitmentTotal", subSelections(nodes))) {
      const name = fieldNodes[0]!.name.value;
      if (name === "__typename") entries.push([key, Prisma.raw("'CommitmentTotal'")]);
      else if (name === "total" || name === "count" || name === "currency")
        entries.push([key, Prisma.raw(`${g}."${name}"`)]);
      else if (name === "status" || name === "kind" || name === "year") {
        entries.push([key, Prisma.raw(grouped(name) ? `${g}."${name}"` : "NULL")]);
      } else if (name === "committer" || name === "beneficiary") {
        const column = `${name}Id`;
        if (!grouped(column)) {
          entries.push([key, Prisma.raw("NULL")]);
          continue;
        }
        // Joined once for all groups rather than looked up per group.
        const actor = c.alias();
        joins.push(`LEFT JOIN actor ${actor} ON ${actor}.id = ${g}."${column}"::uuid`);
        const json = objectJson(c, "Actor", actor, subSelections(fieldNodes));
        entries.push([key, Prisma.sql`CASE WHEN ${Prisma.raw(actor)}.id IS NULL THEN NULL ELSE ${json} END`]);
      } else notCompiled(`CommitmentTotal.${name}`);
    }
    const order = columns.map((column) => `${g}."${column}"`).join(", ");
    return Prisma.sql`(SELECT coalesce(json_agg(${jsonObject(entries)} ORDER BY ${Prisma.raw(order)}), '[]'::json) FROM (${sql}) ${Prisma.raw(g)} ${Prisma.raw(joins.join(" "))})`;
  },
};

function searchEdgeJson(c: Compilation, x: string, nodes: FieldNode[]): Prisma.Sql {
  const entries: [string, Prisma.Sql][] = [];
  for (const [key, fieldNodes] of c.fields("SearchEdge", subSelections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") entries.push([key, Prisma.raw("'SearchEdge'")]);
    else if (name === "rank") entries.push([key, Prisma.raw(`${x}.rank`)]);
    else if (name === "node") {
      // Each hit's row by its type: the union's members are the searchable tables.
      const sets = subSelections(fieldNodes);
      const cases = searchables.map(
        ({ type }) =>
          Prisma.sql`WHEN ${Prisma.raw(`'${type}'`)} THEN ${rowJson(c, type, Prisma.raw(`${x}.id::uuid`), sets)}`,
      );
      entries.push([key, Prisma.sql`CASE ${Prisma.raw(x)}.type ${Prisma.join(cases, " ")} END`]);
    } else notCompiled(`SearchEdge.${name}`);
  }
  return jsonObject(entries);
}

function searchPageInfoJson(c: Compilation, size: number, nodes: FieldNode[]): Prisma.Sql {
  const entries: [string, Prisma.Sql][] = [];
  for (const [key, fieldNodes] of c.fields("PageInfo", subSelections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") entries.push([key, Prisma.raw("'PageInfo'")]);
    else if (name === "hasNextPage") entries.push([key, Prisma.raw(`count(*) > ${size}`)]);
    else if (name === "hasPreviousPage") entries.push([key, Prisma.raw("false")]);
    else notCompiled(`PageInfo.${name} of search`);
  }
  return jsonObject(entries);
}

function decodePageCursor(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const id = text.startsWith("cursor:") ? text.slice("cursor:".length) : "";
  if (!uuidPattern.test(id)) notCompiled("a cursor that is not one");
  return id;
}
