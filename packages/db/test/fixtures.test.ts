import { refreshActorSearchText } from "../src/derived";
import { makeActor, makeCitation, makeCommitment, makeEngagement, makeSource, makeTopic } from "../src/fixtures";
import type { PrismaClient } from "../src/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

describe("fixture factories", () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = db.prisma;
  });

  afterAll(async () => {
    await db.drop();
  });

  it("makes an engagement with derived span end and search text, participants and topics", async () => {
    const host = await makeActor(prisma, { name: "Côte d'Ivoire" });
    const topic = await makeTopic(prisma, { slug: "trade" });
    const child = await makeTopic(prisma, { slug: "tariffs", parentId: topic.id });
    const engagement = await makeEngagement(prisma, {
      title: "Trade Talks",
      city: "Abidjan",
      start: "2024",
      participants: [{ actorId: host.id, role: "HOST" }],
      topicIds: [child.id],
    });
    expect({
      start: engagement.startDate,
      precision: engagement.startPrecision,
      spanEnd: engagement.spanEnd,
      searchText: engagement.searchText,
      participants: engagement.participants.map((p) => [p.actorId, p.role, p.position]),
      topics: engagement.topics.map((t) => t.topicId),
    }).toEqual({
      start: new Date("2024-01-01T00:00:00Z"),
      precision: "YEAR",
      spanEnd: new Date("2024-12-31T00:00:00Z"),
      searchText: "trade talks abidjan",
      participants: [[host.id, "HOST", 0]],
      topics: [child.id],
    });
    expect(child.path).toBe("trade/tariffs");
  });

  it("makes actors findable by search vector, and keeps search text in step with new aliases", async () => {
    const actor = await makeActor(prisma, {
      name: "Türkiye",
      identifiers: [{ scheme: "iso3166-1-alpha2", value: "TR" }],
    });
    expect(actor.searchText).toBe("turkiye tr");
    await prisma.actorAlias.create({ data: { actorId: actor.id, name: "Turkey", language: "en" } });
    expect(await refreshActorSearchText(prisma, actor.id)).toBe("turkiye turkey tr");
    const found = await prisma.$queryRaw<{ id: string; version: number }[]>`
      SELECT id, version FROM actor WHERE search_vector @@ to_tsquery('simple', 'turkey:*')`;
    expect(found).toEqual([{ id: actor.id, version: 2 }]);
  });

  it("makes a commitment with exact money parsed from the reported amount and its first history entry", async () => {
    const [giver, receiver] = [await makeActor(prisma), await makeActor(prisma)];
    const commitment = await makeCommitment(prisma, {
      committerId: giver.id,
      beneficiaryId: receiver.id,
      money: "₩1.5 trillion",
      status: "PLEDGED",
      madeOn: "2025-03",
    });
    expect([commitment.amount?.toString(), commitment.currency, commitment.amountAsReported]).toEqual([
      "1500000000000",
      "KRW",
      "₩1.5 trillion",
    ]);
    expect(commitment.history.map((h) => [h.status, h.effectiveOn, h.effectivePrecision])).toEqual([
      ["PLEDGED", new Date("2025-03-01T00:00:00Z"), "MONTH"],
    ]);
    await expect(makeCommitment(prisma, { committerId: giver.id, money: "lots of money" })).rejects.toThrow(
      'cannot read an amount of money from "lots of money"',
    );
  });

  it("makes citations at the offsets of their quote, and refuses a quote that is not in the source", async () => {
    const source = await makeSource(prisma, { content: "Alpha met Beta. Beta ▴ thanked Alpha." });
    const engagement = await makeEngagement(prisma);
    const citation = await makeCitation(prisma, source, { engagementId: engagement.id }, "Beta ▴ thanked");
    expect([citation.startOffset, citation.endOffset, citation.engagementId]).toEqual([16, 30, engagement.id]);
    await expect(makeCitation(prisma, source, { engagementId: engagement.id }, "Gamma")).rejects.toThrow(
      'quote "Gamma" is not in the text',
    );
  });
});
