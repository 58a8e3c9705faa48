import { existsSync, readFileSync } from "node:fs";
import { sumByCurrency, toPrefixQuery } from "@accord/domain";
import { actorSearchText, engagementSearchText, spanEndOf } from "../src/derived";
import type { PrismaClient } from "../src/generated/prisma/client";
import { readSeedArticle, type SeedResult, seedDatabase } from "../src/seed";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

const sharedArticlePath = "/work/shared/seed/article.txt";

const expectedCounts = {
  actor: 13,
  actor_alias: 21,
  actor_identifier: 36,
  api_token: 0,
  audit_entry: 0,
  citation: 21,
  commitment: 5,
  commitment_link: 1,
  commitment_status_change: 5,
  engagement: 3,
  engagement_topic: 6,
  office: 2,
  participant: 7,
  source: 1,
  source_author: 1,
  statement: 13,
  statement_mention: 26,
  statement_topic: 19,
  tenure: 2,
  topic: 12,
};

/** Every table's row count and a hash of all its rows (ids, updated_at, version included). */
async function dumpDatabase(prisma: PrismaClient): Promise<Record<string, { rows: number; hash: string }>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name`;
  const dump: Record<string, { rows: number; hash: string }> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ rows: number; hash: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
    );
    dump[name] = row!;
  }
  return dump;
}

const rowCounts = (dump: Record<string, { rows: number }>) =>
  Object.fromEntries(Object.entries(dump).map(([table, { rows }]) => [table, rows]));

describe("seedDatabase", () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let first: SeedResult;
  const actorId = async (name: string) => (await prisma.actor.findFirstOrThrow({ where: { name } })).id;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = db.prisma;
    first = await seedDatabase(prisma);
  });

  afterAll(async () => {
    await db.drop();
  });

  it("creates every record of the article once", async () => {
    expect(rowCounts(await dumpDatabase(prisma))).toEqual(expectedCounts);
    const rows = Object.values(expectedCounts).reduce((sum, count) => sum + count, 0);
    expect(first).toMatchObject({ created: rows, updated: 0, deleted: 0, unchanged: 0 });
  });

  it("models the actors: NAC a body of NATO, the article's publisher and author", async () => {
    const nac = await prisma.actor.findFirstOrThrow({
      where: { name: "North Atlantic Council" },
      include: { parent: true },
    });
    expect([nac.kind, nac.parent?.name]).toEqual(["ORGANIZATION_BODY", "North Atlantic Treaty Organization"]);
    const source = await prisma.source.findFirstOrThrow({
      include: { publisher: true, authors: { include: { actor: true } } },
    });
    expect([source.publisher?.kind, source.publisher?.name]).toEqual(["ORGANIZATION", "Diplomacy Journal"]);
    expect(source.authors.map((a) => [a.actor.kind, a.actor.name])).toEqual([["PERSON", "Kayla Lee"]]);
    expect(source.content).toBe(readSeedArticle());
    const rok = await prisma.actor.findFirstOrThrow({
      where: { name: "Republic of Korea" },
      include: { identifiers: { orderBy: { scheme: "asc" } }, aliases: { orderBy: { name: "asc" } } },
    });
    expect(rok.identifiers.map((i) => `${i.scheme}:${i.value}`)).toEqual([
      "accord-seed:actor:rok",
      "iso3166-1-alpha2:KR",
      "iso3166-1-alpha3:KOR",
      "wikidata:Q884",
    ]);
    expect(rok.aliases.map((a) => `${a.name}@${a.language}`)).toEqual([
      "Korea@en",
      "ROK@null",
      "South Korea@en",
      "대한민국@ko",
      "한국@ko",
    ]);
  });

  it("gives Cho and Rutte the offices they held on 2025-04-02", async () => {
    const day = new Date("2025-04-02T00:00:00Z");
    const tenures = await prisma.tenure.findMany({
      where: {
        startDate: { lte: day },
        OR: [{ endDate: null }, { endDate: { gte: new Date("2025-04-01T00:00:00Z") } }],
      },
      include: { holder: true, office: { include: { jurisdiction: true } } },
      orderBy: { startDate: "asc" },
    });
    expect(
      tenures.map((t) => [
        t.holder.name,
        t.office.name,
        t.office.jurisdiction.name,
        t.startDate?.toISOString().slice(0, 10),
        t.endDate?.toISOString().slice(0, 7) ?? null,
        t.endPrecision,
      ]),
    ).toEqual([
      ["Cho Tae-yul", "Minister of Foreign Affairs", "Republic of Korea", "2024-01-11", "2025-06", "MONTH"],
      ["Mark Rutte", "Secretary General", "North Atlantic Treaty Organization", "2024-10-01", null, null],
    ]);
  });

  it("records engagements 1–3 with their dates, precision, parent and participants", async () => {
    const engagements = await prisma.engagement.findMany({
      orderBy: { externalValue: "asc" },
      include: {
        parent: true,
        participants: { orderBy: { position: "asc" }, include: { actor: true, represents: true } },
        topics: { include: { topic: true }, orderBy: { topic: { path: "asc" } } },
      },
    });
    expect(
      engagements.map((e) => ({
        key: e.externalValue,
        kind: e.kind,
        start: e.startDate.toISOString().slice(0, 10),
        precision: e.startPrecision,
        spanEnd: e.spanEnd.toISOString().slice(0, 10),
        inferred: e.dateInferred,
        where: [e.place, e.city],
        parent: e.parent?.externalValue ?? null,
        participants: e.participants.map((p) => [p.actor.name, p.role, p.represents?.name ?? null, p.titleAsReported]),
        topics: e.topics.map((t) => t.topic.path),
      })),
    ).toEqual([
      {
        key: "engagement:1",
        kind: "MULTILATERAL_MEETING",
        start: "2025-04-01",
        precision: "MONTH",
        spanEnd: "2025-04-30",
        inferred: true,
        where: [null, "Brussels"],
        parent: null,
        participants: [
          ["North Atlantic Treaty Organization", "HOST", null, null],
          ["Cho Tae-yul", "GUEST", "Republic of Korea", "Minister"],
        ],
        topics: ["cooperation/nato-partnerships"],
      },
      {
        key: "engagement:2",
        kind: "BILATERAL_MEETING",
        start: "2025-04-02",
        precision: "DAY",
        spanEnd: "2025-04-02",
        inferred: true,
        where: ["NATO headquarters", "Brussels"],
        parent: "engagement:1",
        participants: [
          ["Cho Tae-yul", "VISITOR", "Republic of Korea", "Foreign Minister"],
          ["Mark Rutte", "HOST", "North Atlantic Treaty Organization", "Secretary General"],
        ],
        topics: [
          "cooperation/rok-nato-cooperation",
          "security/global-security-situation",
          "security/russia-dprk-military-cooperation",
        ],
      },
      {
        key: "engagement:3",
        kind: "BRIEFING",
        start: "2024-01-01",
        precision: "YEAR",
        spanEnd: "2024-12-31",
        inferred: true,
        where: [null, null],
        parent: null,
        participants: [
          ["Republic of Korea", "BRIEFER", null, null],
          ["North Atlantic Council", "AUDIENCE", "North Atlantic Treaty Organization", null],
          ["North Atlantic Treaty Organization", "AUDIENCE", null, null],
        ],
        topics: ["security/information-sharing", "security/russia-dprk-military-cooperation"],
      },
    ]);
  });

  it("records the 13 statements of engagement 2 in order, with speakers and kinds", async () => {
    const statements = await prisma.statement.findMany({ orderBy: { position: "asc" }, include: { speaker: true } });
    expect(statements.map((s) => `${s.position} ${s.speaker.name.split(" ")[1]} ${s.kind}`)).toEqual([
      "1 Rutte WELCOME",
      "2 Rutte POSITION",
      "3 Tae-yul POSITION",
      "4 Tae-yul REQUEST",
      "5 Rutte HOPE",
      "6 Tae-yul PROPOSAL",
      "7 Rutte APPRECIATION",
      "8 Tae-yul REQUEST",
      "9 Tae-yul DEMAND",
      "10 Rutte AGREEMENT",
      "11 Tae-yul PLEDGE",
      "12 Tae-yul PLEDGE",
      "13 Rutte APPRECIATION",
    ]);
  });

  it("answers: ROK has committed USD 2.4 billion to Ukraine, 2 billion announced and 400 million delivered", async () => {
    const where = { committerId: await actorId("Republic of Korea"), beneficiaryId: await actorId("Ukraine") };
    const byStatus = await prisma.commitment.groupBy({
      by: ["currency", "status"],
      where: { ...where, amount: { not: null } },
      _sum: { amount: true },
      orderBy: { status: "asc" },
    });
    expect(byStatus.map((g) => [g.currency, g.status, g._sum.amount?.toString()])).toEqual([
      ["USD", "ANNOUNCED", "2000000000"],
      ["USD", "DELIVERED", "400000000"],
    ]);
    const amounts = await prisma.commitment.findMany({ where: { ...where, amount: { not: null } } });
    expect(sumByCurrency(amounts.map((c) => ({ amount: c.amount!.toString(), currency: c.currency! })))).toEqual([
      { amount: "2400000000", currency: "USD" },
    ]);
  });

  it("keeps each commitment's status history and links (C1 follows C2)", async () => {
    const commitments = await prisma.commitment.findMany({
      orderBy: { externalValue: "asc" },
      include: { history: true, linksFrom: { include: { to: true } }, statement: true },
    });
    expect(
      commitments.map((c) => [
        c.externalValue,
        c.kind,
        c.status,
        c.amountAsReported,
        c.history.map((h) => `${h.status} ${h.effectiveOn?.toISOString().slice(0, 10)} ${h.effectivePrecision}`),
        c.linksFrom.map((l) => `${l.kind} ${l.to.externalValue}`),
        c.statement?.position,
      ]),
    ).toEqual([
      [
        "commitment:C1",
        "FINANCIAL",
        "ANNOUNCED",
        "$2 billion",
        ["ANNOUNCED 2025-04-02 DAY"],
        ["FOLLOWS commitment:C2"],
        12,
      ],
      ["commitment:C2", "FINANCIAL", "DELIVERED", "$400 million", ["DELIVERED 2024-01-01 YEAR"], [], 12],
      ["commitment:C3", "INSTITUTIONAL", "IN_PROGRESS", null, ["IN_PROGRESS 2024-01-01 YEAR"], [], 8],
      ["commitment:C4", "COOPERATION", "PROPOSED", null, ["PROPOSED 2025-04-02 DAY"], [], 6],
      ["commitment:C5", "COOPERATION", "IN_PROGRESS", null, ["IN_PROGRESS 2025-04-02 DAY"], [], 11],
    ]);
  });

  it('answers: searching "South Korea" finds the Republic of Korea', async () => {
    const found = await prisma.$queryRaw<{ name: string }[]>`
      SELECT name FROM actor WHERE search_vector @@ to_tsquery('simple', ${toPrefixQuery("South Korea")}) ORDER BY name`;
    expect(found.map((a) => a.name)).toEqual(["Republic of Korea"]);
  });

  it("answers: ROK and NATO both take part (as themselves or represented) in engagements 1, 2 and 3", async () => {
    const takesPart = (id: string) => ({ participants: { some: { OR: [{ actorId: id }, { representsId: id }] } } });
    const engagements = await prisma.engagement.findMany({
      where: {
        AND: [
          takesPart(await actorId("Republic of Korea")),
          takesPart(await actorId("North Atlantic Treaty Organization")),
        ],
      },
      orderBy: { externalValue: "asc" },
    });
    expect(engagements.map((e) => e.externalValue)).toEqual(["engagement:1", "engagement:2", "engagement:3"]);
  });

  it("answers: Mark Rutte's statements that concern North Korea are 7 and 10", async () => {
    const statements = await prisma.statement.findMany({
      where: { speakerId: await actorId("Mark Rutte"), mentions: { some: { actorId: await actorId("North Korea") } } },
      orderBy: { position: "asc" },
    });
    expect(statements.map((s) => s.position)).toEqual([7, 10]);
  });

  it("finds statements under a topic and its sub-topics by path prefix", async () => {
    const statements = await prisma.statement.findMany({
      where: { topics: { some: { topic: { path: { startsWith: "ukraine" } } } } },
      orderBy: { position: "asc" },
    });
    expect(statements.map((s) => s.position)).toEqual([3, 9, 11, 12, 13]);
  });

  it("cites every engagement, statement and commitment with a quote at exact offsets", async () => {
    const content = readSeedArticle();
    const citations = await prisma.citation.findMany({ include: { source: true } });
    expect(citations).toHaveLength(21);
    for (const c of citations) {
      expect({ quote: c.quote, at: c.source.content!.slice(c.startOffset!, c.endOffset!) }).toEqual({
        quote: c.quote,
        at: c.quote,
      });
      expect(content.slice(c.startOffset!, c.endOffset!)).toBe(c.quote);
    }
    const uncited = await Promise.all([
      prisma.engagement.count({ where: { citations: { none: {} } } }),
      prisma.statement.count({ where: { citations: { none: {} } } }),
      prisma.commitment.count({ where: { citations: { none: {} } } }),
    ]);
    expect(uncited).toEqual([0, 0, 0]);
    const statements = await prisma.statement.findMany({ include: { citations: true } });
    expect(statements.every((s) => s.citations[0]?.quote === s.quote)).toBe(true);
    const withTriangle = citations.find((c) => c.quote!.includes("▴"));
    // Offsets count UTF-16 units, not bytes: the sentence with three "▴" (3 bytes each) spans characters 31 to 345.
    expect(withTriangle).toMatchObject({ startOffset: 31, endOffset: 345 });
  });

  (existsSync(sharedArticlePath) ? it : it.skip)("has offsets that hold in the shared article as well", async () => {
    const shared = readFileSync(sharedArticlePath, "utf8");
    expect(readSeedArticle()).toBe(shared);
    const citations = await prisma.citation.findMany();
    const mismatches = citations.filter((c) => shared.slice(c.startOffset!, c.endOffset!) !== c.quote);
    expect(mismatches).toEqual([]);
  });

  it("fills search_text and span_end through the shared derived-column functions", async () => {
    const actors = await prisma.actor.findMany({ include: { aliases: true, identifiers: true } });
    expect(actors.filter((a) => a.searchText !== actorSearchText(a)).map((a) => a.name)).toEqual([]);
    const engagements = await prisma.engagement.findMany();
    expect(
      engagements.filter(
        (e) => e.searchText !== engagementSearchText(e) || e.spanEnd.getTime() !== spanEndOf(e).getTime(),
      ),
    ).toEqual([]);
    const [vectors] = await prisma.$queryRaw<{ missing: number }[]>`
      SELECT (SELECT count(*) FROM actor WHERE search_vector IS NULL OR search_text = '')::int
           + (SELECT count(*) FROM statement WHERE search_vector IS NULL OR search_text = '')::int
           + (SELECT count(*) FROM commitment WHERE search_vector IS NULL OR search_text = '')::int AS missing`;
    expect(vectors).toEqual({ missing: 0 });
  });

  it("changes nothing when run again", async () => {
    const before = await dumpDatabase(prisma);
    const again = await seedDatabase(prisma);
    expect(await dumpDatabase(prisma)).toEqual(before);
    expect(again).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: first.created });
  });

  it("repairs edited and deleted seed records on the next run, bumping the version", async () => {
    const engagement = await prisma.engagement.findFirstOrThrow({ where: { externalValue: "engagement:2" } });
    await prisma.engagement.update({ where: { id: engagement.id }, data: { title: "Edited" } });
    await prisma.citation.deleteMany({ where: { statement: { position: 7 } } });
    const result = await seedDatabase(prisma);
    expect([result.created, result.updated, result.deleted]).toEqual([1, 1, 0]);
    expect(result.byModel.engagement).toEqual({ created: 0, updated: 1, unchanged: 2, deleted: 0 });
    expect(result.byModel.citation?.created).toBe(1);
    const repaired = await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    expect([repaired.title, repaired.version]).toEqual([engagement.title, engagement.version + 1]);
    expect(rowCounts(await dumpDatabase(prisma))).toEqual(expectedCounts);
  });
});
