import { externalKey, type StandaloneCommitmentRecord } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { contentHash } from "../hash";
import type { Problem } from "../problems";
import type { BulkDb } from "./bulk-db";
import { commitmentRows } from "./commitment-rows";
import type { Tally } from "./counts";
import { findByExternalKey } from "./existing-rows";
import { rowRefs, UnwritableRecord } from "./row-refs";
import { commitmentChildTables, emptyRows, type Rows, rewriteColumns, type Table, tables } from "./row-tables";
import { deleteWhereIn, insertRows, type Sql, updateRows } from "./sql";

export type LocatedCommitment = { file: string; line: number; record: StandaloneCommitmentRecord };

/** What hangs from rewritten commitments (stages take their items and citations along); links are put back after. */
async function deleteChildren(sql: Sql, ids: string[]): Promise<void> {
  for (const table of ["commitment_status_change", "commitment_co_committer", "commitment_stage", "commitment_item"])
    await deleteWhereIn(sql, table, "commitment_id", ids);
  await deleteWhereIn(sql, "citation", "commitment_id", ids);
  await deleteWhereIn(sql, "commitment_link", "from_id", ids);
}

/**
 * Writes a batch of standalone commitment records in one transaction: new ones created, changed ones
 * rewritten in place (their id, and the links other commitments hold to them, kept), unchanged ones skipped.
 */
export async function writeCommitmentBatch(options: {
  db: BulkDb;
  catalog: Catalog;
  batch: LocatedCommitment[];
  tally: Tally;
  problems: Problem[];
}): Promise<void> {
  const { catalog, tally } = options;
  const existing = await findByExternalKey(
    options.db,
    "commitment",
    options.batch.map((b) => externalKey(b.record.id)),
  );
  const creates = emptyRows();
  const updates = emptyRows();
  const recordedAt = new Date();
  for (const { file, line, record } of options.batch) {
    const key = externalKey(record.id);
    const hash = contentHash(record);
    const found = existing.get(key);
    if (found?.hash === hash) {
      tally.unchanged++;
      continue;
    }
    const own = emptyRows();
    const place = { id: found?.id ?? uuid(), engagementId: null, statementId: null, hash, at: "", recordedAt };
    try {
      commitmentRows(record, place, rowRefs(catalog, own), own);
    } catch (error) {
      if (!(error instanceof UnwritableRecord)) throw error;
      options.problems.push({ file, line, record: key, path: error.path, message: error.message, severity: "error" });
      tally.rejected++;
      continue;
    }
    const target = found ? updates : creates;
    for (const table of Object.keys(own) as Table[]) target[table].push(...own[table]);
    if (found) tally.updated++;
    else tally.created++;
  }
  await commitRows(options.db, creates, updates);
}

async function commitRows(db: BulkDb, creates: Rows, updates: Rows): Promise<void> {
  if (!creates.commitment.length && !updates.commitment.length) return;
  await db.$transaction(
    async (tx) => {
      const stamp = { extra: { updated_at: "now()" } };
      await insertRows(tx, "commitment", tables.commitment, creates.commitment, stamp);
      await updateRows(tx, "commitment", tables.commitment, updates.commitment, rewriteColumns("commitment"));
      await deleteChildren(
        tx,
        updates.commitment.map((row) => row[0] as string),
      );
      for (const table of commitmentChildTables)
        await insertRows(tx, table, tables[table], [...creates[table], ...updates[table]]);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}
