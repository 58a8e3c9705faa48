// The compose file's roles (deploy/postgres/roles.sql), tried on a real PostgreSQL: the owner role runs
// every migration, the API connects as the app role and reads and writes, and the app role can
// create, alter or drop nothing.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations, createApiToken, createPrismaClient, type PrismaClient } from "@accord/db";
import { adminQuery, createTestDatabase, type TestDatabase } from "@accord/db/testing";
import pg from "pg";
import { type AccordServer, createAccordServer } from "../src/server";

const rolesSql = readFileSync(path.resolve(__dirname, "../../../deploy/postgres/roles.sql"), "utf8");
const suffix = randomBytes(4).toString("hex");
const vars = {
  owner: `accord_owner_${suffix}`,
  owner_password: randomBytes(12).toString("hex"),
  app: `accord_app_${suffix}`,
  app_password: randomBytes(12).toString("hex"),
};

/** Runs roles.sql as psql would with `-v name=value`: :"name" an identifier, :'name' a literal, \gexec. */
async function runPsqlScript(client: pg.Client, text: string, values: Record<string, string>): Promise<void> {
  const interpolate = (sql: string) =>
    sql
      .replace(/:"(\w+)"/g, (_m, name: string) => client.escapeIdentifier(values[name]!))
      .replace(/:'(\w+)'/g, (_m, name: string) => client.escapeLiteral(values[name]!));
  let statement = "";
  for (const line of text.split("\n")) {
    if (line.startsWith("--") || line.startsWith("\\set") || !line.trim()) continue;
    if (line.endsWith("\\gexec")) {
      const { rows } = await client.query(interpolate(line.slice(0, -"\\gexec".length)));
      for (const row of rows) await client.query(Object.values(row)[0] as string);
      continue;
    }
    statement += `${line}\n`;
    if (line.trimEnd().endsWith(";")) {
      await client.query(interpolate(statement));
      statement = "";
    }
  }
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
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  try {
    await runPsqlScript(admin, rolesSql, vars);
  } finally {
    await admin.end();
  }
  await applyMigrations({ databaseUrl: urlAs(db, vars.owner, vars.owner_password) });
  app = createPrismaClient({ databaseUrl: urlAs(db, vars.app, vars.app_password), maxConnections: 2 });
  server = await createAccordServer({ prisma: app });
  url = (await server.listen(0, "127.0.0.1")).url;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await app?.$disconnect();
  await db.drop();
  await adminQuery(`DROP ROLE IF EXISTS "${vars.app}"`);
  await adminQuery(`DROP ROLE IF EXISTS "${vars.owner}"`);
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
