import { seedScheme } from "@accord/db";
import { toGlobalId } from "../src/common/global-id";
import { generatedUuid, generateEngagements } from "./support/generate-engagements";
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
        period year month kind count firstDate lastDate speaker { id } topic { id } } }`,
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
