import { seedScheme } from "@accord/db";
import { statementCountsSource } from "../src/analytics/engagement-tally.sql";
import { statementDimensions } from "../src/analytics/statement-counts.service";
import { StatementCountGroupBy as G } from "../src/analytics/statement-counts.type";
import { toGlobalId } from "../src/common/global-id";
import { generatedUuid, generateEngagements } from "./support/generate-engagements";
import { statementTallyDrift } from "./support/tally-check";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

beforeAll(async () => {
  await generateEngagements(t.db.prisma, { actors: 200, engagements: 1200 });
  // Topics on most generated statements (two on some), and partial dates on some engagements.
  await t.db.prisma.$executeRawUnsafe(`INSERT INTO statement_topic (statement_id, topic_id)
    SELECT s.id, md5('t' || ((hashtext(s.id::text) & 7) + 1 + k))::uuid FROM statement s, generate_series(0, 1) k
    WHERE s.gist LIKE 'Statement %' AND (k = 0 OR (hashtext(s.id::text) & 1) = 0) AND (hashtext(s.id::text) & 12) <> 0`);
  await t.db.prisma.$executeRawUnsafe(`UPDATE engagement SET start_precision = 'YEAR', start_date = date_trunc('year', start_date),
    span_end = date_trunc('year', start_date) + interval '1 year - 1 day' WHERE title LIKE 'Meeting %' AND substr(title, 9)::int % 5 = 0`);
});

type Group = Record<string, unknown>;
const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

async function counts(variables: Record<string, unknown>): Promise<Group[]> {
  const result = await t.gql<{ statementCounts: Group[] }>(
    `query($filter: StatementFilter, $groupBy: [StatementCountGroupBy!]!, $orderBy: CountOrder) {
      statementCounts(filter: $filter, groupBy: $groupBy, orderBy: $orderBy) {
        period year quarter month kind count firstDate lastDate speaker { id } topic { id } } }`,
    variables,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.statementCounts;
}

/** IDs of every statement matching a filter, page by page through `statements`. */
async function matchingStatementIds(filter: Record<string, unknown> | null): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    const result: { data?: { statements: Page } } = await t.gql(
      `query($filter: StatementFilter, $after: String) { statements(filter: $filter, first: 100, after: $after) {
        edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
      { filter, after },
    );
    ids.push(...result.data!.statements.edges.map((edge) => rawId(edge.node.id)));
    if (!result.data!.statements.pageInfo.hasNextPage) return ids;
    after = result.data!.statements.pageInfo.endCursor;
  }
}

/** statementCounts by [YEAR or MONTH, SPEAKER, TOPIC] worked out in JavaScript from the statements' rows. */
async function expected(ids: string[], period: "YEAR" | "MONTH") {
  const statements = await t.db.prisma.statement.findMany({
    where: { id: { in: ids } },
    include: { topics: true, engagement: { select: { startDate: true, startPrecision: true } } },
  });
  const groups = new Map<string, Group>();
  for (const s of statements) {
    const { startDate, startPrecision } = s.engagement;
    const year = startDate.getUTCFullYear();
    const month = period === "MONTH" && startPrecision !== "YEAR" ? startDate.getUTCMonth() + 1 : null;
    const periodLabel =
      period === "YEAR" ? String(year) : `${year}-${month === null ? "XX" : String(month).padStart(2, "0")}`;
    for (const topic of s.topics.length ? s.topics.map((x) => x.topicId) : [null]) {
      const key = JSON.stringify([year, month, s.speakerId, topic]);
      const group = groups.get(key) ?? { periodLabel, year, month, speaker: s.speakerId, topic, count: 0 };
      groups.set(key, { ...group, count: (group.count as number) + 1 });
    }
  }
  return [...groups.values()].sort(
    (a, b) => (b.count as number) - (a.count as number) || (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1),
  );
}

describe("statementCounts", () => {
  it("equals paging through statements with the same filter and counting", async () => {
    const speakers = [1, 2, 3, 150].map(async (n) => toGlobalId("Actor", await generatedUuid(t.db.prisma, "a", n)));
    const shapes: [Record<string, unknown> | null, "YEAR" | "MONTH"][] = [
      [{ speakers: await Promise.all(speakers) }, "YEAR"],
      [{ kinds: ["POSITION"], text: "word1" }, "MONTH"],
    ];
    for (const [filter, period] of shapes) {
      const want = await expected(await matchingStatementIds(filter), period);
      expect(want.length).toBeGreaterThan(5);
      const got = await counts({ filter, groupBy: [period, "SPEAKER", "TOPIC"], orderBy: "COUNT" });
      const shaped = got.map((g) => ({
        periodLabel: g.period,
        year: g.year,
        month: period === "MONTH" ? g.month : null,
        speaker: rawId((g.speaker as { id: string }).id),
        topic: g.topic ? rawId((g.topic as { id: string }).id) : null,
        count: g.count,
      }));
      // Ties in count come in key order from the API; compare as sets of groups, and the counts' order.
      const byJson = (rows: Group[]) => rows.map((row) => JSON.stringify(row)).sort();
      expect(byJson(shaped)).toEqual(byJson(want));
      expect(shaped.map((g) => g.count)).toEqual(want.map((g) => g.count));
    }
  });

  it("counts every statement of a seed speaker (Mark Rutte), by kind", async () => {
    const { actorId } = await t.db.prisma.actorIdentifier.findUniqueOrThrow({
      where: { scheme_value: { scheme: seedScheme, value: "actor:mark-rutte" } },
    });
    const rutte = { id: actorId };
    const statements = await t.db.prisma.statement.count({ where: { speakerId: rutte.id } });
    const groups = await counts({ filter: { speaker: toGlobalId("Actor", rutte.id) }, groupBy: ["KIND"] });
    expect(statements).toBeGreaterThan(0);
    expect(groups.reduce((sum, g) => sum + (g.count as number), 0)).toBe(statements);
  });
});

/** The statements with their topics and their engagement's start, as expectedGroups counts them. */
function statementRows(ids: string[]) {
  return t.db.prisma.statement.findMany({
    where: { id: { in: ids } },
    include: { topics: true, engagement: { select: { startDate: true, startPrecision: true } } },
  });
}

type StatementRow = Awaited<ReturnType<typeof statementRows>>[number];

/** Any grouping worked out in JavaScript from the statements' rows: one group a key combination, with first and last date. */
function expectedGroups(statements: StatementRow[], groupBy: string[]): string[] {
  const rank = { YEAR: 0, MONTH: 1, DAY: 2 } as const;
  const groups = new Map<string, Group & { first: number; last: number }>();
  for (const s of statements) {
    const { startDate, startPrecision } = s.engagement;
    const year = startDate.getUTCFullYear();
    const month = startPrecision === "YEAR" ? null : startDate.getUTCMonth() + 1;
    const dateKey = (startDate.getTime() / 86_400_000) * 4 + rank[startPrecision];
    const has = (key: string) => groupBy.includes(key);
    const period = has("MONTH")
      ? `${year}-${month === null ? "XX" : String(month).padStart(2, "0")}`
      : has("QUARTER")
        ? `${year}-Q${month === null ? "X" : Math.ceil(month / 3)}`
        : has("YEAR")
          ? String(year)
          : null;
    for (const topic of has("TOPIC") ? (s.topics.length ? s.topics.map((x) => x.topicId) : [null]) : [null]) {
      const keys = { period, kind: has("KIND") ? s.kind : null, speaker: has("SPEAKER") ? s.speakerId : null, topic };
      const id = JSON.stringify(keys);
      const group = groups.get(id) ?? { ...keys, count: 0, first: dateKey, last: dateKey };
      groups.set(id, {
        ...group,
        count: (group.count as number) + 1,
        first: Math.min(group.first, dateKey),
        last: Math.max(group.last, dateKey),
      });
    }
  }
  const day = (key: number) => new Date(Math.floor(key / 4) * 86_400_000).toISOString().slice(0, 10);
  return [...groups.values()]
    .map(({ first, last, ...group }) => JSON.stringify({ ...group, firstDate: day(first), lastDate: day(last) }))
    .sort();
}

describe("statementCounts from statement_tally and its kin", () => {
  const shapes: [Record<string, unknown> | null, string[]][] = [
    [null, ["YEAR"]],
    [null, ["QUARTER", "KIND"]],
    [{ kinds: ["POSITION", "PLEDGE"] }, ["MONTH"]],
    [null, []],
    [null, ["KIND"]],
    [null, ["SPEAKER"]],
    [null, ["TOPIC"]],
    [{ kind: "POSITION" }, ["TOPIC"]],
    [null, ["SPEAKER", "KIND"]],
  ];

  it("equals paging through statements and counting, first and last dates included", async () => {
    // Nothing writes during the test: each filter's statements are paged through and read once, for every grouping.
    const statementsOf = new Map<string, Promise<StatementRow[]>>();
    const spoken = await t.db.prisma.statement.findMany({
      distinct: ["speakerId"],
      take: 2,
      orderBy: { speakerId: "asc" },
    });
    const [one, two] = spoken.map((s) => toGlobalId("Actor", s.speakerId));
    const topic = toGlobalId("Topic", await generatedUuid(t.db.prisma, "t", 3));
    // statement_key_tally's rows of one speaker or several.
    const bySpeaker: typeof shapes = [
      [{ speaker: one }, ["KIND"]],
      [{ speaker: one }, []],
      [{ speakers: [one, two] }, ["SPEAKER", "KIND"]],
      [{ speakers: [one, two], kinds: ["POSITION", "PLEDGE"] }, []],
      // A speaker's topics by year (bench A39), grouped from the statements.
      [{ speaker: one }, ["YEAR", "TOPIC"]],
      [{ speakers: [one, two] }, ["SPEAKER", "YEAR"]],
      [{ topic }, ["SPEAKER", "YEAR"]],
    ];
    for (const [filter, groupBy] of [...shapes, ...bySpeaker]) {
      const key = JSON.stringify(filter);
      if (!statementsOf.has(key)) statementsOf.set(key, matchingStatementIds(filter).then(statementRows));
      const want = expectedGroups(await statementsOf.get(key)!, groupBy);
      const got = (await counts({ filter, groupBy })).map((g) =>
        JSON.stringify({
          period: g.period,
          kind: g.kind,
          speaker: g.speaker ? rawId((g.speaker as { id: string }).id) : null,
          topic: g.topic ? rawId((g.topic as { id: string }).id) : null,
          count: g.count,
          firstDate: g.firstDate,
          lastDate: g.lastDate,
        }),
      );
      expect({ filter, groupBy, groups: got.sort() }).toEqual({ filter, groupBy, groups: want });
    }
    expect(await statementTallyDrift(t.db.prisma)).toEqual([]);
  });

  it("stays exact through writes: a statement added, re-kinded, re-topiced, moved and deleted, an engagement re-dated", async () => {
    const prisma = t.db.prisma;
    const [engagement, other] = await prisma.engagement.findMany({ take: 2, orderBy: { id: "asc" } });
    const speaker = await prisma.actor.findFirstOrThrow({ where: { kind: "PERSON" } });
    const topic = await prisma.topic.findFirstOrThrow();
    const added = await prisma.statement.create({
      data: { engagementId: engagement!.id, speakerId: speaker.id, kind: "HOPE", gist: "Added", position: 99 },
    });
    expect(await statementTallyDrift(prisma)).toEqual([]);
    await prisma.statementTopic.create({ data: { statementId: added.id, topicId: topic.id } });
    await prisma.statement.update({ where: { id: added.id }, data: { kind: "CONCERN" } });
    expect(await statementTallyDrift(prisma)).toEqual([]);
    await prisma.statement.update({ where: { id: added.id }, data: { engagementId: other!.id } });
    await prisma.$executeRaw`UPDATE engagement SET start_date = '1999-07-04', start_precision = 'MONTH' WHERE id = ${other!.id}::uuid`;
    expect(await statementTallyDrift(prisma)).toEqual([]);
    await prisma.statementTopic.deleteMany({ where: { statementId: added.id } });
    await prisma.statement.delete({ where: { id: added.id } });
    expect(await statementTallyDrift(prisma)).toEqual([]);
    await prisma.engagement.delete({ where: { id: engagement!.id } });
    expect(await statementTallyDrift(prisma)).toEqual([]);
  });

  it("reads the summaries exactly when the grouping and filter stay within their keys", () => {
    const rows = { from: "statement s", dimensions: statementDimensions };
    const from = (filter: Record<string, unknown> | null, groupBy: G[]) =>
      statementCountsSource(rows, filter, groupBy).from;
    expect(from(null, [G.YEAR, G.KIND])).toBe("statement_year_tally s");
    expect(from({ kinds: ["POSITION"] }, [G.MONTH])).toBe("statement_tally s");
    expect(from(null, [G.SPEAKER])).toBe("statement_key_total s");
    expect(from(null, [G.TOPIC, G.KIND])).toBe("statement_key_tally s");
    expect(from({ kind: "POSITION" }, [G.SPEAKER])).toBe("statement_key_tally s");
    // A speaker's (or several speakers') kinds: their rows of the key tally.
    expect(from({ speaker: "x" }, [G.KIND])).toMatch(/statement_key_tally t\) s$/);
    expect(from({ speakers: ["x", "y"], kinds: ["POSITION"] }, [G.SPEAKER])).toMatch(/statement_key_tally t\) s$/);
    expect(from({ speaker: "x" }, [G.YEAR])).toBe("statement s");
    expect(from({ speaker: "x" }, [G.TOPIC])).toBe("statement s");
    expect(from(null, [G.SPEAKER, G.TOPIC])).toBe("statement s");
    expect(from(null, [G.SPEAKER, G.YEAR])).toBe("statement s");
  });
});
