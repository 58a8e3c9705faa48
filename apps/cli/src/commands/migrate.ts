import { applyMigrations } from "@accord/db";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";

export function registerMigrateCommands(program: Command): void {
  program
    .command("migrate")
    .description("Apply pending migrations (safe to repeat).")
    .action(async () => {
      await withDatabaseUrl(async (databaseUrl) => {
        const applied = await applyMigrations({ databaseUrl });
        console.log(applied.length ? `applied ${applied.length}: ${applied.join(", ")}` : "no pending migrations");
      });
    });
}
