import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createPrismaClient } from "@accord/db";
import { type ExportFilter, exportRecords } from "@accord/interchange";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";

const filterKeys = ["kind", "from", "to", "scheme"] as const;

/** "--filter kind=VISIT --filter from=1949-01-01" → { kind: "VISIT", from: "1949-01-01" }. */
function parseFilter(value: string, previous: ExportFilter): ExportFilter {
  const [key, ...rest] = value.split("=");
  if (!filterKeys.includes(key as (typeof filterKeys)[number]) || !rest.length) {
    throw new Error(`--filter ${value}: expected one of ${filterKeys.map((k) => `${k}=…`).join(", ")}`);
  }
  return { ...previous, [key as string]: rest.join("=") };
}

/** Writes with back-pressure: waits when the stream's buffer is full. */
function writerFor(stream: NodeJS.WritableStream): (line: string) => Promise<void> {
  return async (line) => {
    if (!stream.write(line)) await once(stream, "drain");
  };
}

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("Write the database as interchange NDJSON (to stdout, or --output); re-importable.")
    .option(
      "--filter <key=value>",
      "keep engagements by kind=, from=YYYY-MM-DD, to=YYYY-MM-DD, scheme= (repeatable)",
      parseFilter,
      {},
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (flags: { filter: ExportFilter; output?: string }) => {
      await withDatabaseUrl(async (databaseUrl) => {
        const prisma = createPrismaClient({ databaseUrl, maxConnections: 1 });
        const stream = flags.output ? createWriteStream(flags.output) : process.stdout;
        try {
          const count = await exportRecords({ prisma, filter: flags.filter, write: writerFor(stream) });
          process.stderr.write(`exported ${count} records\n`);
        } finally {
          await prisma.$disconnect();
          if (flags.output) {
            stream.end();
            await once(stream, "finish");
          }
        }
      });
    });
}
