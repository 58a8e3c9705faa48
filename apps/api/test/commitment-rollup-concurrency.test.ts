import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import type pg from "pg";
import { rollupDrift } from "./support/commitment-totals-check";
import { concurrentWriters } from "./support/race";

let db: TestDatabase;
let committer: string;
const { connect, race, closeAll } = concurrentWriters(() => db);

beforeAll(async () => {
  db = await createTestDatabase();
  committer = (await db.prisma.actor.create({ data: { kind: "STATE", name: "Committer" } })).id;
});

afterEach(() => closeAll());

afterAll(() => db.drop());

const insertSql = `INSERT INTO commitment (id, committer_id, kind, description, amount, currency, status, updated_at)
  VALUES (gen_random_uuid(), $1, 'FINANCIAL', $2, $3, $4, 'PLEDGED', now()) RETURNING id`;

async function insert(client: pg.Client, amount: string, currency = "USD"): Promise<string> {
  return (await client.query(insertSql, [committer, `${currency} ${amount}`, amount, currency])).rows[0].id;
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
