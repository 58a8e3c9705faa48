import { sumByCurrency, toPrefixQuery } from "@accord/domain";
import type { PrismaClient } from "../src/generated/prisma/client";
import { readSeedArticle } from "../src/seed";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

// The facts of /work/shared/seed/FACTS.md, read back from the seeded database.
describe("the seeded facts", () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  const actorId = async (name: string) => (await prisma.actor.findFirstOrThrow({ where: { name } })).id;

  beforeAll(async () => {
    // A copy of the template the first seeded file wrote with seedDatabase (seed.test.ts writes it afresh).
    db = await createTestDatabase({ seeded: true });
    prisma = db.prisma;
  });

  afterAll(async () => {
    await db.drop();
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
        AND: [
          { OR: [{ startDate: null }, { startDate: { lte: day } }] },
          { OR: [{ endDate: null }, { endDate: { gte: new Date("2025-04-01T00:00:00Z") } }] },
        ],
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
      ["Mark Rutte", "Secretary General", "North Atlantic Treaty Organization", "2024-10-01", null, null],
      // No source states when Cho took office (left unknown: sorted last); "until mid-2025" is June 2025, approximately.
      ["Cho Tae-yul", "Minister of Foreign Affairs", "Republic of Korea", undefined, "2025-06", "MONTH"],
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

  it("marks the inferred dates as inferred, C3 as ROK's and NATO's together, and splits ROK's USD 2.4 billion by stage", async () => {
    const commitments = await prisma.commitment.findMany({
      orderBy: { externalValue: "asc" },
      include: { stages: true, coCommitters: { include: { actor: true } }, committer: true },
    });
    expect(
      commitments.map((c) => [c.externalValue, c.madeOnInferred, c.stages.map((s) => s.occurredOnInferred)]),
    ).toEqual(["C1", "C2", "C3", "C4", "C5"].map((key) => [`commitment:${key}`, true, [true]]));
    const c3 = commitments.find((c) => c.externalValue === "commitment:C3")!;
    expect([c3.committer.name, ...c3.coCommitters.map((cc) => cc.actor.name), c3.beneficiaryId]).toEqual([
      "Republic of Korea",
      "North Atlantic Treaty Organization",
      null,
    ]);
    const byStage = await prisma.$queryRaw<{ stage: string; total: string }[]>`
      SELECT s.kind::text AS stage, trim_scale(sum(s.amount))::text AS total FROM commitment_stage s
        JOIN commitment c ON c.id = s.commitment_id JOIN actor a ON a.id = c.committer_id
       WHERE a.name = 'Republic of Korea' AND s.amount IS NOT NULL GROUP BY 1 ORDER BY 1`;
    expect(byStage).toEqual([
      { stage: "ANNOUNCED", total: "2000000000" },
      { stage: "DELIVERED", total: "400000000" },
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
});
