import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type BulkDb, createBulkDb, exportRecords, generateRecords, importRecords, type RecordInput } from "../../src";

/** The shared data sets (absent on a machine without ../shared/data: the full-data tests skip). */
export const sharedData = process.env.ACCORD_SHARED_DATA ?? findSharedData(join(__dirname, "../../../.."));

/** ../shared/data beside the repository's root, or beside a folder above it (a worktree under /work/wt). */
function findSharedData(root: string): string {
  for (let dir = root; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared", "data");
    if (existsSync(candidate)) return candidate;
  }
  return join(dirname(root), "shared", "data");
}
export const travelsRoot = process.env.ACCORD_TRAVELS_DIR ?? join(sharedData, "history-state-travels");
export const visitsRoot = join(sharedData, "history-state-visits");
/** Small copies kept in the repository. */
export const fixtures = join(__dirname, "../fixtures");
export const travelsFixture = join(fixtures, "hsg-travels");
export const travelFiles = join(travelsFixture, "secretary-travels");
export const visitsFixture = join(fixtures, "hsg-visits");

/** describe, or describe.skip with the reason printed, when the shared data set is not on this machine. */
export function describeWithSharedData(name: string, folders: string[], body: () => void): void {
  const missing = folders.filter((f) => !existsSync(f));
  if (missing.length)
    process.stdout.write(`skipped "${name}": ${missing.join(", ")} not found (set ACCORD_SHARED_DATA)\n`);
  (missing.length ? describe.skip : describe)(name, body);
}
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

/** Each person actor as its sorted hsg-met keys, sorted: the same people whatever order the imports came in. */
export async function peopleByKeys(bulk: BulkDb): Promise<string[]> {
  const rows = await bulk.$queryRawUnsafe<{ keys: string }[]>(
    `SELECT string_agg(i.value, ' ' ORDER BY i.value) AS keys FROM actor a
     JOIN actor_identifier i ON i.actor_id = a.id AND i.scheme = 'hsg-met' WHERE a.kind = 'PERSON' GROUP BY a.id`,
  );
  return rows.map((r) => r.keys).sort();
}
