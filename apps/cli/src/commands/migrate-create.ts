import path from "node:path";
import { createMigration } from "@accord/db";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";
import {
  type MigrationsDirOption,
  migrationsDirFlags,
  migrationsDirFrom,
  migrationsDirHelp,
} from "./migrations-options";

type MigrateCreateOptions = MigrationsDirOption & { schema?: string };

export function registerMigrateCreateCommand(program: Command): void {
  program
    .command("migrate:create")
    .description(
      "Write the next migration from the changes in schema.prisma (works in a scratch database on DATABASE_URL's server).",
    )
    .argument("<name>", "what the migration does, e.g. add_office_term")
    .option("--schema <file>", "Prisma schema (default: prisma/schema.prisma)")
    .option(migrationsDirFlags, migrationsDirHelp)
    .action(async (name: string, options: MigrateCreateOptions) => {
      await withDatabaseUrl(async (databaseUrl) => {
        const created = await createMigration({
          databaseUrl,
          name,
          schemaPath: options.schema,
          migrationsDir: migrationsDirFrom(options),
        });
        if (!created) {
          console.log("no changes: the migrations already give exactly schema.prisma");
          return;
        }
        const relative = path.relative(process.cwd(), created.file);
        const shown = relative.startsWith("..") ? created.file : relative;
        console.log(`wrote ${shown}:\n\n${created.sql.trimEnd()}`);
      });
    });
}
