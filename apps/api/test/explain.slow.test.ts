import { type Prisma, type PrismaClient, preparedReadSettings } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { getNamedType, isEnumType, isInputObjectType } from "graphql";
import pg from "pg";
import { actorConditions, actorSort, actorTable } from "../src/actors/actor.service";
import { CountOrder } from "../src/analytics/count-group.type";
import { countsStatement } from "../src/analytics/counts.sql";
import { engagementCountsRequest } from "../src/analytics/engagement-counts.service";
import { EngagementCountGroupBy } from "../src/analytics/engagement-counts.type";
import { decodeCommitmentFilter } from "../src/commitments/commitment.criteria";
import { commitmentsMadeSpec, commitmentsSpec } from "../src/commitments/commitment.loaders";
import { commitmentPageSql } from "../src/commitments/commitment.page";
import { commitmentOrderColumns } from "../src/commitments/commitment.service";
import { commitmentConditionsSql } from "../src/commitments/commitment.sql";
import { toGlobalId } from "../src/common/global-id";
import { countSql, pageSql } from "../src/common/keyset";
import { OrderDirection } from "../src/common/order-direction";
import { seekSql, type WindowListSpec, windowSql } from "../src/common/window-connection";
import { withLiteralShape } from "../src/compiled-reads/literal-limits";
import { rankedPageIds } from "../src/compiled-reads/pages";
import { DateMatch, type DateRangeInput } from "../src/dates/date-range.input";
import { engagementConditions, engagementFilterSortsCandidates } from "../src/engagements/engagement.filter";
import type { EngagementFilter } from "../src/engagements/engagement.input";
import { actorEngagementsSpec, sideEngagementsSpec } from "../src/engagements/engagement.nested";
import { engagementTable } from "../src/engagements/engagement.service";
import { type EngagementOrderField, engagementOrderList, engagementSort } from "../src/engagements/engagement-order";
import { participantsSql } from "../src/engagements/participants.loader";
import { buildAccordSchema } from "../src/schema/build-schema";
import { searchables } from "../src/search/search.service";
import { searchPageSql } from "../src/search/search.sql";
import { sourceConditions, sourceSort, sourceTable } from "../src/sources/source.sql";
import { statementFilterParts } from "../src/statements/statement.filter";
import { statementsByTopicSpec } from "../src/statements/statement.loaders";
import { statementPageSql } from "../src/statements/statement.page";
import { generatedUuid, generateEngagements } from "./support/generate-engagements";

// pg's own text form of a parameter (arrays as {…}), dates in UTC as run-sql.ts sends them, as an SQL literal.
const { prepareValue } = (pg as unknown as { utils: { prepareValue: (value: unknown) => unknown } }).utils;
const literal = (value: unknown) =>
  value == null ? "NULL" : pg.escapeLiteral(String(prepareValue(value instanceof Date ? value.toISOString() : value)));

// 50,000 engagements, 150,000 participants, 20,000 actors, 50,000 topic links and statements, 10,000 commitments.
const largeTables = ["engagement", "participant", "actor", "engagement_topic", "statement", "commitment"];
let db: TestDatabase;
let ids: { actor: string; otherActor: string; state: string; topic: string; engagement: string };

beforeAll(async () => {
  db = await createTestDatabase();
  await generateEngagements(db.prisma, { actors: 20_000, engagements: 50_000 });
  const id = (prefix: "a" | "e" | "t", n: number) => generatedUuid(db.prisma, prefix, n);
  ids = {
    actor: await id("a", 500),
    otherActor: await id("a", 601),
    state: await id("a", 7),
    topic: await id("t", 3),
    engagement: await id("e", 20_000),
  };
  // The everyday reads' lists: each statement on one of the 100 topics, each commitment for a state.
  await db.prisma.$executeRawUnsafe(`INSERT INTO statement_topic (statement_id, topic_id)
    SELECT s.id, md5('t' || (abs(hashtext(s.id::text)) % 100 + 1))::uuid FROM statement s`);
  // Each commitment for a state, made on a day of 2000–2024 (the engagements' years).
  await db.prisma.$executeRawUnsafe(`UPDATE commitment SET beneficiary_id = md5('a' || (abs(hashtext(id::text)) % 2000 + 1))::uuid,
    made_on = DATE '2000-01-01' + abs(hashtext(id::text || 'made')) % 9000, made_on_precision = 'DAY'`);
  // One state makes and receives about 250 each (a state's share at 100,000 engagements), so a sort of its whole list shows.
  await db.prisma.$executeRawUnsafe(`UPDATE commitment SET committer_id = '${ids.state}'
    WHERE abs(hashtext(id::text || 'by')) % 40 = 0`);
  await db.prisma.$executeRawUnsafe(`UPDATE commitment SET beneficiary_id = '${ids.state}'
    WHERE abs(hashtext(id::text || 'for')) % 40 = 0`);
  // 10,000 sources over 200 publishers, a tenth undated: a state's 50, newest first, never all sorted.
  await db.prisma.$executeRawUnsafe(`INSERT INTO source (id, kind, title, publisher_id, published_on, updated_at)
    SELECT gen_random_uuid(), 'PRESS_RELEASE', 'Source ' || i, md5('a' || (i % 200 + 1))::uuid,
      CASE WHEN i % 10 = 0 THEN NULL ELSE DATE '2000-01-01' + (i * 7919) % 9000 END, now()
    FROM generate_series(1, 10000) i`);
  // The state is represented in 2,500 engagements (a state's share at 100,000 is ~2,000), the others in ~25 each:
  // a generic plan guesses by the average, so a plan that sorts a represented actor's whole list shows.
  // Triggers off: the plans read participant's own indexes, not the tallies the triggers keep (minutes to update).
  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
    db.prisma.$executeRawUnsafe(`UPDATE participant SET represents_id = '${ids.state}'
      WHERE position = 0 AND abs(hashtext(engagement_id::text || 'rep')) % 20 = 0`),
  ]);
  // engagement too, as autovacuum leaves it: index-only scans are priced by the pages the visibility map marks.
  await db.prisma.$executeRawUnsafe("VACUUM ANALYZE statement_topic, commitment, source, participant, engagement");
}, 120_000);

afterAll(() => db.drop());

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Plan Rows"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

let explained = 0;

/**
 * The plan compiled reads get: their prepared statements run with preparedReadSettings (generic plans,
 * packages/db's client), page sizes and enum values written in the text (withLiteralShape), other values unknown.
 */
async function explainJson(prisma: PrismaClient, sql: Prisma.Sql, analyze = false): Promise<PlanNode> {
  const { text, values } = withLiteralShape({ text: sql.text, values: sql.values });
  explained += 1;
  const name = `explained_${explained}`;
  const args = values.map(literal);
  const [row] = await prisma.$transaction(async (tx) => {
    for (const setting of preparedReadSettings) await tx.$executeRawUnsafe(`SET LOCAL ${setting}`);
    await tx.$executeRawUnsafe(`PREPARE ${name} AS ${text}`);
    const plan = await tx.$queryRawUnsafe<Record<string, unknown>[]>(
      `EXPLAIN (${analyze ? "ANALYZE, " : ""}FORMAT JSON) EXECUTE ${name}${args.length ? `(${args.join(", ")})` : ""}`,
    );
    await tx.$executeRawUnsafe(`DEALLOCATE ${name}`);
    return plan;
  });
  const value = Object.values(row!)[0];
  const plan = (typeof value === "string" ? JSON.parse(value) : value) as { Plan: PlanNode }[];
  return plan[0]!.Plan;
}

function scans(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

async function seqScans(prisma: PrismaClient, sql: Prisma.Sql): Promise<string[]> {
  return scans(await explainJson(prisma, sql)).filter((table) => largeTables.includes(table));
}

const engagementPage = async (filter: EngagementFilter, cursor?: string) =>
  pageSql({
    ...engagementTable,
    where: await engagementConditions(db.prisma, filter),
    sort: engagementSort(),
    size: 20,
    backward: false,
    cursor,
  });

/** The page SQL of suite 2's everyday lists (bench/src/everyday-queries.ts), as the compiled roots send it. */
async function everydayPages(): Promise<Record<string, Prisma.Sql>> {
  const page = { size: 50, backward: false };
  const topicPage = async (topic: string, extra: Record<string, unknown> = {}, cursor?: string) => {
    const filter = { topic: toGlobalId("Topic", topic), ...extra };
    // As the compiled root sends it: the subtree read by the statement itself.
    const { where, topics } = await statementFilterParts(db.prisma, filter, { topicInSql: true });
    return statementPageSql({ where, topics, direction: "desc", ...page, cursor });
  };
  const [statement] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    "SELECT id::text FROM statement LIMIT 1 OFFSET 999",
  );
  const commitments = (filter: Record<string, unknown>, backward = false, cursor?: string) =>
    commitmentPageSql({
      where: commitmentConditionsSql(decodeCommitmentFilter(filter)),
      column: "made_on",
      direction: "desc",
      size: 20,
      backward,
      cursor,
    });
  const [made] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text FROM commitment WHERE committer_id = '${ids.state}' ORDER BY made_on DESC NULLS LAST, id DESC OFFSET 20 LIMIT 1`,
  );
  // Actor.commitmentsMade and commitmentsReceived, as the compiled connections page them.
  const nestedCommitments = (spec: WindowListSpec, where: string) =>
    rankedPageIds({ from: spec.from, id: spec.id, where, order: spec.order as string }, { size: 20, backward: false })
      .sql;
  return {
    "statements on a leaf topic": await topicPage(await generatedUuid(db.prisma, "t", 55)),
    "statements on a topic with sub-topics": await topicPage(ids.topic),
    "statements on a topic after a cursor": await topicPage(ids.topic, {}, statement!.id),
    "statements on a topic by a speaker": await topicPage(ids.topic, { speaker: toGlobalId("Actor", ids.actor) }),
    "a topic's statements (nested)": rankedPageIds(
      {
        from: statementsByTopicSpec.from,
        id: statementsByTopicSpec.id,
        where: `st.topic_id = '${ids.topic}'`,
        order: statementsByTopicSpec.order as string,
      },
      page,
    ).sql,
    "commitments of a beneficiary": commitments({ beneficiary: toGlobalId("Actor", ids.state) }),
    "commitments of a beneficiary, backward": commitments({ beneficiary: toGlobalId("Actor", ids.state) }, true),
    "commitments of a committer": commitments({ committer: toGlobalId("Actor", ids.state) }),
    "commitments of a committer after a cursor": commitments(
      { committer: toGlobalId("Actor", ids.state) },
      false,
      made!.id,
    ),
    "commitments a state made (nested)": nestedCommitments(commitmentsMadeSpec, `c.party = '${ids.state}'`),
    "commitments a state received (nested)": nestedCommitments(
      commitmentsSpec("c.beneficiary_id"),
      `c.beneficiary_id = '${ids.state}'`,
    ),
    "sources of a publisher": pageSql({
      ...sourceTable,
      where: sourceConditions({ publisher: toGlobalId("Actor", ids.state) }),
      sort: sourceSort(),
      size: 20,
      backward: false,
    }),
    "country, backward": pageSql({
      ...engagementTable,
      where: await engagementConditions(db.prisma, { country: toGlobalId("Actor", ids.state) }),
      sort: engagementSort(),
      size: 20,
      backward: true,
    }),
  };
}

/** Each input field taking a DateRangeInput: a read of its records in a range, and its span's GiST index. */
const dateFilters: Record<string, { read: (range: DateRangeInput) => Promise<Prisma.Sql>; index: string }> = {
  "EngagementFilter.date": {
    // A grouping by kind (a page's order comes from the start date's btree).
    read: async (date) =>
      countsStatement(
        await engagementCountsRequest({
          prisma: db.prisma,
          filter: { date },
          groupBy: [EngagementCountGroupBy.KIND],
          order: CountOrder.KEYS,
        }),
      ).sql,
    index: "engagement_span_idx",
  },
  "CommitmentFilter.made": {
    read: async (made) =>
      commitmentPageSql({
        where: commitmentConditionsSql(decodeCommitmentFilter({ made })),
        column: "made_on",
        direction: "desc",
        size: 20,
        backward: false,
      }),
    index: "commitment_made_span_idx",
  },
};

describe("date filters over 50,000 generated engagements", () => {
  it("are every input field taking a DateRangeInput", async () => {
    const schema = await buildAccordSchema();
    const found = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => getNamedType(field.type).name === "DateRangeInput")
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(found.sort()).toEqual(Object.keys(dateFilters).sort());
  });

  // A btree on the first day serves one side of a range only: a grouping of a year in the middle read every row.
  it("find a range's records through their span's GiST index, for OVERLAPS and WITHIN, open or closed", async () => {
    const ranges: DateRangeInput[] = [
      { from: new Date("2010-01-01"), to: new Date("2010-12-31") },
      { from: new Date("2010-03-01"), to: new Date("2010-03-31"), match: DateMatch.WITHIN },
      { from: new Date("2023-06-01") },
    ];
    const found: Record<string, boolean> = {};
    const want: Record<string, boolean> = {};
    for (const [name, filter] of Object.entries(dateFilters)) {
      for (const range of ranges) {
        const key = `${name} ${JSON.stringify(range)}`;
        const all = nodes(await explainJson(db.prisma, await filter.read(range)));
        found[key] = all.some((node) => node["Index Name"] === filter.index);
        want[key] = true;
      }
    }
    expect(found).toEqual(want);
  });
});

describe("groupings by a multi-valued key over 50,000 generated engagements", () => {
  it("read a year's engagements and each one's represented actors index-only", async () => {
    const { sql } = countsStatement(
      await engagementCountsRequest({
        prisma: db.prisma,
        filter: { date: { from: new Date("2010-01-01"), to: new Date("2010-12-31") } },
        groupBy: [EngagementCountGroupBy.REPRESENTED],
        order: CountOrder.KEYS,
      }),
    );
    const all = nodes(await explainJson(db.prisma, sql));
    expect(all.filter((node) => node["Relation Name"] === "participant").map((node) => node["Node Type"])).toEqual([
      "Index Only Scan",
    ]);
    expect(all.map((node) => node["Index Name"])).toContain("participant_engagement_id_represents_id_idx");
    // The year's engagements come from the span's GiST index with the columns a count reads (20261206210000).
    expect(all.filter((node) => node["Relation Name"] === "engagement").map((node) => node["Node Type"])).toEqual([
      "Index Only Scan",
    ]);
  });
});

describe("query plans over 50,000 generated engagements", () => {
  it("use indexes, not sequential scans of large tables, for every main filter", async () => {
    const actor = toGlobalId("Actor", ids.actor);
    const queries: Record<string, Prisma.Sql> = {
      "participants anyOf": await engagementPage({ participants: { anyOf: [actor] } }),
      "participants allOf": await engagementPage({
        participants: { allOf: [actor, toGlobalId("Actor", ids.otherActor)] },
      }),
      "participants anyOf, count": countSql({
        ...engagementTable,
        where: await engagementConditions(db.prisma, { participants: { anyOf: [actor] } }),
      }),
      "date range": await engagementPage({ date: { from: new Date("2010-03-01"), to: new Date("2010-03-31") } }),
      "date range after a cursor": await engagementPage({ date: { to: new Date("2010-03-31") } }, ids.engagement),
      "date range, count": countSql({
        ...engagementTable,
        where: await engagementConditions(db.prisma, {
          date: { from: new Date("2010-03-01"), to: new Date("2010-03-31") },
        }),
      }),
      "topic, count": countSql({
        ...engagementTable,
        where: await engagementConditions(db.prisma, { topic: toGlobalId("Topic", ids.topic) }),
      }),
      country: await engagementPage({ country: toGlobalId("Actor", ids.state) }),
      "topic with sub-topics": await engagementPage({ topic: toGlobalId("Topic", ids.topic) }),
      "parent engagement": await engagementPage({ parent: toGlobalId("Engagement", ids.engagement) }),
      "kind and text": await engagementPage({ kind: ["CALL"], text: "word417" }),
      "text, count": countSql({
        ...engagementTable,
        where: await engagementConditions(db.prisma, { text: "word417 meet" }),
      }),
      "actor by name": pageSql({
        ...actorTable,
        where: actorConditions({ name: "word333" }),
        sort: actorSort(),
        size: 20,
        backward: false,
      }),
      "actor by identifier": pageSql({
        ...actorTable,
        where: actorConditions({ identifier: { scheme: "wikidata", value: "Q1" } }),
        sort: actorSort(),
        size: 20,
        backward: false,
      }),
      "engagements of 50 actors (nested)": windowSql(actorEngagementsSpec, {
        parents: await Promise.all(Array.from({ length: 50 }, (_, n) => generatedUuid(db.prisma, "a", n * 13 + 1))),
        order: engagementOrderList(),
        size: 10,
        backward: false,
      }),
      "engagements of 50 actors by start date (nested, seek)": seekSql(actorEngagementsSpec.seek!({})!, {
        parents: await Promise.all(Array.from({ length: 50 }, (_, n) => generatedUuid(db.prisma, "a", n * 13 + 1))),
        order: engagementOrderList(),
        size: 10,
        backward: false,
        cursor: ids.engagement,
      }),
      "participants of 50 engagements": participantsSql(
        await Promise.all(Array.from({ length: 50 }, (_, n) => generatedUuid(db.prisma, "e", n * 997 + 1))),
        100,
      ),
      "side engagements (nested)": windowSql(sideEngagementsSpec, {
        parents: [ids.engagement],
        order: engagementOrderList(),
        size: 10,
        backward: false,
      }),
      ...(await everydayPages()),
      search: searchPageSql({
        tables: searchables,
        prefixQuery: "word417:*",
        size: 20,
      }),
    };
    const found: Record<string, string[]> = {};
    for (const [name, sql] of Object.entries(queries)) found[name] = await seqScans(db.prisma, sql);
    expect(found).toEqual(Object.fromEntries(Object.keys(queries).map((name) => [name, []])));
  });

  // A filter that finds engagements out of the page's order (a date range's GiST, participants, a topic) sorts its
  // candidates: the compiled root reads their ids from covering indexes and only the page's rows whole (describe.ts,
  // sortsCandidates). Read whole, the generic plan ANDed the span's bitmap with the kinds' and read each candidate's
  // row (bench P2, 7 Dec 2026), or read the row of every engagement of a state's participations.
  it("reads the candidates of a date range or participants with any other filter index-only, whole rows for the page only", async () => {
    const range = { from: new Date("2010-03-01"), to: new Date("2010-05-31") };
    const others: Record<string, EngagementFilter> = {
      "": {},
      "two kinds": { kind: ["CALL", "VISIT"] },
      status: { status: ["PLANNED"] },
      country: { country: toGlobalId("Actor", ids.state) },
      parent: { parent: toGlobalId("Engagement", ids.engagement) },
    };
    const sets: Record<string, EngagementFilter> = {
      "a date range": { date: range },
      "a date range to": { date: { to: range.to } },
      participants: { participants: { anyOf: [toGlobalId("Actor", ids.state)] } },
      "participants allOf": {
        participants: { allOf: [toGlobalId("Actor", ids.state), toGlobalId("Actor", ids.otherActor)] },
      },
      // A topic alone may walk the start date's index and probe each engagement's topics (its rows then read whole).
      "a topic in a date range": { topic: toGlobalId("Topic", ids.topic), date: range },
      "participants in a date range": { participants: { anyOf: [toGlobalId("Actor", ids.state)] }, date: range },
    };
    const wide: string[] = [];
    for (const [setName, set] of Object.entries(sets))
      for (const [otherName, other] of Object.entries(others))
        for (const cursor of [undefined, ids.engagement]) {
          const name = `${setName}${otherName ? ` and ${otherName}` : ""}${cursor ? " after a cursor" : ""}`;
          const filter = { ...other, ...set };
          expect({ name, sorts: engagementFilterSortsCandidates(filter) }).toEqual({ name, sorts: true });
          const sql = pageSql({
            ...engagementTable,
            where: await engagementConditions(db.prisma, filter, { topicInSql: true }),
            sort: engagementSort(),
            size: 20,
            backward: false,
            cursor,
            rows: "byId",
          });
          for (const node of nodes(await explainJson(db.prisma, sql, true))) {
            if (node["Node Type"] === "BitmapAnd") wide.push(`${name}: a BitmapAnd`);
            if (node["Relation Name"] !== "engagement" || node["Node Type"] === "Index Only Scan") continue;
            const read =
              ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1);
            if (read > 21)
              wide.push(`${name}: ${node["Node Type"]} of ${node["Index Name"] ?? "engagement"} read ${read} rows`);
          }
        }
    expect(wide).toEqual([]);
  });

  it("reads a state's engagements by start date from participant's timeline indexes, sorting only the page", async () => {
    const plan = await explainJson(
      db.prisma,
      seekSql(actorEngagementsSpec.seek!({})!, {
        parents: [ids.state],
        order: engagementOrderList(),
        size: 20,
        backward: false,
      }),
      true,
    );
    const all = nodes(plan);
    expect(all.map((node) => node["Index Name"]).filter(Boolean)).toEqual(
      expect.arrayContaining([
        "participant_actor_id_engagement_start_date_engagement_id_idx",
        "participant_represents_id_engagement_start_date_engagement__idx",
      ]),
    );
    // Sorts see at most the two branches' pages (21 rows each), never the actor's whole list.
    for (const node of all.filter((n) => n["Node Type"] === "Sort")) expect(node["Plan Rows"]).toBeLessThanOrEqual(42);
    // Run: no step of the plan reads more than the two branches' pages of the state's 2,500 representations.
    const rowsRead = all
      .filter((n) => n["Node Type"].includes("Scan"))
      .map((n) => n["Actual Rows"]! * n["Actual Loops"]!);
    expect(Math.max(...rowsRead)).toBeLessThanOrEqual(42);
  });

  it("reads suite 2's lists from indexes in their own order, sorting at most a page per topic", async () => {
    const pages = await everydayPages();
    const expectedIndex: Record<string, string> = {
      // A speaker says little: the planner may walk the speaker's statements instead, also a small read.
      "statements on a topic by a speaker": "statement_speaker_id_engagement_id_idx",
      "statements on": "statement_topic_engagement_order_idx",
      "a topic's statements": "statement_topic_engagement_order_idx",
      "commitments of a beneficiary": "commitment_beneficiary_id_made_on_id_idx",
      "commitments of a committer": "commitment_committer_id_made_on_id_idx",
      "commitments a state made": "commitment_committer_id_made_on_id_idx",
      "commitments a state received": "commitment_beneficiary_id_made_on_id_idx",
      "country, backward": "engagement_country_id_start_date_id_idx",
      "sources of a publisher": "source_publisher_id_published_on_id_idx",
    };
    for (const [name, sql] of Object.entries(pages)) {
      const all = nodes(await explainJson(db.prisma, sql));
      const index = Object.entries(expectedIndex).find(([prefix]) => name.startsWith(prefix))?.[1];
      expect({ name, indexes: all.map((node) => node["Index Name"]) }).toEqual({
        name,
        indexes: expect.arrayContaining([index]),
      });
      // A topic with sub-topics merges 10 topics' pages of 51; nothing sorts a whole list.
      for (const node of all.filter((n) => n["Node Type"] === "Sort")) {
        expect({ name, rows: node["Plan Rows"]! <= 10 * 51 }).toEqual({ name, rows: true });
      }
    }
  });

  // The made-on indexes keep nulls first, the API's order (nulls smallest): a state's 250 commitments are never all
  // sorted; a publisher's sources come from an index on sourceSort's expression.
  it("reads an actor's commitments (root and nested) and sources in their index's order, sorting at most two pages", async () => {
    const lists = Object.entries(await everydayPages()).filter(([name]) => /^(commitments|sources)/.test(name));
    const sorts: string[] = [];
    for (const [name, sql] of lists) {
      const all = nodes(await explainJson(db.prisma, sql));
      // A first page is one index walk; after a cursor or nested, at most two walks of a page each are merged.
      const firstPage = !/cursor|nested/.test(name);
      for (const node of all.filter((n) => n["Node Type"] === "Sort")) {
        if (firstPage || (node["Plan Rows"] ?? 0) > 2 * 21) sorts.push(`${name}: a sort of ${node["Plan Rows"]} rows`);
      }
    }
    expect(sorts).toEqual([]);
  });

  // Every orderBy field of every root list over a large table, both ways, first page and after a cursor: each
  // is one walk of an index in that order. Run, not estimated: a walk that filters (a null-amount branch walking
  // the primary key for rows of one currency, 10,000 rows removed) shows in the rows each scan read.
  it("reads every root list's pages in each orderBy field and direction from an index, reading about a page", async () => {
    await db.prisma.$executeRawUnsafe(`UPDATE commitment SET currency = (ARRAY['USD','EUR','KRW'])[1 + abs(hashtext(id::text)) % 3],
      amount = 1000 + abs(hashtext(id::text || 'amount')) % 1000000 WHERE abs(hashtext(id::text || 'priced')) % 10 < 6`);
    await db.prisma.$executeRawUnsafe("VACUUM ANALYZE commitment");
    const schema = await buildAccordSchema();
    const orderFields = (root: string) => {
      const order = schema
        .getQueryType()!
        .getFields()
        [root]!.args.find((arg) => arg.name === "orderBy");
      const type = order && getNamedType(order.type);
      const field = type && isInputObjectType(type) ? getNamedType(type.getFields().field!.type) : undefined;
      return field && isEnumType(field) ? field.getValues().map((value) => value.value as string) : [];
    };
    const [commitment] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
      "SELECT id::text FROM commitment WHERE amount IS NOT NULL ORDER BY id OFFSET 500 LIMIT 1",
    );
    const [statement] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
      "SELECT id::text FROM statement ORDER BY id OFFSET 500 LIMIT 1",
    );
    type Build = (field: string, direction: OrderDirection, cursor: boolean) => Promise<Prisma.Sql> | Prisma.Sql;
    const page = { size: 20, backward: false };
    const builders: Record<string, Build> = {
      engagements: (field, direction, cursor) =>
        pageSql({
          ...engagementTable,
          where: [],
          sort: engagementSort({ field: field as EngagementOrderField, direction }),
          ...page,
          cursor: cursor ? ids.engagement : undefined,
        }),
      actors: (field, direction, cursor) =>
        pageSql({
          ...actorTable,
          where: [],
          sort: actorSort({ field: field as "NAME", direction }),
          ...page,
          cursor: cursor ? ids.actor : undefined,
        }),
      commitments: (field, direction, cursor) =>
        commitmentPageSql({
          where: [],
          column: commitmentOrderColumns[field as keyof typeof commitmentOrderColumns],
          direction,
          ...page,
          cursor: cursor ? commitment!.id : undefined,
          rows: true,
        }),
      statements: (_field, direction, cursor) =>
        statementPageSql({ where: [], direction, ...page, cursor: cursor ? statement!.id : undefined }),
    };
    // Small tables, sorted whole: sources (one per 100 engagements) and topics (a vocabulary).
    const small = ["sources", "topics"];
    const roots = Object.keys(schema.getQueryType()!.getFields()).filter((root) => orderFields(root).length);
    expect(roots.filter((root) => !small.includes(root)).sort()).toEqual(Object.keys(builders).sort());
    // A currency's commitments by amount (an equality the index leads with), the null branch included.
    const cases: [string, Prisma.Sql][] = [
      [
        "commitments of a currency by AMOUNT desc after a cursor",
        commitmentPageSql({
          where: commitmentConditionsSql(decodeCommitmentFilter({ currency: "EUR" })),
          column: "amount",
          direction: "desc",
          ...page,
          cursor: commitment!.id,
          rows: true,
        }),
      ],
    ];
    for (const [root, build] of Object.entries(builders)) {
      for (const field of orderFields(root))
        for (const direction of [OrderDirection.ASC, OrderDirection.DESC])
          for (const cursor of [false, true])
            cases.push([
              `${root} by ${field} ${direction}${cursor ? " after a cursor" : ""}`,
              await build(field, direction, cursor),
            ]);
    }
    const wide: string[] = [];
    for (const [name, sql] of cases) {
      for (const node of nodes(await explainJson(db.prisma, sql, true))) {
        if (!node["Relation Name"] && !node["Index Name"]) continue;
        const read = ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1);
        // Two walks of a page (valued and unvalued commitments) and the cursor's own row.
        if (read > 3 * 21)
          wide.push(
            `${name}: ${node["Node Type"]} of ${node["Index Name"] ?? node["Relation Name"]} read ${read} rows`,
          );
      }
    }
    expect(wide).toEqual([]);
  });
});

// Every generated statement's text holds "statement" and every engagement's "meeting"; "word417" is in ~0.3%.
describe("words filters over 50,000 generated engagements and statements", () => {
  const gin = ["statement_search_vector_idx", "engagement_search_vector_idx"];
  /** Rows each index scan of the plan, run, read (its own and those its filter dropped, over its loops). */
  const reads = (plan: PlanNode) =>
    nodes(plan)
      .filter((node) => node["Index Name"])
      .map((node) => ({
        index: node["Index Name"] as string,
        rows: ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1),
      }));
  const statementsPage = async (filter: Record<string, unknown>) => {
    const { where, topics } = await statementFilterParts(db.prisma, filter, { topicInSql: true });
    return statementPageSql({ where, topics, direction: "desc", size: 10, backward: false });
  };

  it("look up only the rare words in the GIN index and test the common ones on each row", async () => {
    for (const sql of [
      await statementsPage({ text: "statement word417", kind: "POSITION" }),
      await engagementPage({ text: "meeting word417" }),
    ]) {
      expect(sql.values).toEqual(expect.arrayContaining(["word417:*"]));
      const scans = reads(await explainJson(db.prisma, sql, true)).filter((scan) => gin.includes(scan.index));
      // The word's own postings (~150 of 50,000 rows), not the common word's every row.
      expect(scans.length).toBe(1);
      expect(scans[0]!.rows).toBeLessThan(1_000);
    }
  });

  it("walk the newest rows for common words alone, reading about a page, not the index", async () => {
    for (const sql of [
      await statementsPage({ text: "statement", kind: "POSITION" }),
      await statementsPage({ text: "statem" }),
      await engagementPage({ text: "meeting" }),
    ]) {
      const scans = reads(await explainJson(db.prisma, sql, true));
      expect(scans.filter((scan) => gin.includes(scan.index))).toEqual([]);
      // Kinds are one of 13 (generated evenly): a page of 10 POSITION statements is ~130 statements' walk.
      expect(Math.max(...scans.map((scan) => scan.rows))).toBeLessThan(1_000);
    }
  });
});
