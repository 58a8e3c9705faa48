import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import type pg from "pg";
import { concurrentWriters } from "./support/race";
import { tallyDrift } from "./support/tally-check";

let db: TestDatabase;
const { connect, race, closeAll } = concurrentWriters(() => db);

beforeAll(async () => {
  db = await createTestDatabase();
});

afterEach(() => closeAll());

afterAll(() => db.drop());

const insertSql = `INSERT INTO engagement (id, kind, title, start_date, start_precision, span_end, updated_at)
  VALUES (gen_random_uuid(), $1, 'Meeting', $2, $3, $2, now()) RETURNING id`;

async function insert(client: pg.Client, day: string, precision = "DAY", kind = "CALL"): Promise<string> {
  return (await client.query(insertSql, [kind, day, precision])).rows[0].id;
}

const tallyRow = (year: number, month: number) => db.prisma.$queryRaw<{ count: number }[]>`
  SELECT count FROM engagement_tally WHERE year = ${year} AND month = ${month} AND kind = 'CALL'`;

describe("engagement_tally with concurrent writers (READ COMMITTED)", () => {
  it("counts both of two transactions that add to the same group", async () => {
    await race(
      (a) => insert(a, "2024-05-01"),
      (b) => insert(b, "2024-05-20"),
    );
    expect(await tallyRow(2024, 5)).toEqual([{ count: 2 }]);
    expect(await tallyDrift(db.prisma)).toEqual([]);
  });

  it("moves an engagement between groups while another transaction adds to its new group", async () => {
    const setup = await connect();
    const id = await insert(setup, "2023-01-10");
    await race(
      (a) => a.query("UPDATE engagement SET start_date = '2023-01-01', start_precision = 'YEAR' WHERE id = $1", [id]),
      (b) => insert(b, "2023-01-01", "YEAR"),
    );
    expect(await tallyRow(2023, 0)).toEqual([{ count: 2 }]);
    expect(await tallyRow(2023, 1)).toEqual([]);
    expect(await tallyDrift(db.prisma)).toEqual([]);
  });

  it("counts both of two transactions that add to two months of one year in its year group", async () => {
    await race(
      (a) => insert(a, "2021-02-01"),
      (b) => insert(b, "2021-09-01"),
    );
    const years = await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count FROM engagement_year_tally WHERE year = 2021 AND kind = 'CALL'`;
    expect(years).toEqual([{ count: 2 }]);
    expect(await tallyDrift(db.prisma)).toEqual([]);
  });

  it("counts both of two transactions that add two kinds to one month in its month total", async () => {
    await race(
      (a) => insert(a, "2019-04-01", "DAY", "CALL"),
      (b) => insert(b, "2019-04-20", "DAY", "VISIT"),
    );
    const totals = await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count FROM engagement_month_total WHERE year = 2019 AND month = 4`;
    expect(totals).toEqual([{ count: 2 }]);
    expect(await tallyDrift(db.prisma)).toEqual([]);
  });

  it("stays exact with eight writers at once, inserting and deleting across shared groups", async () => {
    const writers = await Promise.all(Array.from({ length: 8 }, () => connect()));
    await Promise.all(
      writers.map(async (client, i) => {
        await client.query("BEGIN");
        const id = await insert(client, `2022-0${(i % 3) + 1}-15`);
        await insert(client, "2022-06-01", "MONTH", i % 2 ? "VISIT" : "CALL");
        if (i % 4 === 0) await client.query("DELETE FROM engagement WHERE id = $1", [id]);
        await client.query("SELECT pg_sleep(0.05)");
        await client.query("COMMIT");
      }),
    );
    expect(await tallyDrift(db.prisma)).toEqual([]);
    const [total] = await db.prisma.$queryRaw<
      { n: number }[]
    >`SELECT sum(count)::int AS n FROM engagement_tally WHERE year = 2022`;
    expect(total).toEqual({ n: 14 });
  });
});
