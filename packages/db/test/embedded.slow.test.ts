import { spawnSync } from "node:child_process";
import { access, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../src/client";
import { embeddedDataDir, resolveDatabase, type SeedFunction } from "../src/database";
import { lockDataDir } from "../src/embedded/lock";
import { startEmbeddedDatabase } from "../src/embedded/start";
import { applyMigrations } from "../src/migrate/apply";
import { prismaDir, readMigrationsList } from "../src/migrate/migrations";

let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "accord-embedded-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

async function migrationNames(): Promise<string[]> {
  return (await readMigrationsList()).migrationDirectories.map((folder) => folder.path);
}

test("keeps migrations and rows across a restart on the same folder", async () => {
  const dataDir = path.join(tempDir, "restart");
  const first = await startEmbeddedDatabase({ dataDir });
  expect(first.url).toMatch(/^postgresql:\/\/postgres:[\w-]{24}@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
  expect(first.created).toBe(true);
  expect(await applyMigrations({ databaseUrl: first.url })).toEqual(await migrationNames());
  const writer = createPrismaClient({ databaseUrl: first.url, maxConnections: 1 });
  await writer.actor.create({ data: { kind: "STATE", name: "Ruritania", searchText: "ruritania" } });
  await writer.$disconnect();
  await first.stop();

  const second = await startEmbeddedDatabase({ dataDir });
  try {
    expect(second.created).toBe(false);
    expect(await applyMigrations({ databaseUrl: second.url })).toEqual([]);
    const reader = createPrismaClient({ databaseUrl: second.url, maxConnections: 1 });
    const actors = await reader.actor.findMany({ select: { kind: true, name: true } });
    // The plpgsql trigger from the migrations filled the search vector on insert.
    const vectors = await reader.$queryRaw<{ v: string }[]>`SELECT search_vector::text AS v FROM actor`;
    await reader.$disconnect();
    expect(actors).toEqual([{ kind: "STATE", name: "Ruritania" }]);
    expect(vectors).toEqual([{ v: "'ruritania':1A" }]);
  } finally {
    await second.stop();
  }
}, 60_000);

test("refuses a folder another live process holds and takes over a dead one's lock", async () => {
  const dataDir = path.join(tempDir, "locked");
  await writeFile(`${dataDir}.lock`, `${process.ppid}\n`);
  await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(
    `the embedded database in ${dataDir} is in use by process ${process.ppid}`,
  );
  const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
  await writeFile(`${dataDir}.lock`, `${deadPid}\n`);
  const lock = lockDataDir(dataDir);
  try {
    expect(await readFile(lock.path, "utf8")).toBe(`${process.pid}\n`);
    expect(() => lockDataDir(dataDir)).toThrow(`the embedded database in ${dataDir} is already open in this process`);
  } finally {
    lock.release();
  }
  await expect(access(lock.path)).rejects.toThrow("ENOENT");
});

test("resolveDatabase migrates and seeds the embedded database on its first start only", async () => {
  const env = { ACCORD_DATA_DIR: path.join(tempDir, "resolve") };
  const seeded: string[] = [];
  const seed: SeedFunction = async (prisma) => {
    seeded.push("run");
    await prisma.actor.create({ data: { kind: "STATE", name: "Freedonia" } });
    return { actors: 1 };
  };
  const firstLog: string[] = [];
  const first = await resolveDatabase({ env, seed, log: (line) => firstLog.push(line) });
  expect({ embedded: first.embedded, maxConnections: first.maxConnections }).toEqual({
    embedded: true,
    maxConnections: 1,
  });
  await first.stop();
  const secondLog: string[] = [];
  const second = await resolveDatabase({ env, seed, log: (line) => secondLog.push(line) });
  try {
    const prisma = createPrismaClient({ databaseUrl: second.url, maxConnections: second.maxConnections });
    const names = await prisma.actor.findMany({ select: { name: true } });
    await prisma.$disconnect();
    expect(names).toEqual([{ name: "Freedonia" }]);
  } finally {
    await second.stop();
  }
  const dataDir = path.join(env.ACCORD_DATA_DIR, "pglite");
  const timed = (lines: string[]) => lines.map((line) => line.replace(/\d+\.\d s/g, "T"));
  expect(seeded).toEqual(["run"]);
  expect(timed(firstLog)).toEqual([
    `starting embedded PostgreSQL in ${dataDir}…`,
    "embedded PostgreSQL ready in T (new database)",
    `applied ${(await migrationNames()).length} migrations in T: ${(await migrationNames()).join(", ")}`,
    "seeded in T: 1 actors",
  ]);
  expect(timed(secondLog)).toEqual([
    `starting embedded PostgreSQL in ${dataDir}…`,
    "embedded PostgreSQL ready in T",
    "no pending migrations (checked in T)",
  ]);
}, 60_000);

test("resolveDatabase hands back DATABASE_URL untouched when it is set", async () => {
  const url = "postgresql://postgres@127.0.0.1:5432/somewhere";
  const resolved = await resolveDatabase({ env: { DATABASE_URL: url }, log: () => {} });
  expect({ url: resolved.url, embedded: resolved.embedded, maxConnections: resolved.maxConnections }).toEqual({
    url,
    embedded: false,
    maxConnections: 10,
  });
});

test("the data folder is data/pglite in the checkout, or under ACCORD_DATA_DIR taken from the checkout", () => {
  const root = path.dirname(prismaDir);
  expect([
    embeddedDataDir({}),
    embeddedDataDir({ ACCORD_DATA_DIR: "var/accord" }),
    embeddedDataDir({ ACCORD_DATA_DIR: "/srv/accord" }),
  ]).toEqual([path.join(root, "data/pglite"), path.join(root, "var/accord/pglite"), "/srv/accord/pglite"]);
});

test("asks every client for the password generated at its start; the database itself has no TCP port", async () => {
  const dataDir = path.join(tempDir, "password");
  const embedded = await startEmbeddedDatabase({ dataDir });
  try {
    const url = new URL(embedded.url);
    const attempt = async (password: string | undefined) => {
      const client = new pg.Client({
        host: url.hostname,
        port: Number(url.port),
        user: "postgres",
        database: "postgres",
        ...(password === undefined ? {} : { password }),
        connectionTimeoutMillis: 5_000,
      });
      try {
        await client.connect();
        return (await client.query("SELECT 1 AS one")).rows;
      } finally {
        await client.end().catch(() => {});
      }
    };
    expect(await attempt(decodeURIComponent(url.password))).toEqual([{ one: 1 }]);
    await expect(attempt("guessed")).rejects.toThrow('password authentication failed for user "postgres"');
    await expect(attempt("")).rejects.toThrow();
    // Refused clients do not hold the one session: the right password still gets in.
    expect(await attempt(decodeURIComponent(url.password))).toEqual([{ one: 1 }]);
    // Only this user can read the address file that holds the password.
    expect((await stat(`${dataDir}.address`)).mode & 0o777).toBe(0o600);
  } finally {
    await embedded.stop();
  }
  // Each start has a password of its own.
  const again = await startEmbeddedDatabase({ dataDir });
  try {
    expect(new URL(again.url).password).not.toBe(new URL(embedded.url).password);
  } finally {
    await again.stop();
  }
});
