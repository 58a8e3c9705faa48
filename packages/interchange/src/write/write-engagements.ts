import { type EngagementRecord, externalKey } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { contentHash } from "../hash";
import type { Problem } from "../problems";
import type { BulkDb } from "./bulk-db";
import type { Tally } from "./counts";
import { engagementRows } from "./engagement-rows";
import { findByExternalKey } from "./existing-rows";
import { incomingLinks, restoreIncomingLinks } from "./incoming-links";
import { UnwritableRecord } from "./row-refs";
import { commitmentChildTables, emptyRows, type Rows, rewriteColumns, type Table, tables } from "./row-tables";
import { deleteWhereIn, insertRows, type Sql, updateRows } from "./sql";

export type LocatedEngagement = { file: string; line: number; record: EngagementRecord };

/** The ids of the identified statements and commitments of engagements, keyed as RowContext.keptIds. */
async function childIds(sql: Sql, engagementIds: string[]): Promise<Map<string, string>> {
  if (!engagementIds.length) return new Map();
  const rows = await sql.$queryRawUnsafe<{ key: string; id: string }[]>(
    `SELECT 'statement|' || external_scheme || ':' || external_value AS key, id::text FROM statement
     WHERE engagement_id = ANY($1::uuid[]) AND external_scheme IS NOT NULL
     UNION ALL
     SELECT 'commitment|' || external_scheme || ':' || external_value, id::text FROM commitment
     WHERE engagement_id = ANY($1::uuid[]) AND external_scheme IS NOT NULL`,
    engagementIds,
  );
  return new Map(rows.map((r) => [r.key, r.id]));
}

const childTables: Table[] = [
  "participant",
  "engagement_topic",
  "statement",
  "statement_topic",
  "statement_mention",
  "commitment",
  ...commitmentChildTables,
];

/** Removes what hangs from engagements that are rewritten (statements and commitments cascade further). */
async function deleteChildren(sql: Sql, ids: string[]): Promise<void> {
  await deleteWhereIn(sql, "participant", "engagement_id", ids);
  await deleteWhereIn(sql, "engagement_topic", "engagement_id", ids);
  await deleteWhereIn(sql, "citation", "engagement_id", ids);
  await deleteWhereIn(sql, "commitment", "engagement_id", ids);
  await deleteWhereIn(sql, "statement", "engagement_id", ids);
}

export type PreparedBatch = { creates: Rows; updates: Rows };

/**
 * Turns a batch of engagement records into rows: looks up which exist and skips those whose content
 * hash is unchanged. Writes nothing, so the next batch can be prepared while one is being written.
 */
export async function prepareEngagementBatch(options: {
  db: BulkDb;
  catalog: Catalog;
  engagementIds: Map<string, string>;
  batch: LocatedEngagement[];
  tally: Tally;
  problems: Problem[];
}): Promise<PreparedBatch> {
  const { catalog, engagementIds, tally } = options;
  const existing = await findByExternalKey(
    options.db,
    "engagement",
    options.batch.map((b) => externalKey(b.record.id)),
  );
  const creates = emptyRows();
  const updates = emptyRows();
  const recordedAt = new Date();
  const hashed = options.batch.map((b) => ({ ...b, hash: contentHash(b.record) }));
  // Children's ids only of the engagements that will be rewritten: a re-run of an unchanged import reads none.
  const changed = hashed.flatMap((b) => {
    const found = existing.get(externalKey(b.record.id));
    return found && found.hash !== b.hash ? [found.id] : [];
  });
  const keptIds = await childIds(options.db, changed);
  const written = hashed.filter((b) => existing.get(externalKey(b.record.id))?.hash !== b.hash);
  const commitmentKeys = written.flatMap((b) =>
    (b.record.commitments ?? []).flatMap((c) => (c.id ? [externalKey(c.id)] : [])),
  );
  const standalone = await findByExternalKey(options.db, "commitment", commitmentKeys, "engagement_id IS NULL");
  for (const { file, line, record, hash } of hashed) {
    const key = externalKey(record.id);
    const found = existing.get(key);
    if (found) engagementIds.set(key, found.id);
    if (found?.hash === hash) {
      tally.unchanged++;
      continue;
    }
    const id = found?.id ?? uuid();
    const own = emptyRows();
    try {
      engagementRows(record, id, hash, { catalog, engagementIds, recordedAt, keptIds, standalone }, own);
    } catch (error) {
      if (!(error instanceof UnwritableRecord)) throw error;
      options.problems.push({ file, line, record: key, path: error.path, message: error.message, severity: "error" });
      tally.rejected++;
      continue;
    }
    engagementIds.set(key, id);
    const target = found ? updates : creates;
    for (const table of Object.keys(own) as Table[]) target[table].push(...own[table]);
    if (found) tally.updated++;
    else tally.created++;
  }
  return { creates, updates };
}

/** Writes a prepared batch, each engagement with all that hangs from it, in ONE transaction. */
export async function commitEngagementBatch(db: BulkDb, { creates, updates }: PreparedBatch): Promise<void> {
  if (!creates.engagement.length && !updates.engagement.length) return;
  await db.$transaction(
    async (tx) => {
      await insertRows(tx, "engagement", tables.engagement, creates.engagement, { extra: { updated_at: "now()" } });
      await updateRows(tx, "engagement", tables.engagement, updates.engagement, rewriteColumns("engagement"));
      const rewritten = updates.engagement.map((row) => row[0] as string);
      const kept = await incomingLinks(tx, rewritten);
      await deleteChildren(tx, rewritten);
      for (const table of childTables) await insertChildren(tx, table, [...creates[table], ...updates[table]]);
      await restoreIncomingLinks(tx, kept);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

async function insertChildren(sql: Sql, table: Table, rows: Rows[Table]): Promise<void> {
  const stamped = table === "statement" || table === "commitment";
  await insertRows(sql, table, tables[table], rows, stamped ? { extra: { updated_at: "now()" } } : {});
}
