import { applyMigrations, createDatabase, databaseNameOf, describeServer, probeDatabase } from "@accord/db";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";
import { registerMigrateCreateCommand } from "./migrate-create";
import {
  type MigrationsDirOption,
  migrationsDirFlags,
  migrationsDirFrom,
  migrationsDirHelp,
} from "./migrations-options";
import { registerStatusCommand } from "./status";

export function registerMigrateCommands(program: Command): void {
  program
    .command("migrate")
    .description("Apply pending migrations (safe to repeat); creates the database if it does not exist.")
    .option(migrationsDirFlags, migrationsDirHelp)
    .action(async (options: MigrationsDirOption) => {
      await withDatabaseUrl(async (databaseUrl) => {
        const where = `database ${databaseNameOf(databaseUrl)} on ${describeServer(databaseUrl)}`;
        // A plain connection first, so a server that is not there fails in seconds with its address.
        if ((await probeDatabase(databaseUrl)) === "missing") {
          await createDatabase(databaseUrl).catch((error: Error) => {
            throw new Error(`${where} does not exist and could not be created: ${error.message}`);
          });
          console.log(`created ${where}`);
        }
        const applied = await applyMigrations({
          databaseUrl,
          migrationsDir: migrationsDirFrom(options),
          onStart: (name) => console.log(`applying ${name}…`),
          onApplied: (name, ms) => console.log(`applied ${name} (${ms} ms)`),
        });
        const count = applied.length === 1 ? "1 migration" : `${applied.length} migrations`;
        console.log(applied.length ? `${count} applied to ${where}` : `no pending migrations in ${where}`);
      });
    });
  registerMigrateCreateCommand(program);
  registerStatusCommand(program);
}
