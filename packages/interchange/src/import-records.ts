import {
  type ActorRecord,
  type EngagementRecord,
  externalKey,
  type FxRateRecord,
  type InterchangeRecord,
  type RecordType,
  type SourceRecord,
  type StandaloneCommitmentRecord,
  type TopicRecord,
} from "@accord/domain";
import { loadCatalog } from "./catalog";
import { writeFxRateRecords } from "./fx-rates/write-fx-rate-records";
import type { Located, RecordInput } from "./input/located";
import type { Problem } from "./problems";
import { type Progress, silentProgress } from "./progress";
import type { Skip } from "./skips";
import { locationKey, type Validation, validateInput } from "./validate/validate-input";
import { type BulkDb, oneTransaction } from "./write/bulk-db";
import { type Counts, emptyCounts } from "./write/counts";
import { collectActorLinks, emptyActorLinks, writeActorLinks } from "./write/write-actor-links";
import { type LocatedActor, writeActorBatch } from "./write/write-actors";
import { type LocatedCommitment, writeCommitmentBatch } from "./write/write-commitments";
import { writeDeferredLinks } from "./write/write-deferred";
import { commitEngagementBatch, type LocatedEngagement, prepareEngagementBatch } from "./write/write-engagements";
import { writeSourceBatch } from "./write/write-sources";
import { writeTopics } from "./write/write-topics";

export type ImportResult = {
  counts: Counts;
  problems: Problem[];
  /** Records read from the input (valid and rejected), by type. */
  read: Record<RecordType | "unknown", number>;
  skipped: Skip[];
  /** What the input's finishing step joined to rows already stored (input.finish), in words. */
  finished: string[];
  dryRun: boolean;
  validation: Validation;
};

export type ImportOptions = {
  db: BulkDb;
  input: RecordInput;
  dryRun?: boolean;
  progress?: Progress;
  /** Engagements per transaction. */
  batchSize?: number;
};

/** The valid records of one type, in input order (one pass over the input). */
async function* recordsOf<T extends InterchangeRecord>(
  input: RecordInput,
  type: RecordType,
  rejected: Validation["rejected"],
) {
  for await (const located of input.read() as AsyncIterable<Located>) {
    const record = located.record as InterchangeRecord | undefined;
    if (record?.type !== type || rejected.has(locationKey(located.file, located.line))) continue;
    yield { file: located.file, line: located.line, record: record as T };
  }
}

/**
 * Validates all the input first, then writes it in passes (topics, actors, sources, engagements,
 * standalone commitments, links between records, then exchange rates), each engagement with all that hangs from it in one transaction.
 */
export async function importRecords(options: ImportOptions): Promise<ImportResult> {
  const { db, input } = options;
  const progress = options.progress ?? silentProgress;
  const batchSize = options.batchSize ?? 500;
  await input.prepare?.(db);
  const catalog = await loadCatalog(db);
  progress.start("validating", 0);
  const validation = await validateInput({ db, input, catalog, onRecord: () => progress.tick() });
  progress.stop();
  const readerProblems = (await input.readerProblems?.()) ?? [];
  const skipped = (await input.skipped?.()) ?? [];
  const read = { ...validation.valid, unknown: 0 };
  for (const type of validation.rejected.values()) read[type]++;
  const problems = [...readerProblems, ...validation.problems];
  const counts = emptyCounts();
  countRejected(counts, validation);
  if (options.dryRun) return { counts, problems, read, skipped, finished: [], dryRun: true, validation };

  const topics: TopicRecord[] = [];
  for await (const { record } of recordsOf<TopicRecord>(input, "topic", validation.rejected)) topics.push(record);
  await writeTopics(db, catalog, topics, counts.topic);

  progress.start("actors", validation.valid.actor);
  const writeActors = async (adb: BulkDb) => {
    for (const id of (await input.release?.(adb)) ?? []) catalog.actorByIdentifier.delete(externalKey(id));
    const links = emptyActorLinks();
    let actors: LocatedActor[] = [];
    const flushActors = async () => {
      await writeActorBatch({ db: adb, catalog, batch: actors, tally: counts.actor, problems });
      progress.tick(actors.length);
      actors = [];
    };
    for await (const located of recordsOf<ActorRecord>(input, "actor", validation.rejected)) {
      actors.push(located);
      collectActorLinks(links, located.record);
      if (actors.length >= batchSize) await flushActors();
    }
    await flushActors();
    await writeActorLinks(adb, catalog, links);
    return (await input.settle?.(adb)) ?? [];
  };
  // Identifiers taken from one actor for another are taken, given and followed by their rows together or not at all.
  const settled = input.release
    ? await db.$transaction((tx) => writeActors(oneTransaction(tx, db)))
    : await writeActors(db);
  progress.stop();

  let sources: SourceRecord[] = [];
  for await (const { record } of recordsOf<SourceRecord>(input, "source", validation.rejected)) {
    sources.push(record);
    if (sources.length >= batchSize) {
      await writeSourceBatch(db, catalog, sources, counts.source);
      sources = [];
    }
  }
  await writeSourceBatch(db, catalog, sources, counts.source);

  progress.start("engagements", validation.valid.engagement);
  const engagementIds = new Map<string, string>();
  let batch: LocatedEngagement[] = [];
  // One batch is written while the next is read and prepared (the database and Node work in parallel).
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const prepared = await prepareEngagementBatch({
      db,
      catalog,
      engagementIds,
      batch,
      tally: counts.engagement,
      problems,
    });
    const size = batch.length;
    batch = [];
    await writing;
    writing = commitEngagementBatch(db, prepared).then(() => progress.tick(size));
    writing.catch(() => undefined);
  };
  for await (const located of recordsOf<EngagementRecord>(input, "engagement", validation.rejected)) {
    batch.push(located);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await writing;
  progress.stop();

  let commitments: LocatedCommitment[] = [];
  const flushCommitments = async () => {
    await writeCommitmentBatch({ db, catalog, batch: commitments, tally: counts.commitment, problems });
    commitments = [];
  };
  for await (const located of recordsOf<StandaloneCommitmentRecord>(input, "commitment", validation.rejected)) {
    commitments.push(located);
    if (commitments.length >= batchSize) await flushCommitments();
  }
  await flushCommitments();
  await writeDeferredLinks(db, validation);
  await writeFxRateRecords(db, recordsOf<FxRateRecord>(input, "fxRate", validation.rejected), counts.fxRate);
  const finished = [...settled, ...((await input.finish?.(db)) ?? [])];
  // Bulk inserts leave GIN indexes pending and statistics stale: without this the planner scans tables.
  await analyzeOwnTables(db);
  return { counts, problems, read, skipped, finished, dryRun: false, validation };
}

/** ANALYZE of Accord's own tables (the written ones and those their triggers fill), not the catalogs' shared ones. */
async function analyzeOwnTables(db: BulkDb): Promise<void> {
  const [{ tables }] = await db.$queryRawUnsafe<[{ tables: string | null }]>(
    `SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ') AS tables
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`,
  );
  if (tables) await db.$executeRawUnsafe(`ANALYZE ${tables}`);
}

/** Rejected records counted by type. */
function countRejected(counts: Counts, validation: Validation): void {
  for (const type of validation.rejected.values()) counts[type].rejected++;
}
