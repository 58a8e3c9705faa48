import { readMigrationsList } from "@accord/db";
import { adminQuery, createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type AccordServer, createAccordServer } from "../src/server";
import { startTestServer, type TestServer } from "./support/test-server";

let t: TestServer;
let origin: string;

beforeAll(async () => {
  t = await startTestServer();
  origin = new URL(t.url).origin;
});

afterAll(() => t.close());

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

/** Makes the database refuse connections and drops the open ones, as a stopped server would. */
async function stopDatabase(name: string): Promise<void> {
  await adminQuery(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
  await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
}

describe("GET /healthz and /readyz", () => {
  it("healthz says the process is alive", async () => {
    expect(await getJson(`${origin}/healthz`)).toEqual({ status: 200, body: { status: "ok" } });
  });

  it("readyz is ready on a migrated database, unready while it is stopped, and ready again when it returns", async () => {
    expect(await getJson(`${origin}/readyz`)).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", migrations: "ok" } },
    });

    await stopDatabase(t.db.name);
    const down = await getJson(`${origin}/readyz`);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: "unready",
      checks: { database: expect.stringMatching(/^unreachable: /), migrations: "unknown" },
    });

    await adminQuery(`ALTER DATABASE "${t.db.name}" ALLOW_CONNECTIONS true`);
    expect(await getJson(`${origin}/readyz`)).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", migrations: "ok" } },
    });
  });
});

describe("GET /readyz on a database without the migrations", () => {
  let db: TestDatabase;
  let server: AccordServer;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    server = await createAccordServer({ prisma: db.prisma });
  });

  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it("is unready when _prisma_migrations is missing", async () => {
    const { url } = await server.listen(0, "127.0.0.1");
    const { status, body } = await getJson(url.replace("/graphql", "/readyz"));
    expect(status).toBe(503);
    expect(body).toEqual({
      status: "unready",
      checks: { database: "ok", migrations: expect.stringContaining("cannot read _prisma_migrations") },
    });
  });

  it("is unready with the pending list when _prisma_migrations lacks one", async () => {
    const shipped = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
    await db.prisma.$executeRawUnsafe(
      "CREATE TABLE _prisma_migrations (migration_name text, finished_at timestamptz, rolled_back_at timestamptz)",
    );
    const address = server.httpServer.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const { status, body } = await getJson(`http://127.0.0.1:${port}/readyz`);
    expect(status).toBe(503);
    expect(body).toEqual({
      status: "unready",
      checks: { database: "ok", migrations: `${shipped.length} pending: run \`accord migrate\`` },
      pendingMigrations: shipped,
    });
  });
});
