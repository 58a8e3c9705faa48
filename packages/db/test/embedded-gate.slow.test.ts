import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../src/embedded/start";

// The gate hands PGlite's one session to one connection after another; what a connection leaves
// behind (prepared statements, an open transaction, half an extended-protocol exchange) must not
// reach the next one.
let folder: string;
let database: EmbeddedDatabase;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "accord-gate-"));
  database = await startEmbeddedDatabase({ dataDir: path.join(folder, "pglite") });
  const setup = new pg.Client({ connectionString: database.url });
  await setup.connect();
  await setup.query("CREATE TABLE note (body text)");
  await setup.end();
}, 120_000);

afterAll(async () => {
  await database?.stop();
  await rm(folder, { recursive: true, force: true });
});

/** One frontend message: type byte, length, body. */
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}
const text = (value: string) => Buffer.from(`${value}\0`);
const int16s = (...values: number[]) =>
  Buffer.from(new Uint16Array(values.map((v) => ((v & 0xff) << 8) | (v >> 8))).buffer);
const parse = (name: string, sql: string) => message("P", text(name), text(sql), int16s(0));
const bind = (name: string) => message("B", text(""), text(name), int16s(0, 0, 0));
const execute = () => message("E", text(""), Buffer.alloc(4));

/**
 * Connects, then sends Parse, Bind and Execute of a named statement with no Sync and drops the socket:
 * what a client killed mid-query (a timeout, a crash) leaves in the session.
 */
async function leaveMidExchange(name: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const stream = (client as unknown as { connection: { stream: import("node:net").Socket } }).connection.stream;
  // pg no longer reads the socket: the answers to the raw messages are not its queries'.
  stream.removeAllListeners("data");
  client.on("error", () => {});
  await new Promise<void>((resolve) =>
    stream.write(Buffer.concat([parse(name, sql), bind(name), execute()]), () => resolve()),
  );
  // Give PGlite time to run them before the socket goes.
  await new Promise((resolve) => setTimeout(resolve, 200));
  stream.destroy();
}

async function nextSession<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test.each([
  ["a read", "reader", "SELECT 1 AS one"],
  ["a failing statement", "failing", "SELECT 1 / 0"],
  ["a write", "writer", "INSERT INTO note VALUES ('half done')"],
])(
  "a client gone mid-exchange (%s) leaves the next a fresh session",
  async (_what, name, sql) => {
    await leaveMidExchange(name, sql);
    const seen = await nextSession(async (client) => {
      const prepared = (await client.query("SELECT name FROM pg_prepared_statements")).rows;
      const notes = (await client.query("SELECT count(*)::int AS n FROM note")).rows[0].n;
      // The same name prepared again, as the API's compiled reads do on each new connection.
      const again = (await client.query({ name, text: "SELECT 2 AS two" })).rows;
      return { prepared, notes, again };
    });
    // The half-done write was rolled back, as PostgreSQL does when a connection drops.
    expect(seen).toEqual({ prepared: [], notes: 0, again: [{ two: 2 }] });
  },
  60_000,
);

test("named statements, settings and an open transaction of one connection do not reach the next", async () => {
  await nextSession(async (client) => {
    await client.query({ name: "kept", text: "SELECT 1" });
    await client.query("SET application_name = 'first'");
    await client.query("BEGIN");
    await client.query("INSERT INTO note VALUES ('uncommitted')");
  });
  const seen = await nextSession(async (client) => ({
    prepared: (await client.query("SELECT name FROM pg_prepared_statements")).rows,
    name: (await client.query("SHOW application_name")).rows[0].application_name,
    notes: (await client.query("SELECT count(*)::int AS n FROM note")).rows[0].n,
    kept: (await client.query({ name: "kept", text: "SELECT 1 AS one" })).rows,
  }));
  expect(seen).toEqual({ prepared: [], name: "", notes: 0, kept: [{ one: 1 }] });
}, 60_000);
