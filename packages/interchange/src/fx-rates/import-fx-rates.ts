import { basename } from "node:path";
import type { Problem } from "../problems";
import type { BulkDb, Sql } from "../write/bulk-db";
import type { Tally } from "../write/counts";
import { type FxRateWrite, readFxRatesCsv } from "./fx-rates-csv";

export type FxRatesImport = { file: string; db: BulkDb; dryRun?: boolean };
export type FxRatesResult = { read: number; tally: Tally; problems: Problem[]; dryRun: boolean };

const batchSize = 5000;

class DryRunRollback extends Error {}

/**
 * Writes the rows in batches: a new (base, currency, date) is created, another rate for one already
 * stored updates it, the same rate leaves it. Nothing is deleted: rates absent from the input stay.
 */
export async function writeRates(tx: Sql, rows: FxRateWrite[]): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const written = await tx.$queryRawUnsafe<{ created: boolean }[]>(
      `INSERT INTO fx_rate (base, currency, rate_date, rate, loaded_from)
       SELECT b, c, d, r, f FROM unnest($1::text[], $2::text[], $3::date[], $4::numeric[], $5::text[]) AS t(b, c, d, r, f)
       ON CONFLICT (base, currency, rate_date) DO UPDATE
         SET rate = EXCLUDED.rate, loaded_from = EXCLUDED.loaded_from, loaded_at = now()
         WHERE fx_rate.rate <> EXCLUDED.rate
       RETURNING xmax = 0 AS created`,
      batch.map((r) => r.base),
      batch.map((r) => r.currency),
      batch.map((r) => r.date),
      batch.map((r) => r.rate),
      batch.map((r) => r.loadedFrom),
    );
    for (const row of written) row.created ? created++ : updated++;
  }
  return { created, updated };
}

/**
 * Loads a rates file (`accord import --format fx-rates`): every row checked first, bad ones rejected by
 * line and field, the good ones written in one transaction (a dry run writes them and rolls back, so its
 * counts are the real ones). Safe to re-run: a second run creates and updates nothing.
 */
export async function importFxRates({ file, db, dryRun = false }: FxRatesImport): Promise<FxRatesResult> {
  const { rows, read, problems } = await readFxRatesCsv(file);
  const rejected = new Set(problems.filter((p) => p.severity === "error").map((p) => p.line)).size;
  let written = { created: 0, updated: 0 };
  try {
    await db.$transaction(async (tx) => {
      written = await writeRates(
        tx,
        rows.map((r) => ({ ...r, loadedFrom: basename(file) })),
      );
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  // A bad header rejects the file before any row is read.
  const rejectedRows = read === 0 ? 0 : rejected;
  const unchanged = read - rejectedRows - written.created - written.updated;
  return { read, tally: { ...written, unchanged, rejected: rejectedRows }, problems, dryRun };
}

/** The import's summary lines. */
export function formatFxRatesSummary(result: FxRatesResult): string[] {
  const { created, updated, unchanged, rejected } = result.tally;
  const errors = result.problems.filter((p) => p.severity === "error").length;
  return [
    `${result.dryRun ? "dry run: nothing written; " : ""}read ${result.read} rates`,
    `fx rates     created ${created}, updated ${updated}, unchanged ${unchanged}, rejected ${rejected}`,
    `${errors} errors`,
  ];
}
