import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "../client";

/** The PostgreSQL server tests use; override with ACCORD_TEST_DATABASE_URL. */
export const testServerUrl = process.env.ACCORD_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestDatabase = {
  name: string;
  url: string;
  prisma: PrismaClient;
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
 * A database of its own for one test file: a copy of the template that jest's global setup
 * migrated with the project's own migrate command (ACCORD_TEMPLATE_DATABASE), or an empty one.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `accord_t_${randomBytes(5).toString("hex")}`;
  const template = options.empty ? "template0" : process.env.ACCORD_TEMPLATE_DATABASE;
  if (!template) throw new Error("ACCORD_TEMPLATE_DATABASE is not set: run tests through jest's global setup");
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = databaseUrlFor(name);
  const prisma = createPrismaClient({ databaseUrl: url, maxConnections: 4 });
  return {
    name,
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
