import { stagesFromHistory } from "@accord/domain";
import type { Db } from "../db";
import { storedDateOf } from "../derived";
import { buildCommitment } from "../fixtures/commitments";
import { commitmentFacts } from "./facts/commitments";
import type { SeedIds } from "./seed-engagements";
import { type SeededSource, syncCitations } from "./seed-source";
import { changedFields, idOf, type SeedStats, seedScheme, syncRecord, syncSet } from "./sync";

type Ids = SeedIds & { engagements: Map<string, string>; statements: Map<string, string> };

/** Seeds commitments C1–C5 with their status history, citations and links. */
export async function seedCommitments(db: Db, stats: SeedStats, ids: Ids, source: SeededSource): Promise<void> {
  const commitmentIds = new Map<string, string>();
  for (const fact of commitmentFacts) {
    const external = { externalScheme: seedScheme, externalValue: `commitment:${fact.key}` };
    const wanted = buildCommitment({
      ...fact,
      committerId: idOf(ids.actors, "actor", fact.committer),
      beneficiaryId: fact.beneficiary ? idOf(ids.actors, "actor", fact.beneficiary) : null,
      engagementId: idOf(ids.engagements, "engagement", fact.engagement),
      statementId: idOf(ids.statements, "statement", fact.statement),
      ...external,
    });
    const id = await syncRecord(stats, {
      model: "commitment",
      wanted,
      find: () => db.commitment.findUnique({ where: { externalScheme_externalValue: external } }),
      create: () => db.commitment.create({ data: wanted }),
      update: (commitmentId, changes) =>
        db.commitment.update({ where: { id: commitmentId }, data: { ...changes, version: { increment: 1 } } }),
    });
    commitmentIds.set(fact.key, id);
    const history = fact.history.map((entry) => {
      const effective = storedDateOf(entry.effectiveOn);
      return {
        status: entry.status,
        effectiveOn: effective.date,
        effectivePrecision: effective.precision,
        note: entry.note,
      };
    });
    await syncSet(stats, {
      model: "commitmentStatusChange",
      stored: await db.commitmentStatusChange.findMany({ where: { commitmentId: id } }),
      wanted: history,
      keyOfRow: (row) => `${row.status}|${row.effectiveOn?.toISOString()}`,
      keyOfWant: (want) => `${want.status}|${want.effectiveOn.toISOString()}`,
      create: (want) => db.commitmentStatusChange.create({ data: { commitmentId: id, ...want } }),
      update: async (row, want) => {
        const changes = changedFields(row, want);
        if (changes) await db.commitmentStatusChange.update({ where: { id: row.id }, data: changes });
        return changes !== null;
      },
      remove: (rows) => db.commitmentStatusChange.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }),
    });
    await syncStages(db, stats, id, wanted, fact);
    const coCommitters = (fact.coCommitters ?? []).map((key, position) => ({
      actorId: idOf(ids.actors, "actor", key),
      position,
    }));
    await syncSet(stats, {
      model: "commitmentCoCommitter",
      stored: await db.commitmentCoCommitter.findMany({ where: { commitmentId: id } }),
      wanted: coCommitters,
      keyOfRow: (row) => `${row.actorId}|${row.position}`,
      keyOfWant: (want) => `${want.actorId}|${want.position}`,
      create: (want) => db.commitmentCoCommitter.create({ data: { commitmentId: id, ...want } }),
      remove: (rows) =>
        db.commitmentCoCommitter.deleteMany({
          where: { commitmentId: id, actorId: { in: rows.map((row) => row.actorId) } },
        }),
    });
    await syncCitations(db, stats, source, { commitmentId: id }, [fact.quote]);
  }
  for (const fact of commitmentFacts) {
    const fromId = idOf(commitmentIds, "commitment", fact.key);
    const keyOf = (link: { toId: string; kind: string }) => `${link.kind}|${link.toId}`;
    await syncSet(stats, {
      model: "commitmentLink",
      stored: await db.commitmentLink.findMany({ where: { fromId } }),
      wanted: fact.links.map((link) => ({ kind: link.kind, toId: idOf(commitmentIds, "commitment", link.to) })),
      keyOfRow: keyOf,
      keyOfWant: keyOf,
      create: (want) => db.commitmentLink.create({ data: { fromId, ...want } }),
      remove: (rows) =>
        db.commitmentLink.deleteMany({
          where: { OR: rows.map((row) => ({ fromId, toId: row.toId, kind: row.kind })) },
        }),
    });
  }
}

/** The commitment's stages, from its status history and amount by the one rule every writer uses. */
async function syncStages(
  db: Db,
  stats: SeedStats,
  commitmentId: string,
  commitment: ReturnType<typeof buildCommitment>,
  fact: (typeof commitmentFacts)[number],
): Promise<void> {
  const money = { ...commitment, amount: commitment.amount?.toString() ?? null };
  const wanted = stagesFromHistory({ ...money, madeOn: fact.madeOn }, fact.history).map((stage, position) => {
    const occurred = stage.occurredOn ? storedDateOf(stage.occurredOn) : null;
    return {
      position,
      kind: stage.kind,
      amount: stage.amount,
      currency: stage.currency,
      amountAsReported: stage.amountAsReported,
      occurredOn: occurred?.date ?? null,
      occurredOnPrecision: occurred?.precision ?? null,
      occurredOnInferred: occurred !== null && fact.madeOnInferred,
      note: stage.note,
    };
  });
  await syncSet(stats, {
    model: "commitmentStage",
    stored: await db.commitmentStage.findMany({ where: { commitmentId } }),
    wanted,
    keyOfRow: (row) => String(row.position),
    keyOfWant: (want) => String(want.position),
    create: (want) => db.commitmentStage.create({ data: { commitmentId, ...want } }),
    update: async (row, want) => {
      const changes = changedFields(row, want);
      if (changes) await db.commitmentStage.update({ where: { id: row.id }, data: changes });
      return changes !== null;
    },
    remove: (rows) => db.commitmentStage.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }),
  });
}
