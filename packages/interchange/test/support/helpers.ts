import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type BulkDb, createBulkDb, exportRecords, generateRecords, importRecords, type RecordInput } from "../../src";

export const travelsRoot =
  process.env.ACCORD_TRAVELS_DIR ?? join(__dirname, "../../../../../shared/data/history-state-travels");
export const travelFiles = join(travelsRoot, "secretary-travels");
export const cliPath = join(__dirname, "../../../../apps/cli/dist/main.js");

export type ImportDatabase = TestDatabase & { bulk: BulkDb; close(): Promise<void> };

export async function createImportDatabase(): Promise<ImportDatabase> {
  const database = await createTestDatabase();
  const bulk = createBulkDb(database.url);
  return {
    ...database,
    bulk,
    async close() {
      await bulk.end();
      await database.drop();
    },
  };
}

export const runImport = (bulk: BulkDb, input: RecordInput, dryRun = false) =>
  importRecords({ db: bulk, input, dryRun, batchSize: 100 });

export async function exportText(database: TestDatabase): Promise<string> {
  const lines: string[] = [];
  await exportRecords({ prisma: database.prisma, write: async (line) => void lines.push(line) });
  return lines.join("");
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "accord-import-"));
}

export async function writeGenerated(path: string, engagements: number, seed = 1): Promise<void> {
  const lines: string[] = [];
  for (const record of generateRecords({ engagements, seed })) lines.push(JSON.stringify(record));
  await writeFile(path, `${lines.join("\n")}\n`);
}

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** Runs the built CLI against a test database; onSpawn gets the child (to kill it). */
export function runCli(
  args: string[],
  databaseUrl: string,
  onSpawn?: (child: ReturnType<typeof spawn>) => void,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    onSpawn?.(child);
  });
}
