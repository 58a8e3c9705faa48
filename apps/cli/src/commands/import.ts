import {
  createBulkDb,
  createProgress,
  formatProblem,
  formatSummary,
  importRecords,
  openHistoryStateTravels,
  openHistoryStateVisits,
  openInterchangeInput,
  silentProgress,
} from "@accord/interchange";
import { type Command, Option } from "commander";
import { withDatabaseUrl } from "../database";
import { importFxRatesFile } from "./import-fx-rates";

const readers = {
  interchange: openInterchangeInput,
  "history-state-travels": openHistoryStateTravels,
  "history-state-visits": openHistoryStateVisits,
};

// Exchange rates are not records: a table of their own, loaded by import-fx-rates.ts.
const formats = [...Object.keys(readers), "fx-rates"];

type ImportFlags = {
  dryRun?: boolean;
  format: keyof typeof readers | "fx-rates";
  batchSize: string;
  progress: boolean;
};

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("Import a file or folder: validates everything first, then writes; safe to re-run.")
    .argument("<path>", "a file or a folder of files")
    .option("--dry-run", "validate and report, write nothing")
    .addOption(new Option("--format <format>", "input format").choices(formats).default("interchange"))
    .option("--batch-size <n>", "engagements per transaction", "500")
    .option("--no-progress", "no progress output")
    .action(async (path: string, flags: ImportFlags) => {
      const format = flags.format;
      if (format === "fx-rates") return importFxRatesFile(path, flags);
      await withDatabaseUrl(async (databaseUrl, database) => {
        const db = createBulkDb(databaseUrl, { maxConnections: Math.min(2, database.maxConnections) });
        try {
          const input = await readers[format](path);
          const result = await importRecords({
            db,
            input,
            dryRun: flags.dryRun,
            batchSize: Number(flags.batchSize),
            progress: flags.progress ? createProgress() : silentProgress,
          });
          for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
          const summary = formatSummary(result).join("\n");
          const errors = result.problems.filter((p) => p.severity === "error").length;
          const warnings = result.problems.length - errors;
          if (result.dryRun) {
            const v = result.validation.valid;
            process.stdout.write(
              `dry run: nothing written; valid: ${v.topic} topics, ${v.actor} actors, ${v.source} sources, ${v.engagement} engagements; ` +
                `rejected ${result.validation.rejected.size}; ${errors} errors, ${warnings} warnings\n${summary}\n`,
            );
          } else {
            process.stdout.write(`${summary}\n${errors} errors, ${warnings} warnings\n`);
          }
          if (errors) process.exitCode = 1;
        } finally {
          await db.end();
        }
      });
    });
}
