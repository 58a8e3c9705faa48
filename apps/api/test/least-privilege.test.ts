// The compose file's roles (deploy/postgres/roles.sql), tried on a real PostgreSQL: the owner role runs
// every migration, the API connects as the app role and reads and writes, and the app role can
// create, alter or drop nothing.

import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { applyMigrations, createApiToken, createPrismaClient, type PrismaClient } from "@accord/db";
import { adminQuery, createTestDatabase, type TestDatabase } from "@accord/db/testing";
import pg from "pg";
import { type AccordServer, createAccordServer } from "../src/server";

const execFileAsync = promisify(execFile);
const rolesSqlPath = path.resolve(__dirname, "../../../deploy/postgres/roles.sql");
const suffix = randomBytes(4).toString("hex");
const vars = {
  owner: `accord_owner_${suffix}`,
  owner_password: randomBytes(12).toString("hex"),
  app: `accord_app_${suffix}`,
  app_password: randomBytes(12).toString("hex"),
};

/** Runs roles.sql with psql, as the docs and the compose file do. */
async function runRolesSql(databaseUrl: string, values: Record<string, string>): Promise<void> {
  const variables = Object.entries(values).flatMap(([name, value]) => ["-v", `${name}=${value}`]);
  await execFileAsync("psql", [databaseUrl, "-q", ...variables, "-f", rolesSqlPath]);
}

/**
 * Drops the two roles, after handing what they own in the database (the database too) to the superuser and
 * dropping their grants there: the database itself goes with the run's others at jest's teardown.
 */
async function dropRoles(database: TestDatabase, { owner, app }: typeof vars): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`REASSIGN OWNED BY "${owner}", "${app}" TO CURRENT_USER`);
    // One role a statement: together, the owner's default grants to the app role would be removed twice.
    await client.query(`DROP OWNED BY "${app}"`);
    await client.query(`DROP OWNED BY "${owner}"`);
  } finally {
    await client.end();
  }
  await adminQuery(`DROP ROLE IF EXISTS "${app}"`);
  await adminQuery(`DROP ROLE IF EXISTS "${owner}"`);
}

const urlAs = (db: TestDatabase, role: string, password: string) => {
  const url = new URL(db.url);
  url.username = role;
  url.password = password;
  return url.toString();
};

let db: TestDatabase;
let app: PrismaClient;
let server: AccordServer;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
  await runRolesSql(db.url, vars);
  await applyMigrations({ databaseUrl: urlAs(db, vars.owner, vars.owner_password) });
  app = createPrismaClient({ databaseUrl: urlAs(db, vars.app, vars.app_password), maxConnections: 2 });
  server = await createAccordServer({ prisma: app });
  url = (await server.listen(0, "127.0.0.1")).url;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await app?.$disconnect();
  await db.drop();
  await dropRoles(db, vars);
});

test("the API as the app role reads, writes (with its audit entry) and answers ready", async () => {
  const { secret } = await createApiToken({ db: app, name: "editor", role: "EDITOR" });
  const post = (query: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());
  const created = await post(
    'mutation { createTopic(input: { slug: "arms-control", name: "Arms control" }) { name } }',
  );
  expect(created).toEqual({ data: { createTopic: { name: "Arms control" } }, extensions: expect.anything() });
  const read = await post("{ topics(first: 5) { edges { node { name } } } }");
  expect(read).toEqual({
    data: { topics: { edges: [{ node: { name: "Arms control" } }] } },
    extensions: expect.anything(),
  });
  expect(await app.auditEntry.count()).toBe(1);
  expect((await fetch(url.replace("/graphql", "/readyz"))).status).toBe(200);
});

test.each([
  ["create a table", "CREATE TABLE intruder (id int)", /permission denied for schema public/],
  ["drop a table", "DROP TABLE topic", /must be owner of table topic/],
  ["alter a table", "ALTER TABLE topic ADD COLUMN x int", /must be owner of table topic/],
  [
    "create a function",
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    /permission denied for schema public/,
  ],
])("the app role cannot %s", async (_what, sql, refusal) => {
  const client = new pg.Client({ connectionString: urlAs(db, vars.app, vars.app_password) });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user",
    );
    expect(rows).toEqual([{ rolsuper: false, rolcreatedb: false, rolcreaterole: false }]);
    await expect(client.query(sql)).rejects.toThrow(refusal);
  } finally {
    await client.end();
  }
});

/** What a role may do to _prisma_migrations: each write tried in its own rolled-back transaction. */
async function migrationsTableRights(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const attempts = {
    select: "SELECT count(*) FROM _prisma_migrations",
    insert: `INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('x', 'x', 'intruder')`,
    update: "UPDATE _prisma_migrations SET rolled_back_at = now()",
    delete: "DELETE FROM _prisma_migrations",
    truncate: "TRUNCATE _prisma_migrations",
  };
  const rights: Record<string, string> = {};
  try {
    for (const [what, sql] of Object.entries(attempts)) {
      await client.query("BEGIN");
      rights[what] = await client.query(sql).then(
        () => "allowed",
        (error: Error) => error.message,
      );
      await client.query("ROLLBACK");
    }
  } finally {
    await client.end();
  }
  return rights;
}

const readOnly = {
  select: "allowed",
  insert: "permission denied for table _prisma_migrations",
  update: "permission denied for table _prisma_migrations",
  delete: "permission denied for table _prisma_migrations",
  truncate: "permission denied for table _prisma_migrations",
};

test("the app role reads _prisma_migrations (for /readyz) but cannot write it; the owner can", async () => {
  expect(await migrationsTableRights(urlAs(db, vars.app, vars.app_password))).toEqual(readOnly);
  const owner = await migrationsTableRights(urlAs(db, vars.owner, vars.owner_password));
  expect(owner).toEqual({
    select: "allowed",
    insert: "allowed",
    update: "allowed",
    delete: "allowed",
    truncate: "allowed",
  });
});

test("on a database migrated before the roles existed, the app role cannot write _prisma_migrations either", async () => {
  const older = await createTestDatabase();
  const other = { ...vars, owner: `${vars.owner}_b`, app: `${vars.app}_b` };
  try {
    await runRolesSql(older.url, other);
    expect(await migrationsTableRights(urlAs(older, other.app, other.app_password))).toEqual(readOnly);
  } finally {
    await older.drop();
    await dropRoles(older, other);
  }
}, 120_000);
