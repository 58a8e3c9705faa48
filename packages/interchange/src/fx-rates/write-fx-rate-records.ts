import { basename } from "node:path";
import type { FxRateRecord } from "@accord/domain";
import type { BulkDb } from "../write/bulk-db";
import type { Tally } from "../write/counts";
import type { FxRateWrite } from "./fx-rates-csv";
import { writeRates } from "./import-fx-rates";

/**
 * Writes `fxRate` records by the rules of `import --format fx-rates` (a new rate is created, another rate
 * for a stored (base, currency, date) updates it, the same rate is unchanged); a record without
 * `loadedFrom` names its own input file.
 */
export async function writeFxRateRecords(
  db: BulkDb,
  records: AsyncIterable<{ file: string; record: FxRateRecord }>,
  tally: Tally,
): Promise<void> {
  const rows: FxRateWrite[] = [];
  for await (const { file, record } of records)
    rows.push({
      base: record.base,
      currency: record.currency,
      date: record.date,
      rate: record.rate,
      loadedFrom: record.loadedFrom ?? basename(file),
    });
  if (!rows.length) return;
  const written = await db.$transaction((tx) => writeRates(tx, rows));
  tally.created += written.created;
  tally.updated += written.updated;
  tally.unchanged += rows.length - written.created - written.updated;
}
