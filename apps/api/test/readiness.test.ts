import { Writable } from "node:stream";
import { readMigrationsList } from "@accord/db";
import { adminQuery, createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { createLogger } from "../src/logging/logger";
import { type AccordServer, createAccordServer } from "../src/server";
import { useTestServer } from "./support/test-server";
import { createTestTokens } from "./support/tokens";

// The reasons for being unready go to the log (and to admins), never to anonymous callers.
const lines: Record<string, unknown>[] = [];
const logger = createLogger({
  level: "info",
  destination: new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  }),
});
const readinessLogs = () => lines.filter((line) => line.msg === "not ready").map((line) => line.readiness);

const t = useTestServer({ logger });
let origin: string;
let admin: Record<string, string>;
let reader: Record<string, string>;

beforeAll(async () => {
  origin = new URL(t.url).origin;
  ({ admin, reader } = await createTestTokens(t.db.prisma));
});

async function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers });
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

  it("readyz says ready or unready to anyone, with the checks only for an admin's token", async () => {
    expect(await getJson(`${origin}/readyz`)).toEqual({ status: 200, body: { status: "ready" } });
    expect(await getJson(`${origin}/readyz`, reader)).toEqual({ status: 200, body: { status: "ready" } });
    expect(await getJson(`${origin}/readyz`, admin)).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", migrations: "ok" } },
    });
  });

  it("readyz is unready while the database is stopped, without its error text, and ready when it returns", async () => {
    await stopDatabase(t.db.name);
    expect(await getJson(`${origin}/readyz`)).toEqual({ status: 503, body: { status: "unready" } });
    // Even an admin's token cannot be checked without the database.
    expect(await getJson(`${origin}/readyz`, admin)).toEqual({ status: 503, body: { status: "unready" } });
    expect(readinessLogs()).toEqual([
      { status: "unready", checks: { database: expect.stringMatching(/^unreachable: /), migrations: "unknown" } },
    ]);

    await adminQuery(`ALTER DATABASE "${t.db.name}" ALLOW_CONNECTIONS true`);
    expect(await getJson(`${origin}/readyz`)).toEqual({ status: 200, body: { status: "ready" } });
    expect(lines.filter((line) => line.msg === "ready again")).toHaveLength(1);
  });
});

describe("GET /readyz on a database without the migrations", () => {
  let db: TestDatabase;
  let server: AccordServer;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    server = await createAccordServer({ prisma: db.prisma, logger });
  });

  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it("is unready when _prisma_migrations is missing", async () => {
    const { url } = await server.listen(0, "127.0.0.1");
    const { status, body } = await getJson(url.replace("/graphql", "/readyz"));
    expect({ status, body }).toEqual({ status: 503, body: { status: "unready" } });
    expect(readinessLogs().at(-1)).toEqual({
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
    expect({ status, body }).toEqual({ status: 503, body: { status: "unready" } });
    expect(readinessLogs().at(-1)).toEqual({
      status: "unready",
      checks: { database: "ok", migrations: `${shipped.length} pending: run \`accord migrate\`` },
      pendingMigrations: shipped,
    });
  });
});
