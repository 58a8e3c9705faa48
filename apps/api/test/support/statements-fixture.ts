import type { PrismaClient } from "@accord/db";

const article =
  "Secretary General Rutte appreciated the ROK's information sharing. " +
  "Minister Cho said the ROK would provide a $2 billion package, following last year's $400 million.";

/** A small slice of the seed's facts for tests that run before the seed exists on this branch. */
export async function makeStatementsFixture(prisma: PrismaClient) {
  const actor = (name: string, kind: "STATE" | "PERSON" | "INTERNATIONAL_ORGANIZATION" | "ORGANIZATION") =>
    prisma.actor.create({ data: { name, kind } });
  const rok = await actor("Republic of Korea", "STATE");
  const nato = await actor("North Atlantic Treaty Organization", "INTERNATIONAL_ORGANIZATION");
  const ukraine = await actor("Ukraine", "STATE");
  const northKorea = await actor("North Korea", "STATE");
  const rutte = await actor("Mark Rutte", "PERSON");
  const cho = await actor("Cho Tae-yul", "PERSON");
  const journal = await actor("Diplomacy Journal", "ORGANIZATION");
  const security = await prisma.topic.create({ data: { slug: "security", name: "Security", path: "security" } });
  const dprk = await prisma.topic.create({
    data: {
      slug: "russia-dprk-military-cooperation",
      name: "Russia–North Korea military cooperation",
      parentId: security.id,
      path: "security/russia-dprk-military-cooperation",
    },
  });
  const ukraineTopic = await prisma.topic.create({ data: { slug: "ukraine", name: "Ukraine", path: "ukraine" } });
  const meeting = await prisma.engagement.create({
    data: {
      kind: "BILATERAL_MEETING",
      title: "Cho Tae-yul – Mark Rutte meeting",
      startDate: new Date("2025-04-02"),
      spanEnd: new Date("2025-04-02"),
    },
  });
  const statement = async (
    position: number,
    speakerId: string,
    kind: "APPRECIATION" | "DEMAND" | "AGREEMENT" | "PLEDGE" | "WELCOME",
    gist: string,
    topicIds: string[],
    mentionIds: string[] = [],
  ) =>
    prisma.statement.create({
      data: {
        engagementId: meeting.id,
        speakerId,
        kind,
        gist,
        position,
        searchText: gist.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " "),
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
        mentions: { create: mentionIds.map((actorId) => ({ actorId })) },
      },
    });
  const s1 = await statement(1, rutte.id, "WELCOME", "Pleased at Cho's participation.", []);
  const s7 = await statement(
    7,
    rutte.id,
    "APPRECIATION",
    "Appreciates the ROK's information sharing.",
    [dprk.id],
    [rok.id],
  );
  const s9 = await statement(
    9,
    cho.id,
    "DEMAND",
    "Russia–North Korea military cooperation must stop.",
    [dprk.id],
    [northKorea.id],
  );
  const s10 = await statement(
    10,
    rutte.id,
    "AGREEMENT",
    "Russia–North Korea cooperation is a common threat.",
    [dprk.id],
    [northKorea.id],
  );
  const s12 = await statement(
    12,
    cho.id,
    "PLEDGE",
    "A USD 2 billion package for Ukraine's reconstruction.",
    [ukraineTopic.id],
    [ukraine.id],
  );
  const money = (
    description: string,
    amount: string,
    asReported: string,
    status: "ANNOUNCED" | "DELIVERED",
    madeOn: string,
    precision: "DAY" | "YEAR",
  ) =>
    prisma.commitment.create({
      data: {
        committerId: rok.id,
        beneficiaryId: ukraine.id,
        kind: "FINANCIAL",
        description,
        amount,
        currency: "USD",
        amountAsReported: asReported,
        status,
        madeOn: new Date(madeOn),
        madeOnPrecision: precision,
        engagementId: meeting.id,
        statementId: s12.id,
        history: { create: [{ status, effectiveOn: new Date(madeOn), effectivePrecision: precision }] },
      },
    });
  const c2 = await money(
    "Assistance to Ukraine in 2024",
    "400000000",
    "$400 million",
    "DELIVERED",
    "2024-01-01",
    "YEAR",
  );
  const c1 = await money("Reconstruction package", "2000000000", "$2 billion", "ANNOUNCED", "2025-04-02", "DAY");
  await prisma.commitmentLink.create({ data: { fromId: c1.id, toId: c2.id, kind: "FOLLOWS" } });
  const source = await prisma.source.create({
    data: { kind: "NEWS_ARTICLE", title: "Cho meets Rutte", publisherId: journal.id, language: "en", content: article },
  });
  const cite = (quote: string, target: { statementId?: string; commitmentId?: string; engagementId?: string }) => {
    const startOffset = article.indexOf(quote);
    return prisma.citation.create({
      data: { sourceId: source.id, quote, startOffset, endOffset: startOffset + quote.length, ...target },
    });
  };
  await cite("Secretary General Rutte appreciated the ROK's information sharing.", { statementId: s7.id });
  await cite("a $2 billion package", { commitmentId: c1.id });
  await cite("Minister Cho said", { engagementId: meeting.id });
  return {
    rok,
    nato,
    ukraine,
    northKorea,
    rutte,
    cho,
    journal,
    security,
    dprk,
    meeting,
    s1,
    s7,
    s9,
    s10,
    s12,
    c1,
    c2,
    source,
    article,
  };
}
