import {
  makeActor,
  makeCitation,
  makeCommitment,
  makeEngagement,
  makeSource,
  makeStatement,
  makeTopic,
  type PrismaClient,
} from "@accord/db";
import type { StatementKind } from "@accord/domain";

const article =
  "Secretary General Rutte appreciated the ROK's information sharing. " +
  "Minister Cho said the ROK would provide a $2 billion package, following last year's $400 million.";

/** A small slice of the seed's facts with edge cases the seed lacks, built from the shared fixture factories. */
export async function makeStatementsFixture(db: PrismaClient) {
  const rok = await makeActor(db, { kind: "STATE", name: "Republic of Korea" });
  const ukraine = await makeActor(db, { kind: "STATE", name: "Ukraine" });
  const northKorea = await makeActor(db, { kind: "STATE", name: "North Korea" });
  const rutte = await makeActor(db, { kind: "PERSON", name: "Mark Rutte" });
  const cho = await makeActor(db, { kind: "PERSON", name: "Cho Tae-yul" });
  const journal = await makeActor(db, { kind: "ORGANIZATION", name: "Diplomacy Journal" });
  const security = await makeTopic(db, { slug: "security", name: "Security" });
  const dprk = await makeTopic(db, {
    slug: "russia-dprk-military-cooperation",
    name: "Russia–North Korea military cooperation",
    parentId: security.id,
  });
  const ukraineTopic = await makeTopic(db, { slug: "ukraine", name: "Ukraine" });
  const meeting = await makeEngagement(db, {
    kind: "BILATERAL_MEETING",
    title: "Cho Tae-yul – Mark Rutte meeting",
    start: "2025-04-02",
  });
  const statement = (
    position: number,
    speakerId: string,
    kind: StatementKind,
    gist: string,
    topicIds: string[],
    mentionIds: string[] = [],
  ) => makeStatement(db, { engagementId: meeting.id, speakerId, kind, gist, position, topicIds, mentionIds });
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
  const aid = {
    committerId: rok.id,
    beneficiaryId: ukraine.id,
    kind: "FINANCIAL",
    engagementId: meeting.id,
    statementId: s12.id,
  } as const;
  const c2 = await makeCommitment(db, {
    ...aid,
    description: "Assistance to Ukraine in 2024",
    money: "$400 million",
    status: "DELIVERED",
    madeOn: "2024",
  });
  const c1 = await makeCommitment(db, {
    ...aid,
    description: "Reconstruction package",
    money: "$2 billion",
    status: "ANNOUNCED",
    madeOn: "2025-04-02",
  });
  await db.commitmentLink.create({ data: { fromId: c1.id, toId: c2.id, kind: "FOLLOWS" } });
  const source = await makeSource(db, {
    title: "Cho meets Rutte",
    publisherId: journal.id,
    language: "en",
    content: article,
  });
  const sourceText = { id: source.id, content: article };
  await makeCitation(
    db,
    sourceText,
    { statementId: s7.id },
    "Secretary General Rutte appreciated the ROK's information sharing.",
  );
  await makeCitation(db, sourceText, { commitmentId: c1.id }, "a $2 billion package");
  await makeCitation(db, sourceText, { engagementId: meeting.id }, "Minister Cho said");
  return {
    rok,
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
