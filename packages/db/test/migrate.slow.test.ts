import { randomBytes } from "node:crypto";
import { appendFile, copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { diffDatabaseAgainstSchema } from "../src/migrate/diff";
import { migrationsDir, schemaPath } from "../src/migrate/migrations";
import { adminQuery, databaseUrlFor, testServerUrl } from "../src/testing/test-database";
import { copyMigrations, runCli } from "./cli";

const created: string[] = [];

/** A database name nobody has; migrate creates it, afterAll drops it. */
function freshDatabaseUrl(): string {
  const name = `accord_m_${randomBytes(5).toString("hex")}`;
  created.push(name);
  return databaseUrlFor(name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function folderNames(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

afterAll(async () => {
  for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("accord migrate on an empty database", () => {
  const url = freshDatabaseUrl();
  const dbName = new URL(url).pathname.slice(1);
  let folders: string[];
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    folders = await folderNames(migrationsDir);
    first = await runCli(["migrate"], { DATABASE_URL: url });
  });

  it("creates the database and applies every migration, naming each", () => {
    const lines = first.stdout.trim().split("\n");
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: "" });
    expect(lines[0]).toBe(`created database ${dbName} on 127.0.0.1:5432`);
    expect(lines.filter((l) => l.startsWith("applied ")).map((l) => l.split(" ")[1])).toEqual(folders);
  });

  it("applies nothing the second time", async () => {
    const second = await runCli(["migrate"], { DATABASE_URL: url });
    expect(second).toMatchObject({
      code: 0,
      stdout: `no pending migrations in database ${dbName} on 127.0.0.1:5432\n`,
    });
  });

  it("records one finished row per migration folder in _prisma_migrations", async () => {
    const rows = await query(
      url,
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NULL AS live, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      folders.map((name) => ({ migration_name: name, finished: true, live: true, applied_steps_count: 1 })),
    );
  });

  it("gives exactly schema.prisma: the diff from the migrated database is empty", async () => {
    await expect(diffDatabaseAgainstSchema({ databaseUrl: url })).resolves.toBeNull();
  });

  it("status says the database is up to date", async () => {
    const status = await runCli(["status"], { DATABASE_URL: url });
    expect(status).toMatchObject({
      code: 0,
      stdout: `Database ${dbName} on 127.0.0.1:5432; ${folders.length} migration${folders.length === 1 ? "" : "s"} in the folder.\nDatabase is up to date\n`,
    });
  });

  it("status reports hand-made drift, in columns and in triggers and CHECK constraints", async () => {
    const drifted = freshDatabaseUrl();
    await runCli(["migrate"], { DATABASE_URL: drifted });
    await query(
      drifted,
      `ALTER TABLE actor ADD COLUMN extra integer; DROP TRIGGER actor_search_vector ON actor;
      ALTER TABLE citation DROP CONSTRAINT citation_one_target`,
    );
    const status = await runCli(["status"], { DATABASE_URL: drifted });
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('ALTER TABLE "actor" DROP COLUMN "extra";');
    expect(status.stdout).toContain("missing trigger actor_search_vector on actor: CREATE TRIGGER");
    expect(status.stdout).toContain("missing check citation_one_target on citation: CHECK");
    expect(status.stdout).not.toContain("Database is up to date");
  });
});

describe("accord migrate against a server that is not there", () => {
  it("fails within 10 seconds naming the host and port", async () => {
    const run = await runCli(["migrate"], { DATABASE_URL: "postgresql://postgres@127.0.0.1:5999/accord" });
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 1,
      stdout: "",
      stderr: "accord: cannot reach PostgreSQL at 127.0.0.1:5999: connection refused\n",
    });
    expect(run.milliseconds).toBeLessThan(10_000);
  });
});

describe("accord status with an edited migration", () => {
  it("names the migration whose file changed after it was applied", async () => {
    const copy = await copyMigrations();
    try {
      const url = freshDatabaseUrl();
      const env = { DATABASE_URL: url, ACCORD_MIGRATIONS_DIR: copy.dir };
      expect((await runCli(["migrate"], env)).code).toBe(0);
      const [firstFolder] = await folderNames(copy.dir);
      await appendFile(path.join(copy.dir, String(firstFolder), "migration.sql"), "\n-- edited afterwards\n");
      const status = await runCli(["status"], env);
      expect(status.code).toBe(1);
      expect(status.stdout).toContain(
        `Migrations edited after they were applied (checksum differs):\n  ${firstFolder}\n`,
      );
    } finally {
      await copy.remove();
    }
  });
});

describe("accord migrate with a migration that fails", () => {
  it("stops naming the migration and the reason, and status then lists it as failed", async () => {
    const copy = await copyMigrations();
    try {
      await mkdir(path.join(copy.dir, "99991231000000_broken"));
      await writeFile(
        path.join(copy.dir, "99991231000000_broken", "migration.sql"),
        "ALTER TABLE nope ADD COLUMN x int;\n",
      );
      const env = { DATABASE_URL: freshDatabaseUrl(), ACCORD_MIGRATIONS_DIR: copy.dir };
      const run = await runCli(["migrate"], env);
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 1,
        stderr: "accord: migration 99991231000000_broken failed: No such table: nope\n",
      });
      expect(run.stdout).toContain("applying 99991231000000_broken…\n");
      const status = await runCli(["status"], env);
      expect(status.code).toBe(1);
      expect(status.stdout).toContain(
        "Failed migrations (repair by hand, then set rolled_back_at in _prisma_migrations):\n  99991231000000_broken\n",
      );
    } finally {
      await copy.remove();
    }
  });
});

describe("accord migrate:create", () => {
  const url = testServerUrl;

  it('says "no changes" and writes nothing for the real schema', async () => {
    const copy = await copyMigrations();
    try {
      const before = await folderNames(copy.dir);
      const run = await runCli(["migrate:create", "nothing"], { DATABASE_URL: url, ACCORD_MIGRATIONS_DIR: copy.dir });
      expect(run).toMatchObject({ code: 0, stdout: "no changes: the migrations already give exactly schema.prisma\n" });
      expect(await folderNames(copy.dir)).toEqual(before);
    } finally {
      await copy.remove();
    }
  });

  it("writes the migration a changed schema needs, which then migrates to exactly that schema", async () => {
    const copy = await copyMigrations();
    try {
      const changedSchema = path.join(path.dirname(copy.dir), "schema.prisma");
      await copyFile(schemaPath, changedSchema);
      await appendFile(changedSchema, "\nmodel Extra {\n  id   Int    @id\n  name String\n}\n");
      const before = await folderNames(copy.dir);
      const env = { DATABASE_URL: url, ACCORD_MIGRATIONS_DIR: copy.dir };
      const run = await runCli(["migrate:create", "Add extra", "--schema", changedSchema], env);
      expect(run.code).toBe(0);
      const added = (await folderNames(copy.dir)).filter((f) => !before.includes(f));
      expect(added).toEqual([expect.stringMatching(/^\d{14}_add_extra$/)]);
      expect(added[0]! > before.at(-1)!).toBe(true);
      const sql = await readFile(path.join(copy.dir, added[0]!, "migration.sql"), "utf8");
      expect(sql).toBe(
        '-- CreateTable\nCREATE TABLE "Extra" (\n    "id" INTEGER NOT NULL,\n    "name" TEXT NOT NULL,\n\n    CONSTRAINT "Extra_pkey" PRIMARY KEY ("id")\n);\n',
      );
      const target = freshDatabaseUrl();
      expect((await runCli(["migrate"], { ...env, DATABASE_URL: target })).code).toBe(0);
      const status = await runCli(["status", "--schema", changedSchema], { ...env, DATABASE_URL: target });
      expect(status.stdout).toContain("Database is up to date");
    } finally {
      await copy.remove();
    }
  });
});
