import { databaseNameOf, describeServer, isUpToDate, type MigrationStatus, readMigrationStatus } from "@accord/db";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";
import {
  type MigrationsDirOption,
  migrationsDirFlags,
  migrationsDirFrom,
  migrationsDirHelp,
} from "./migrations-options";

type StatusOptions = MigrationsDirOption & { schema?: string };

function describeStatus(status: MigrationStatus): string[] {
  const lines: string[] = [];
  const list = (label: string, names: string[]) => names.length && lines.push(`${label}:\n  ${names.join("\n  ")}`);
  if (!status.databaseExists) lines.push("The database does not exist yet (pnpm db:migrate creates it).");
  list("Pending migrations (run pnpm db:migrate)", status.pending);
  list("Failed migrations (repair by hand, then set rolled_back_at in _prisma_migrations)", status.failed);
  list("Migrations edited after they were applied (checksum differs)", status.edited);
  list("Migrations recorded in the database but missing from the migrations folder", status.unknown);
  if (status.schemaDrift) {
    lines.push(
      "Drift: the database differs from schema.prisma (a migration is missing, or the database was changed by hand).",
      `SQL that would bring it to schema.prisma:\n${status.schemaDrift.trimEnd()}`,
    );
  }
  list("Triggers, CHECK constraints or functions that differ from what the migrations create", status.objectDrift);
  return lines;
}

export function registerStatusCommand(program: Command): void {
  program
    .command("status")
    .description(
      "Report pending, failed and edited migrations and drift from schema.prisma; exits 1 unless up to date.",
    )
    .option("--schema <file>", "Prisma schema (default: prisma/schema.prisma)")
    .option(migrationsDirFlags, migrationsDirHelp)
    .action(async (options: StatusOptions) => {
      await withDatabaseUrl(async (databaseUrl) => {
        const status = await readMigrationStatus({
          databaseUrl,
          schemaPath: options.schema,
          migrationsDir: migrationsDirFrom(options),
        });
        const folders = status.folders.length === 1 ? "1 migration" : `${status.folders.length} migrations`;
        console.log(
          `Database ${databaseNameOf(databaseUrl)} on ${describeServer(databaseUrl)}; ${folders} in the folder.`,
        );
        if (status.objectCheckSkipped) {
          console.log(`Triggers, CHECK constraints and functions not compared: ${status.objectCheckSkipped}`);
        }
        if (isUpToDate(status)) {
          console.log("Database is up to date");
          return;
        }
        console.log(describeStatus(status).join("\n"));
        process.exitCode = 1;
      });
    });
}
