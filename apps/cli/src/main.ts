#!/usr/bin/env node
import { Command } from "commander";
import { registerActorsCommands } from "./commands/actors";
import { registerExportCommand } from "./commands/export";
import { registerGenerateCommand } from "./commands/generate";
import { registerImportCommand } from "./commands/import";
import { registerMigrateCommands } from "./commands/migrate";
import { registerSeedCommand } from "./commands/seed";
import { registerTokenCommands } from "./commands/token";

const program = new Command()
  .name("accord")
  .description("Accord's command-line tool. Uses DATABASE_URL, or the embedded database when it is unset.");

registerMigrateCommands(program);
registerSeedCommand(program);
registerImportCommand(program);
registerExportCommand(program);
registerGenerateCommand(program);
registerTokenCommands(program);
registerActorsCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`accord: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
