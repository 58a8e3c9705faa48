import { createBulkDb, formatFxRatesSummary, formatProblem, importFxRates } from "@accord/interchange";
import { withDatabaseUrl } from "../database";

/** `accord import --format fx-rates <csv>`: loads exchange rates; problems to stderr, counts to stdout. */
export async function importFxRatesFile(path: string, flags: { dryRun?: boolean }): Promise<void> {
  await withDatabaseUrl(async (databaseUrl, database) => {
    const db = createBulkDb(databaseUrl, { maxConnections: Math.min(2, database.maxConnections) });
    try {
      const result = await importFxRates({ file: path, db, dryRun: flags.dryRun });
      for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      process.stdout.write(`${formatFxRatesSummary(result).join("\n")}\n`);
      if (result.problems.some((p) => p.severity === "error")) process.exitCode = 1;
    } finally {
      await db.end();
    }
  });
}
