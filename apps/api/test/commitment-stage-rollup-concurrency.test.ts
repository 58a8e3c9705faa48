import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import type pg from "pg";
import { stageRollupDrift } from "./support/commitment-totals-check";
import { concurrentWriters } from "./support/race";

// commitment_stage_rollup (migration 20261206061500) under concurrent writers at READ COMMITTED: each race
// makes the second writer wait for the first, then the rollup must equal the sums taken from the stages.
let db: TestDatabase;
let committers: [string, string];
const { connect, race, closeAll } = concurrentWriters(() => db);

beforeAll(async () => {
  db = await createTestDatabase();
  const made = await Promise.all(
    ["First", "Second"].map((name) => db.prisma.actor.create({ data: { kind: "STATE", name } })),
  );
  committers = [made[0]!.id, made[1]!.id];
});

afterEach(() => closeAll());

afterAll(() => db.drop());

async function commitment(client: pg.Client, committer = committers[0]): Promise<string> {
  const sql = `INSERT INTO commitment (id, committer_id, kind, description, status, updated_at)
    VALUES (gen_random_uuid(), $1, 'FINANCIAL', 'Aid', 'PLEDGED', now()) RETURNING id`;
  return (await client.query(sql, [committer])).rows[0].id;
}

async function stage(client: pg.Client, commitmentId: string, amount: string, kind = "PLEDGED"): Promise<void> {
  await client.query(
    `INSERT INTO commitment_stage (id, commitment_id, position, kind, amount, currency)
     VALUES (gen_random_uuid(), $1, (SELECT coalesce(max(position), 0) + 1 FROM commitment_stage WHERE commitment_id = $1), $2, $3, 'USD')`,
    [commitmentId, kind, amount],
  );
}

async function rollup() {
  return db.prisma.$queryRaw<{ committer: string; stage: string; total: string; count: number }[]>`
    SELECT committer_id::text AS committer, stage::text, total::text, count FROM commitment_stage_rollup
    WHERE currency = 'USD' ORDER BY 1, 2`;
}

/** After a race: the rollup's USD groups are `expected`, and nothing drifted from the stages. */
async function expectRollup(expected: { committer: string; stage: string; total: string; count: number }[]) {
  expect(await rollup()).toEqual(expected);
  expect(await stageRollupDrift(db.prisma)).toEqual([]);
}

const partOf = (client: pg.Client, part: string, whole: string) =>
  client.query("INSERT INTO commitment_link (from_id, to_id, kind) VALUES ($1, $2, 'PART_OF')", [part, whole]);

/** A fresh whole (first committer) and a commitment of the second committer to become or be its part. */
async function wholeAndPart(setup: pg.Client): Promise<[string, string]> {
  await db.prisma.$executeRaw`DELETE FROM commitment`;
  return [await commitment(setup), await commitment(setup, committers[1])];
}

describe("commitment_stage_rollup with concurrent writers (READ COMMITTED)", () => {
  it("counts both of two transactions that add stages to the same group", async () => {
    const setup = await connect();
    const [x, y] = [await commitment(setup), await commitment(setup)];
    await race(
      (a) => stage(a, x, "10"),
      (b) => stage(b, y, "20"),
    );
    await expectRollup([{ committer: committers[0], stage: "PLEDGED", total: "30.0000", count: 2 }]);
  });

  it("moves a stage added meanwhile with its commitment to the new committer", async () => {
    await db.prisma.$executeRaw`DELETE FROM commitment`;
    const setup = await connect();
    const x = await commitment(setup);
    await race(
      (a) => stage(a, x, "5", "DELIVERED"),
      (b) => b.query("UPDATE commitment SET committer_id = $1 WHERE id = $2", [committers[1], x]),
    );
    await expectRollup([{ committer: committers[1], stage: "DELIVERED", total: "5.0000", count: 1 }]);
  });

  it("leaves out a part's stage once a PART_OF link to a whole with an amount at that stage commits", async () => {
    const setup = await connect();
    const [whole, part] = await wholeAndPart(setup);
    await stage(setup, whole, "100");
    await race(
      (a) => partOf(a, part, whole),
      (b) => stage(b, part, "40"),
    );
    await expectRollup([{ committer: committers[0], stage: "PLEDGED", total: "100.0000", count: 1 }]);
  });

  it("leaves out a part's stage written while its whole gets an amount at that stage", async () => {
    const setup = await connect();
    const [whole, part] = await wholeAndPart(setup);
    await partOf(setup, part, whole);
    await race(
      (a) => stage(a, whole, "100", "DISBURSED"),
      (b) => stage(b, part, "40", "DISBURSED"),
    );
    await expectRollup([{ committer: committers[0], stage: "DISBURSED", total: "100.0000", count: 1 }]);
  });

  it("gives a committer's groups back when its commitments are deleted", async () => {
    const setup = await connect();
    await setup.query("DELETE FROM commitment WHERE committer_id = $1", [committers[0]]);
    expect(await stageRollupDrift(db.prisma)).toEqual([]);
    await setup.query("TRUNCATE commitment CASCADE");
    expect(await rollup()).toEqual([]);
  });
});
