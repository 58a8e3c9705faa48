import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "../client";
import { seedDatabase } from "../seed/seed-database";

/** The PostgreSQL server tests use; override with ACCORD_TEST_DATABASE_URL. */
export const testServerUrl = process.env.ACCORD_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestDatabase = {
  name: string;
  url: string;
  prisma: PrismaClient;
  /** Ends its connections and drops it (in a jest run, at the global teardown with the run's others). */
  drop(): Promise<void>;
};

export function databaseUrlFor(name: string, serverUrl = testServerUrl): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The migrated template with the seed written once a test run (`<template>_seeded`), made by jest's background
 * builder (jest/build-seeded-template.js) or the first file asking before it: a seeded copy then costs a copy, not
 * the seed's writes again in every file.
 */
export async function seededTemplate(template: string): Promise<string> {
  const name = `${template}_seeded`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    // Workers ask at the same time: one seeds, the others wait for it and find it made.
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.query(`CREATE DATABASE "${building}" TEMPLATE "${template}"`);
      const prisma = createPrismaClient({ databaseUrl: databaseUrlFor(building), maxConnections: 1 });
      try {
        await seedDatabase(prisma);
      } finally {
        await prisma.$disconnect();
      }
      // Renamed only once whole: a failed seed never leaves a half-seeded template for the next file.
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
    return name;
  } finally {
    await admin.end();
  }
}

async function migratedTemplate(seeded = false): Promise<string> {
  const template = process.env.ACCORD_TEMPLATE_DATABASE;
  if (!template) throw new Error("ACCORD_TEMPLATE_DATABASE is not set: run tests through jest's global setup");
  return seeded ? seededTemplate(template) : template;
}

/**
 * A database of its own for one test file: a copy of the template that jest's global setup
 * migrated with the project's own migrate command (ACCORD_TEMPLATE_DATABASE), of that template
 * with the seed written (`seeded`), or an empty one.
 */
export async function createTestDatabase(options: { empty?: boolean; seeded?: boolean } = {}): Promise<TestDatabase> {
  const run = process.env.ACCORD_TEMPLATE_DATABASE;
  // Named after the run's template, so that jest's global teardown finds and drops it with the others.
  const name = `${run ?? "accord_t"}_${randomBytes(5).toString("hex")}`;
  const template = options.empty ? "template0" : await migratedTemplate(options.seeded);
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  // A test database need not survive a crash: commits do not wait for the WAL flush (0.6 -> 0.08 ms a commit here).
  await adminQuery(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  const url = databaseUrlFor(name);
  const prisma = createPrismaClient({ databaseUrl: url, maxConnections: 4 });
  return {
    name,
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      // A DROP DATABASE waits for a checkpoint (1-2 s a file on a busy server): in a jest run the global teardown
      // has the run's databases dropped together in the background, and only the connections end here.
      await adminQuery(
        run
          ? `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`
          : `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`,
      );
    },
  };
}
