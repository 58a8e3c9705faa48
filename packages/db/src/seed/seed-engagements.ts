import type { Db } from "../db";
import { buildEngagement, buildParticipant } from "../fixtures/engagements";
import { buildStatement } from "../fixtures/statements";
import { engagementFacts } from "./facts/engagements";
import { statementFacts } from "./facts/statements";
import { type SeededSource, syncCitations } from "./seed-source";
import { changedFields, idOf, type SeedStats, seedScheme, syncRecord, syncSet } from "./sync";

export type SeedIds = { actors: Map<string, string>; topics: Map<string, string> };

async function syncTopicLinks(
  db: Db,
  stats: SeedStats,
  owner: { engagementId: string } | { statementId: string },
  topicIds: string[],
): Promise<void> {
  const keyOf = (row: { topicId: string }) => row.topicId;
  const wanted = topicIds.map((topicId) => ({ topicId }));
  if ("engagementId" in owner) {
    await syncSet(stats, {
      model: "engagementTopic",
      stored: await db.engagementTopic.findMany({ where: owner }),
      wanted,
      keyOfRow: keyOf,
      keyOfWant: keyOf,
      create: (want) => db.engagementTopic.create({ data: { ...owner, ...want } }),
      remove: (rows) => db.engagementTopic.deleteMany({ where: { ...owner, topicId: { in: rows.map(keyOf) } } }),
    });
  } else {
    await syncSet(stats, {
      model: "statementTopic",
      stored: await db.statementTopic.findMany({ where: owner }),
      wanted,
      keyOfRow: keyOf,
      keyOfWant: keyOf,
      create: (want) => db.statementTopic.create({ data: { ...owner, ...want } }),
      remove: (rows) => db.statementTopic.deleteMany({ where: { ...owner, topicId: { in: rows.map(keyOf) } } }),
    });
  }
}

/** Seeds engagements 1–3 with participants, topics and citations; returns their ids by key. */
export async function seedEngagements(db: Db, stats: SeedStats, ids: SeedIds, source: SeededSource) {
  const engagementIds = new Map<string, string>();
  for (const fact of engagementFacts) {
    const external = { externalScheme: seedScheme, externalValue: `engagement:${fact.key}` };
    const { participants: _participants, topics: _topics, ...columns } = fact;
    const wanted = buildEngagement({
      ...columns,
      parentId: fact.parent ? idOf(engagementIds, "engagement", fact.parent) : null,
      ...external,
    });
    const id = await syncRecord(stats, {
      model: "engagement",
      wanted,
      find: () => db.engagement.findUnique({ where: { externalScheme_externalValue: external } }),
      create: () => db.engagement.create({ data: wanted }),
      update: (engagementId, changes) =>
        db.engagement.update({ where: { id: engagementId }, data: { ...changes, version: { increment: 1 } } }),
    });
    engagementIds.set(fact.key, id);
    const participants = fact.participants.map((p, position) =>
      buildParticipant(
        {
          actorId: idOf(ids.actors, "actor", p.actor),
          role: p.role,
          representsId: p.represents ? idOf(ids.actors, "actor", p.represents) : null,
          titleAsReported: p.titleAsReported ?? null,
        },
        position,
      ),
    );
    await syncSet(stats, {
      model: "participant",
      stored: await db.participant.findMany({ where: { engagementId: id } }),
      wanted: participants,
      keyOfRow: (row) => row.actorId,
      keyOfWant: (want) => want.actorId,
      create: (want) => db.participant.create({ data: { engagementId: id, ...want } }),
      update: async (row, want) => {
        const changes = changedFields(row, want);
        if (changes) await db.participant.update({ where: { id: row.id }, data: changes });
        return changes !== null;
      },
      remove: (rows) => db.participant.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }),
    });
    await syncTopicLinks(
      db,
      stats,
      { engagementId: id },
      fact.topics.map((slug) => idOf(ids.topics, "topic", slug)),
    );
    await syncCitations(db, stats, source, { engagementId: id }, fact.quotes);
  }
  return engagementIds;
}

/** Seeds the statements of engagement 2 with topics, mentions and citations; returns ids by number. */
export async function seedStatements(
  db: Db,
  stats: SeedStats,
  ids: SeedIds & { engagements: Map<string, string> },
  source: SeededSource,
) {
  const statementIds = new Map<string, string>();
  for (const [index, fact] of statementFacts.entries()) {
    const external = { externalScheme: seedScheme, externalValue: `statement:2.${fact.key}` };
    const wanted = buildStatement({
      ...fact,
      engagementId: idOf(ids.engagements, "engagement", "2"),
      speakerId: idOf(ids.actors, "actor", fact.speaker),
      position: index + 1,
      ...external,
    });
    const id = await syncRecord(stats, {
      model: "statement",
      wanted,
      find: () => db.statement.findUnique({ where: { externalScheme_externalValue: external } }),
      create: () => db.statement.create({ data: wanted }),
      update: (statementId, changes) =>
        db.statement.update({ where: { id: statementId }, data: { ...changes, version: { increment: 1 } } }),
    });
    statementIds.set(fact.key, id);
    await syncTopicLinks(
      db,
      stats,
      { statementId: id },
      fact.topics.map((slug) => idOf(ids.topics, "topic", slug)),
    );
    const keyOf = (row: { actorId: string }) => row.actorId;
    await syncSet(stats, {
      model: "statementMention",
      stored: await db.statementMention.findMany({ where: { statementId: id } }),
      wanted: fact.mentions.map((key) => ({ actorId: idOf(ids.actors, "actor", key) })),
      keyOfRow: keyOf,
      keyOfWant: keyOf,
      create: (want) => db.statementMention.create({ data: { statementId: id, ...want } }),
      remove: (rows) =>
        db.statementMention.deleteMany({ where: { statementId: id, actorId: { in: rows.map(keyOf) } } }),
    });
    await syncCitations(db, stats, source, { statementId: id }, [fact.quote]);
  }
  return statementIds;
}
