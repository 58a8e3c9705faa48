import { Prisma } from "@accord/db";
import { countSql, pageSql } from "../common/keyset";
import {
  type Cursors,
  connectionJson,
  edgeRowsConnection,
  type PageArgs,
  pageInfoJson,
} from "../compiled-reads/connections";
import { describeType, type FieldRead, reference, rootRead, sql } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { keysetPage, type Page, rankedPage, requestedPage } from "../compiled-reads/pages";
import { type FieldNodes, type FieldSql, selectionJson, subSelections } from "../compiled-reads/selection";
import { base64urlOfText, bindUuid, notCompiled } from "../compiled-reads/sql";
import type { EngagementPageArgs } from "../engagements/engagement.input";
import { actorEngagementsSpecWhere } from "../engagements/engagement.nested";
import { engagementTable } from "../engagements/engagement.service";
import { EngagementOrderField, engagementSort } from "../engagements/engagement-order";
import { sharedWithSql, tallied } from "./counterpart-tally";
import { counterpartsOf, decodeCounterpartCursor, rankingSource } from "./counterparts.service";
import type { CounterpartsArgs, CounterpartsOf } from "./counterparts.type";
import { precisionOfRank } from "./counts.read";

/** What a page of counterparts was ranked from: its actor, representation and filter. */
type Ranking = { of: CounterpartsOf };

// A counterpart's cursor: "counterpart:<count>:<actor uuid>", as the resolvers' encode writes it.
const counterpartCursors: Cursors = {
  value: (x) => `'counterpart:' || ${x}.count || ':' || ${x}.counterpart_id`,
  encode: base64urlOfText,
};

/**
 * The ranking as one statement: the page of counterparts (from counterpart_tally when it holds the
 * answer), each counterpart's actor and page of shared engagements read beside it, as the resolvers give them.
 */
export const counterpartsRoot = rootRead(
  "counterparts",
  async (c, nodes, prisma) => {
    const args = c.args("Query", nodes[0]) as unknown as CounterpartsArgs;
    const of = counterpartsOf(args);
    const { size } = requestedPage({ first: args.first });
    const source = await rankingSource(prisma, of, args.after ? decodeCounterpartCursor(args.after) : null);
    const x = c.alias();
    c.origins.set(x, { of } satisfies Ranking);
    // The ranked rows as the Counterpart reads expect them.
    const from = Prisma.sql`SELECT r."actorId"::uuid AS counterpart_id, r.count, r."firstDate" AS first_date,
      ${Prisma.raw(precisionOfRank(`r."firstRank"`))} AS first_precision, r."lastDate" AS last_date,
      ${Prisma.raw(precisionOfRank(`r."lastRank"`))} AS last_precision,
      row_number() OVER () AS rn
    FROM (${source.ranked} LIMIT ${size + 1}) r`;
    const other: FieldSql = (name, fieldNodes) => {
      if (name === "totalCount") return Prisma.sql`(${source.total})`;
      if (name === "pageInfo") {
        return pageInfoJson(
          c,
          x,
          { size, backward: false, resumed: Boolean(args.after) },
          fieldNodes,
          counterpartCursors,
        );
      }
      return undefined;
    };
    const edge = (fieldNodes: FieldNodes) =>
      selectionJson(c, "CounterpartEdge", subSelections(fieldNodes), (name, edgeNodes) => {
        if (name === "cursor") return counterpartCursors.encode(counterpartCursors.value(x));
        if (name === "node") return objectJson(c, "Counterpart", x, subSelections(edgeNodes));
        return undefined;
      });
    const ctes = source.ctes ? { ctes: source.ctes } : {};
    return edgeRowsConnection(c, "CounterpartConnection", nodes, { x, from, size, ...ctes }, edge, other);
  },
  { versioned: true },
);

// Where the tallied page's SQL names the actor: bound as a parameter (bindUuid).
const actorMarker = "\u0001actor\u0001";

/**
 * A tallied counterpart's page: its engagements the actor shared (the loader's window spec), from the
 * counterpart's timeline indexes by start date, ranked otherwise.
 */
function talliedPage(x: string, actorId: string, args: EngagementPageArgs): Page {
  const spec = actorEngagementsSpecWhere(sharedWithSql(actorMarker));
  const where = `${spec.parent} = ${x}.counterpart_id`;
  const bound = (text: string) => bindUuid(Prisma.raw(text), actorMarker, actorId);
  const total = bound(`(SELECT count(*)::int FROM ${spec.from} WHERE ${where})`);
  const seek = spec.seek?.(args);
  if (!seek) {
    const order = typeof spec.order === "string" ? spec.order : spec.order(args);
    const page = rankedPage({ from: spec.from, id: spec.id, where, order }, args, "Engagement");
    return { ...page, ids: bindUuid(page.ids, actorMarker, actorId), total };
  }
  const request = requestedPage(args);
  const after = request.cursor ? `'${request.cursor}'::uuid` : null;
  const ids = seek(`${x}.counterpart_id`, request.size + 1, request.backward, after);
  return {
    ids: bound(`SELECT sk.id FROM (${ids}) sk ORDER BY sk.rn`),
    size: request.size,
    backward: request.backward,
    resumed: Boolean(request.cursor),
    nodeType: "Engagement",
    total,
  };
}

/**
 * A counterpart's page with `representing:` or a filter: its engagements among the ranking's pairs (its row
 * of the CTE the ranking reads, rather than the actor's engagements once a counterpart), by keyset.
 */
function filteredPage(x: string, args: EngagementPageArgs): Page {
  const shared = Prisma.raw(
    `e.id IN (SELECT unnest(pr.ids) FROM paired pr WHERE pr.counterpart_id = ${x}.counterpart_id)`,
  );
  const request = requestedPage(args);
  const sort = engagementSort(args.orderBy);
  const count = countSql({ ...engagementTable, where: [shared] });
  // By start date from either end, the pairs' date keys order the page: only its own engagements are read
  // (each of a neighbour's ~120 shared engagements was read to be sorted). A cursor names any engagement: the table's.
  if ((args.orderBy?.field ?? EngagementOrderField.START_DATE) === EngagementOrderField.START_DATE && !request.cursor) {
    const table = Prisma.raw(`(SELECT u.id, DATE '0001-01-01' + u.key / 4 AS start_date
      FROM paired pr CROSS JOIN LATERAL unnest(pr.ids, pr.keys) u(id, key) WHERE pr.counterpart_id = ${x}.counterpart_id)`);
    const ids = pageSql({ table, alias: engagementTable.alias, where: [], sort, ...request });
    return keysetPage(request, "Engagement", ids, count);
  }
  const ids = pageSql({ ...engagementTable, where: [shared], sort, ...request });
  return keysetPage(request, "Engagement", ids, count);
}

const sharedEngagements: FieldRead = (c, x, nodes, typeName) => {
  const ranking = (c.origins.get(x) as Ranking | undefined) ?? notCompiled("Counterpart outside its ranking");
  const args = c.args(typeName, nodes[0]) as PageArgs & EngagementPageArgs;
  const page = tallied(ranking.of) ? talliedPage(x, ranking.of.actorId, args) : filteredPage(x, args);
  return connectionJson(c, "EngagementConnection", page, nodes);
};

/** One counterpart: a row of the ranking (alias x), with its actor's id and dated count. */
export const counterpartRead = describeType("Counterpart", undefined, {
  actor: reference("Actor", "counterpart_id"),
  count: sql((x) => `${x}.count`),
  firstDate: sql((x) => `${x}.first_date`),
  firstPrecision: sql((x) => `${x}.first_precision`),
  lastDate: sql((x) => `${x}.last_date`),
  lastPrecision: sql((x) => `${x}.last_precision`),
  engagements: sharedEngagements,
});
