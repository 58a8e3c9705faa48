import { parseEdtf, precisionOf, spanOf } from "@accord/domain";
import type { Db } from "../db";
import { buildActor } from "../fixtures/actors";
import { topicPath } from "../fixtures/topics";
import { actorFacts } from "./facts/actors";
import { tenureFacts } from "./facts/offices";
import { topicFacts } from "./facts/topics";
import { idOf, type SeedStats, seedScheme, syncRecord, syncSet } from "./sync";

/** Seeds the actors with their aliases and identifiers; returns their ids by seed key. */
export async function seedActors(db: Db, stats: SeedStats): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const fact of actorFacts) {
    const identifiers = [...fact.identifiers, { scheme: seedScheme, value: `actor:${fact.key}` }];
    const parentId = fact.parent ? idOf(ids, "actor", fact.parent) : null;
    const wanted = buildActor({ ...fact, parentId, identifiers });
    const id = await syncRecord(stats, {
      model: "actor",
      wanted,
      find: async () =>
        (
          await db.actorIdentifier.findUnique({
            where: { scheme_value: { scheme: seedScheme, value: `actor:${fact.key}` } },
            include: { actor: true },
          })
        )?.actor ?? null,
      create: () => db.actor.create({ data: wanted }),
      update: (actorId, changes) =>
        db.actor.update({ where: { id: actorId }, data: { ...changes, version: { increment: 1 } } }),
    });
    ids.set(fact.key, id);
    await syncSet(stats, {
      model: "actorAlias",
      stored: await db.actorAlias.findMany({ where: { actorId: id } }),
      wanted: fact.aliases,
      keyOfRow: (row) => `${row.name}|${row.language ?? ""}`,
      keyOfWant: (want) => `${want.name}|${want.language ?? ""}`,
      create: (want) =>
        db.actorAlias.create({ data: { actorId: id, name: want.name, language: want.language ?? null } }),
      remove: (rows) => db.actorAlias.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }),
    });
    await syncSet(stats, {
      model: "actorIdentifier",
      stored: await db.actorIdentifier.findMany({ where: { actorId: id } }),
      wanted: identifiers,
      keyOfRow: (row) => `${row.scheme}|${row.value}`,
      keyOfWant: (want) => `${want.scheme}|${want.value}`,
      create: (want) => db.actorIdentifier.create({ data: { actorId: id, ...want } }),
      remove: (rows) => db.actorIdentifier.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }),
    });
  }
  return ids;
}

/** Seeds the topic tree; returns topic ids by slug. */
export async function seedTopics(db: Db, stats: SeedStats): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const paths = new Map<string, string>();
  for (const fact of topicFacts) {
    const parentPath = fact.parent ? paths.get(fact.parent) : undefined;
    if (fact.parent && !parentPath)
      throw new Error(`seed: topic "${fact.slug}" comes before its parent "${fact.parent}"`);
    const wanted = {
      slug: fact.slug,
      name: fact.name,
      parentId: fact.parent ? idOf(ids, "topic", fact.parent) : null,
      path: topicPath(fact.slug, parentPath),
    };
    const id = await syncRecord(stats, {
      model: "topic",
      wanted,
      find: () => db.topic.findUnique({ where: { slug: fact.slug } }),
      create: () => db.topic.create({ data: wanted }),
      update: (topicId, changes) => db.topic.update({ where: { id: topicId }, data: changes }),
    });
    ids.set(fact.slug, id);
    paths.set(fact.slug, wanted.path);
  }
  return ids;
}

/** A seed fact's EDTF date as stored: first day, precision and its qualifiers. */
function storedEdtf(text: string) {
  const date = parseEdtf(text);
  return {
    date: spanOf(date).first,
    precision: precisionOf(date),
    inferred: date.inferred,
    approximate: date.approximate,
  };
}

/** Seeds the offices and who held them. */
export async function seedTenures(db: Db, stats: SeedStats, actorIds: Map<string, string>): Promise<void> {
  for (const fact of tenureFacts) {
    const office = { jurisdictionId: idOf(actorIds, "actor", fact.office.jurisdiction), name: fact.office.name };
    const officeId = await syncRecord(stats, {
      model: "office",
      wanted: { ...office, description: fact.office.description ?? null },
      find: () => db.office.findUnique({ where: { jurisdictionId_name: office } }),
      create: () => db.office.create({ data: { ...office, description: fact.office.description ?? null } }),
      update: (id, changes) => db.office.update({ where: { id }, data: changes }),
    });
    const start = fact.start ? storedEdtf(fact.start) : null;
    const end = fact.end ? storedEdtf(fact.end) : null;
    const external = { externalScheme: seedScheme, externalValue: `tenure:${fact.key}` };
    const wanted = {
      officeId,
      holderId: idOf(actorIds, "actor", fact.holder),
      startDate: start?.date ?? null,
      startPrecision: start?.precision ?? null,
      startInferred: start?.inferred ?? false,
      startApproximate: start?.approximate ?? false,
      endDate: end?.date ?? null,
      endPrecision: end?.precision ?? null,
      endInferred: end?.inferred ?? false,
      endApproximate: end?.approximate ?? false,
      ...external,
    };
    await syncRecord(stats, {
      model: "tenure",
      wanted,
      find: () => db.tenure.findUnique({ where: { externalScheme_externalValue: external } }),
      create: () => db.tenure.create({ data: wanted }),
      update: (id, changes) => db.tenure.update({ where: { id }, data: changes }),
    });
  }
}
