import "reflect-metadata";
import { Prisma, type PrismaClient } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { actorConditions, actorSort, actorTable } from "../src/actors/actor.service";
import { toGlobalId } from "../src/common/global-id";
import { countSql, pageSql } from "../src/common/keyset";
import { seekSql, windowSql } from "../src/common/window-connection";
import { engagementConditions } from "../src/engagements/engagement.filter";
import type { EngagementFilter } from "../src/engagements/engagement.input";
import { actorEngagementsSpec, sideEngagementsSpec } from "../src/engagements/engagement.nested";
import { engagementTable } from "../src/engagements/engagement.service";
import { engagementOrderList, engagementSort } from "../src/engagements/engagement-order";
import { participantsSql } from "../src/engagements/participants.loader";
import { searchables } from "../src/search/search.service";
import { searchPageSql } from "../src/search/search.sql";
import { generatedUuid, generateEngagements } from "./support/generate-engagements";

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
}, 120_000);

afterAll(() => db.drop());

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Plan Rows"?: number;
  Plans?: PlanNode[];
};

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

async function explainJson(prisma: PrismaClient, sql: Prisma.Sql): Promise<PlanNode> {
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
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

  it("reads a state's engagements by start date from participant's timeline indexes, sorting only the page", async () => {
    const plan = await explainJson(
      db.prisma,
      seekSql(actorEngagementsSpec.seek!({})!, {
        parents: [ids.state],
        order: engagementOrderList(),
        size: 20,
        backward: false,
      }),
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
  });
});
