// The rates table in the interchange format: `fxRate` records round-trip through export and import (a
// second import changes nothing), a changed rate is an update, a bad record is named by field.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { importFxRates, openInterchangeInput } from "../src";
import { createImportDatabase, exportText, fixtures, type ImportDatabase, runImport, tempDir } from "./support/helpers";

const databases: ImportDatabase[] = [];
afterAll(async () => {
  for (const db of databases) await db.close();
});
async function database(): Promise<ImportDatabase> {
  const db = await createImportDatabase();
  databases.push(db);
  return db;
}
async function importText(db: ImportDatabase, text: string, name = "records.ndjson") {
  const path = join(await tempDir(), name);
  await writeFile(path, text);
  return runImport(db.bulk, await openInterchangeInput(path));
}
const rateLines = (text: string) => text.split("\n").filter((line) => line.startsWith('{"type":"fxRate"'));

describe("fxRate records", () => {
  it("export the rates table; an empty database imports them and exports the same bytes; again changes nothing", async () => {
    const loaded = await database();
    await importFxRates({ file: join(fixtures, "fx-rates", "rates.csv"), db: loaded.bulk });
    const text = await exportText(loaded);
    expect(rateLines(text)).toHaveLength(11);
    expect(rateLines(text)[0]).toBe(
      '{"type":"fxRate","base":"EUR","currency":"GBP","date":"2024-12-31","rate":"0.82918","loadedFrom":"rates.csv"}',
    );

    const empty = await database();
    const first = await importText(empty, text);
    expect(first.problems).toEqual([]);
    expect(first.read.fxRate).toBe(11);
    expect(first.counts.fxRate).toEqual({ created: 11, updated: 0, unchanged: 0, rejected: 0 });
    expect(await exportText(empty)).toBe(text);
    const again = await importText(empty, text);
    expect(again.counts.fxRate).toEqual({ created: 0, updated: 0, unchanged: 11, rejected: 0 });
    expect(await exportText(empty)).toBe(text);
  });

  it("updates a changed rate, names its own file when the record gives none, and refuses bad records by field", async () => {
    const db = await database();
    const rate = (fields: Record<string, string>) =>
      JSON.stringify({ type: "fxRate", base: "EUR", currency: "USD", date: "2025-01-02", rate: "1.03", ...fields });
    await importText(db, `${rate({ loadedFrom: "ecb.csv" })}\n`);
    const result = await importText(
      db,
      [
        rate({ rate: "1.0321" }),
        rate({ date: "2025-01-03", rate: "0" }),
        rate({ date: "2025-02-30" }),
        rate({ date: "2025-01-06", currency: "EUR" }),
        rate({ date: "2025-01-07", rate: "1.0321" }),
        rate({ date: "2025-01-07", rate: "1.04" }),
      ].join("\n"),
      "later.ndjson",
    );
    expect(result.counts.fxRate).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 4 });
    expect(result.problems.map((p) => `${p.line} ${p.record} ${p.path}: ${p.message}`)).toEqual([
      '2 fxRate:EUR USD 2025-01-03 /rate: a rate must be above zero: "0"',
      '3 fxRate:EUR USD 2025-02-30 /date: not a calendar date written YYYY-MM-DD: "2025-02-30"',
      '4 fxRate:EUR EUR 2025-01-06 /base: the same currency as the rate\'s: "EUR"',
      `6 fxRate:EUR USD 2025-01-07 /date: EUR USD 2025-01-07 is already defined at ${result.problems[3]?.file}:5`,
    ]);
    const stored = await db.bulk.$queryRawUnsafe<{ d: string; rate: string; loaded_from: string }[]>(
      "SELECT rate_date::text AS d, trim_scale(rate)::text AS rate, loaded_from FROM fx_rate ORDER BY rate_date",
    );
    expect(stored).toEqual([
      { d: "2025-01-02", rate: "1.0321", loaded_from: "later.ndjson" },
      { d: "2025-01-07", rate: "1.0321", loaded_from: "later.ndjson" },
    ]);
  });
});
