import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import pg from "pg";
import { rollupDrift } from "./support/commitment-totals-check";

let db: TestDatabase;
let committer: string;
const clients: pg.Client[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  committer = (await db.prisma.actor.create({ data: { kind: "STATE", name: "Committer" } })).id;
});

// Closing a connection ends its transaction: a failed test leaves no lock behind for the next one.
afterEach(() => Promise.all(clients.splice(0).map((client) => client.end())));

afterAll(() => db.drop());

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  clients.push(client);
  return client;
}

const insertSql = `INSERT INTO commitment (id, committer_id, kind, description, amount, currency, status, updated_at)
  VALUES (gen_random_uuid(), $1, 'FINANCIAL', $2, $3, $4, 'PLEDGED', now()) RETURNING id`;

async function insert(client: pg.Client, amount: string, currency = "USD"): Promise<string> {
  return (await client.query(insertSql, [committer, `${currency} ${amount}`, amount, currency])).rows[0].id;
}

/** Resolves once the client's backend waits for a lock (the statement it runs is blocked). */
async function blocked(client: pg.Client): Promise<void> {
  // pg keeps the backend's pid from the connection handshake: a query would queue behind the blocked one.
  const pid = (client as unknown as { processID: number }).processID;
  for (let i = 0; i < 200; i++) {
    const [row] = await db.prisma.$queryRaw<{ waiting: boolean }[]>`
      SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = ${pid}`;
    if (row?.waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`backend ${pid} never waited for a lock`);
}

/**
 * Two transactions at once: A writes and stays open, B's write must then wait for A (it is checked to
 * block), A commits, B finishes and commits.
 */
async function race(first: (a: pg.Client) => Promise<unknown>, second: (b: pg.Client) => Promise<unknown>) {
  const [a, b] = [await connect(), await connect()];
  await a.query("BEGIN");
  await b.query("BEGIN");
  await first(a);
  const pending = second(b);
  await blocked(b);
  await a.query("COMMIT");
  await pending;
  await b.query("COMMIT");
}

async function rollupRow(currency: string) {
  return db.prisma.$queryRaw<{ total: string; count: number }[]>`
    SELECT total::text, count FROM commitment_rollup WHERE committer_id = ${committer}::uuid AND currency = ${currency}`;
}

describe("commitment_rollup with concurrent writers (READ COMMITTED)", () => {
  it("counts both of two transactions that add to the same group", async () => {
    await race(
      (a) => insert(a, "10"),
      (b) => insert(b, "20"),
    );
    expect(await rollupRow("USD")).toEqual([{ total: "30.0000", count: 2 }]);
    expect(await rollupDrift(db.prisma)).toEqual([]);
  });

  it("puts a commitment in its new group without counting it when a SUPERSEDES link to it commits meanwhile", async () => {
    const setup = await connect();
    const superseding = await insert(setup, "1", "EUR");
    const superseded = await insert(setup, "2", "EUR");
    await race(
      (a) => a.query("UPDATE commitment SET status = 'DELIVERED' WHERE id = $1", [superseded]),
      (b) =>
        b.query("INSERT INTO commitment_link (from_id, to_id, kind) VALUES ($1, $2, 'SUPERSEDES')", [
          superseding,
          superseded,
        ]),
    );
    expect(await rollupRow("EUR")).toEqual([{ total: "1.0000", count: 1 }]);
    expect(await rollupDrift(db.prisma)).toEqual([]);
  });

  it("keeps the per-committer sum when two transactions add to two statuses of one committer", async () => {
    // Different (currency, committer, status) groups, one (currency, committer) sum: B must wait for A.
    const delivered = insertSql.replace("'PLEDGED'", "'DELIVERED'");
    await race(
      (a) => insert(a, "5", "CHF"),
      (b) => b.query(delivered, [committer, "CHF 7", "7", "CHF"]),
    );
    const [sum] = await db.prisma.$queryRaw<{ total: string; count: number }[]>`
      SELECT total::text, count FROM commitment_rollup_committer WHERE committer_id = ${committer}::uuid AND currency = 'CHF'`;
    expect(sum).toEqual({ total: "12.0000", count: 2 });
    expect(await rollupDrift(db.prisma)).toEqual([]);
  });

  it("stays exact with eight writers at once across shared and separate groups", async () => {
    const writers = await Promise.all(Array.from({ length: 8 }, () => connect()));
    const currencies = ["USD", "EUR", "GBP", "JPY"];
    await Promise.all(
      writers.map(async (client, i) => {
        await client.query("BEGIN");
        await insert(client, String(i + 1), "KRW");
        await insert(client, "100", currencies[i % currencies.length]);
        await client.query("SELECT pg_sleep(0.05)");
        await client.query("COMMIT");
      }),
    );
    expect(await rollupRow("KRW")).toEqual([{ total: "36.0000", count: 8 }]);
    expect(await rollupDrift(db.prisma)).toEqual([]);
  });
});
