// `accord import --format fx-rates`: the fixture loads through the CLI, a second run changes nothing, bad
// rows are named by line and field while everything stored stays, and a changed rate is an update.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { importFxRates } from "../src";
import { createImportDatabase, fixtures, type ImportDatabase, runCli, tempDir } from "./support/helpers";

const ratesCsv = join(fixtures, "fx-rates", "rates.csv");
const badCsv = join(fixtures, "fx-rates", "bad-rows.csv");

let db: ImportDatabase;
beforeAll(async () => {
  db = await createImportDatabase();
});
afterAll(async () => {
  await db.close();
});

type StoredRate = { base: string; currency: string; date: string; rate: string };
const stored = () =>
  db.bulk.$queryRawUnsafe<StoredRate[]>(
    `SELECT base, currency, rate_date::text AS date, trim_scale(rate)::text AS rate FROM fx_rate
     ORDER BY base, currency, rate_date`,
  );

describe("import --format fx-rates", () => {
  it("loads the fixture through the CLI, then a second run creates and updates nothing", async () => {
    const first = await runCli(["import", "--format", "fx-rates", ratesCsv], db.url);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toBe("read 11 rates\nfx rates     created 11, updated 0, unchanged 0, rejected 0\n0 errors\n");
    const rows = await stored();
    expect(rows).toHaveLength(11);
    expect(rows).toContainEqual({ base: "EUR", currency: "GBP", date: "2024-12-31", rate: "0.82918" });
    const again = await runCli(["import", "--format", "fx-rates", ratesCsv], db.url);
    expect(again.stdout).toBe("read 11 rates\nfx rates     created 0, updated 0, unchanged 11, rejected 0\n0 errors\n");
    expect(await stored()).toEqual(rows);
  });

  it("names each bad row by line and field, writes the good ones and loses nothing stored", async () => {
    const before = await stored();
    const run = await runCli(["import", "--format", "fx-rates", badCsv], db.url);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("read 12 rates\nfx rates     created 1, updated 0, unchanged 2, rejected 9\n9 errors\n");
    const named = run.stderr
      .trim()
      .split("\n")
      .map((line) => line.replace(badCsv, "bad-rows.csv").replace(/: (not|a rate|the same|expected|CHF).*$/, ""));
    expect(named).toEqual([
      "error: bad-rows.csv:3 currency",
      "error: bad-rows.csv:4 date",
      "error: bad-rows.csv:5 rate",
      "error: bad-rows.csv:6 rate",
      "error: bad-rows.csv:7 base",
      "error: bad-rows.csv:8 base",
      "error: bad-rows.csv:9",
      "error: bad-rows.csv:10 rate",
      "error: bad-rows.csv:11 rate",
    ]);
    expect(run.stderr).toContain(
      'bad-rows.csv:5 rate: not a decimal of at most 18 digits before the point and 12 after, such as 1.0823: "-1.04"',
    );
    expect(run.stderr).toContain("bad-rows.csv:11 rate: CHF against EUR on 2024-12-30 is 0.9400 at line 10");
    const after = await stored();
    expect(after).toHaveLength(before.length + 1);
    expect(after).toEqual(
      expect.arrayContaining([...before, { base: "EUR", currency: "CAD", date: "2024-12-30", rate: "1.4954" }]),
    );
    expect(after.some((rate) => rate.currency === "CHF")).toBe(false);
  });

  it("updates a changed rate and keeps the rates the file does not give; a dry run writes nothing", async () => {
    const file = join(await tempDir(), "changed.csv");
    await writeFile(file, "base,date,currency,rate\nEUR,2024-12-31,USD,1.0390\nEUR,2025-01-02,USD,1.0321\n");
    const count = (await stored()).length;
    const dry = await importFxRates({ file, db: db.bulk, dryRun: true });
    expect(dry.tally).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 0 });
    expect(await stored()).toHaveLength(count);
    const wet = await importFxRates({ file, db: db.bulk });
    expect(wet.tally).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 0 });
    const after = await stored();
    expect(after).toHaveLength(count + 1);
    expect(after).toContainEqual({ base: "EUR", currency: "USD", date: "2024-12-31", rate: "1.039" });
  });

  it("refuses a file whose header does not name the four columns, writing nothing", async () => {
    const file = join(await tempDir(), "header.csv");
    await writeFile(file, "day,currency,rate,base\n2024-12-31,USD,1.04,EUR\n");
    const result = await importFxRates({ file, db: db.bulk });
    expect(result.problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '1 the header has no column "date" (expected date,currency,rate,base)',
      '1 the header names an unknown column "day" (expected date,currency,rate,base)',
    ]);
    expect(result.tally).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
  });
});
