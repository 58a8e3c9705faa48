import { execFile } from "node:child_process";
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import {
  createPrismaClient,
  type EmbeddedDatabase,
  embeddedDataDir,
  type PrismaClient,
  prepareDatabase,
  sqlPoolsOf,
  startEmbeddedDatabase,
} from "@accord/db";

const run = promisify(execFile);
const cli = path.join(__dirname, "../dist/main.js");

let folder: string;
let service: EmbeddedDatabase;
let api: PrismaClient;
const env = () => ({ ...process.env, DATABASE_URL: "", ACCORD_DATA_DIR: folder });
const accord = (...args: string[]) => run(process.execPath, [cli, ...args], { env: env() });

/** A named (prepared) statement on the service's own connection, as compiled reads send. */
async function tokenCount(): Promise<number> {
  const pool = sqlPoolsOf(api)?.pools[0];
  if (!pool) throw new Error("no pool behind the service's client");
  const { rows } = await pool.query<{ n: number }>({
    name: "token-count",
    text: "SELECT count(*)::int AS n FROM api_token",
  });
  return rows[0]?.n ?? -1;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "accord-shared-"));
  // What `pnpm start` does on the embedded default: the folder locked and served by the API's process.
  service = await startEmbeddedDatabase({ dataDir: embeddedDataDir(env()) });
  await prepareDatabase({ url: service.url, log: () => {} });
  api = createPrismaClient({ databaseUrl: service.url });
}, 120_000);

afterAll(async () => {
  await api?.$disconnect().catch(() => {});
  await service?.stop();
  await rm(folder, { recursive: true, force: true });
});

test("a CLI command runs on the embedded database the API serves, taking turns with the API's connection", async () => {
  expect((await readFile(`${service.dataDir}.address`, "utf8")).trim()).toBe(service.url);
  expect(await tokenCount()).toBe(0);
  const created = await accord("token", "create", "--role", "editor", "--name", "me");
  expect(created.stdout).toMatch(/^Created token "me" \(editor\), id .+\nacc_[A-Za-z0-9_-]{43}\n/);
  expect(created.stderr).toContain(`using the embedded PostgreSQL that process ${process.pid} serves`);
  // The API's next connection starts from a reset session: its prepared statement is prepared again.
  expect(await tokenCount()).toBe(1);
  const listed = await accord("token", "list");
  expect(listed.stdout).toMatch(/\tme\teditor\t/);
  expect(await api.apiToken.count()).toBe(1);
}, 60_000);

test("when the API stops, the address goes and a command opens the folder itself", async () => {
  await api.$disconnect();
  await service.stop();
  await expect(access(`${service.dataDir}.address`)).rejects.toThrow();
  const listed = await accord("token", "list");
  expect(listed.stderr).toContain("starting embedded PostgreSQL");
  expect(listed.stdout).toMatch(/\tme\teditor\t/);
}, 60_000);
