import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../db";
import { buildCitation, buildSource, type CitationTarget } from "../fixtures/sources";
import { sourceFact } from "./facts/source";
import { idOf, type SeedStats, seedScheme, syncRecord, syncSet } from "./sync";

/** The article the seed is read from, kept in the package so a fresh clone can seed. */
export const seedArticlePath = join(__dirname, "../../seed/article.txt");

export function readSeedArticle(): string {
  return readFileSync(seedArticlePath, "utf8");
}

export type SeededSource = { id: string; content: string };

/** Seeds the article with its full text, publisher and author. */
export async function seedSource(db: Db, stats: SeedStats, actorIds: Map<string, string>): Promise<SeededSource> {
  const content = readSeedArticle();
  const external = { externalScheme: seedScheme, externalValue: `source:${sourceFact.key}` };
  const wanted = buildSource({
    ...sourceFact,
    publisherId: idOf(actorIds, "actor", sourceFact.publisher),
    content,
    ...external,
  });
  const id = await syncRecord(stats, {
    model: "source",
    wanted,
    find: () => db.source.findUnique({ where: { externalScheme_externalValue: external } }),
    create: () => db.source.create({ data: wanted }),
    update: (sourceId, changes) =>
      db.source.update({ where: { id: sourceId }, data: { ...changes, version: { increment: 1 } } }),
  });
  const authors = sourceFact.authors.map((key, position) => ({ actorId: idOf(actorIds, "actor", key), position }));
  await syncSet(stats, {
    model: "sourceAuthor",
    stored: await db.sourceAuthor.findMany({ where: { sourceId: id } }),
    wanted: authors,
    keyOfRow: (row) => `${row.actorId}|${row.position}`,
    keyOfWant: (want) => `${want.actorId}|${want.position}`,
    create: (want) => db.sourceAuthor.create({ data: { sourceId: id, ...want } }),
    remove: (rows) =>
      db.sourceAuthor.deleteMany({ where: { sourceId: id, actorId: { in: rows.map((row) => row.actorId) } } }),
  });
  return { id, content };
}

/** Brings the citations of one record in the seed source to exactly the given quotes. */
export async function syncCitations(
  db: Db,
  stats: SeedStats,
  source: SeededSource,
  target: CitationTarget,
  quotes: string[],
): Promise<void> {
  await syncSet(stats, {
    model: "citation",
    stored: await db.citation.findMany({ where: { sourceId: source.id, ...target } }),
    wanted: quotes.map((quote) => buildCitation(source, target, quote)),
    keyOfRow: (row) => `${row.startOffset}:${row.endOffset}:${row.quote}`,
    keyOfWant: (want) => `${want.startOffset}:${want.endOffset}:${want.quote}`,
    create: (want) => db.citation.create({ data: want }),
    remove: (rows) => db.citation.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }),
  });
}
