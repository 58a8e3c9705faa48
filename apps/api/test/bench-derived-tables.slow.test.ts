// The bench loads its rows with the derived tables' triggers off and fills those tables afterwards
// (bench/src/data/derived.ts): every table must end as the triggers leave it, and the triggers on again.
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { counterpartTallyDrift, keyTallyDrift, statementTallyDrift, tallyDrift } from "./support/tally-check";

const engagements = 1_500;
let viaTriggers: TestDatabase;
let backfilled: TestDatabase;
/** Loaded, then emptied of the rows of steps added since (links, aliases …) and supplemented as an old data set is. */
let supplemented: TestDatabase;

/** The rows of the later load steps, removed with the triggers on (as though never loaded). */
const laterSteps = `DELETE FROM commitment_link; DELETE FROM commitment_co_committer; DELETE FROM commitment_item;
  DELETE FROM tenure; DELETE FROM office; DELETE FROM actor_alias; DELETE FROM actor_identifier WHERE scheme <> 'bench-code';
  DELETE FROM source_author; DELETE FROM fx_rate`;

beforeAll(async () => {
  [viaTriggers, backfilled, supplemented] = [
    await createTestDatabase(),
    await createTestDatabase(),
    await createTestDatabase(),
  ];
  // The bench is an ES module: imported, not required.
  const { load } = await import("../../../bench/src/data/load.js");
  const log = () => {};
  await load(viaTriggers.url, engagements, { viaTriggers: true, log });
  await load(backfilled.url, engagements, { log });
  await load(supplemented.url, engagements, { log });
  await supplemented.prisma.$executeRawUnsafe(`DO $$ BEGIN ${laterSteps}; END $$`);
  expect(await load(supplemented.url, engagements, { onlyEmpty: true, log })).toBe(true);
  expect(await load(supplemented.url, engagements, { onlyEmpty: true, log })).toBe(false);
}, 120_000);

afterAll(async () => {
  await viaTriggers.drop();
  await backfilled.drop();
  await supplemented.drop();
});

type Digest = { table: string; rows: number; digest: string };

/** Every table's rows, less the columns that hold the time of the load (they differ between two loads). */
async function digests(db: TestDatabase): Promise<Digest[]> {
  const tables = await db.prisma.$queryRawUnsafe<{ table: string; columns: string }[]>(
    `SELECT table_name AS table, string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position) AS columns
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND data_type NOT LIKE 'timestamp%'
      GROUP BY table_name ORDER BY table_name`,
  );
  const result: Digest[] = [];
  for (const { table, columns } of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<{ rows: number; digest: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS digest
         FROM (SELECT ${columns} FROM "${table}") r`,
    );
    result.push({ table, ...row! });
  }
  return result;
}

test("backfilled derived tables equal what the triggers keep, table by table", async () => {
  const expected = await digests(viaTriggers);
  expect(await digests(backfilled)).toEqual(expected);
  const filled = new Map(expected.map((d) => [d.table, d.rows]));
  for (const table of ["engagement_tally", "engagement_month_total", "engagement_key_tally", "counterpart_tally"]) {
    expect(filled.get(table)).toBeGreaterThan(0);
  }
  for (const table of ["statement_key_tally", "commitment_rollup", "commitment_stage_rollup", "search_posting"]) {
    expect(filled.get(table)).toBeGreaterThan(0);
  }
  // Every table a read reaches holds rows (tokens and the audit log are written by the API alone).
  const empty = expected.filter((d) => d.rows === 0).map((d) => d.table);
  expect(empty.sort()).toEqual(["api_token", "audit_entry", "engagement_key_none", "statement_key_none"]);
  // Links make totals leave commitments out (superseded, restating, parts of a valued whole).
  const [uncounted] = await backfilled.prisma.$queryRawUnsafe<{ count: number }[]>(
    "SELECT count(*)::int AS count FROM accord_commitment_uncounted()",
  );
  expect(uncounted!.count).toBeGreaterThan(0);
});

test("a data set supplemented with the later steps equals one loaded whole", async () => {
  // data_change counts the writes (the data version), which the supplement's deletes and inserts add to.
  const unversioned = (all: Digest[]) => all.filter((d) => d.table !== "data_change");
  expect(unversioned(await digests(supplemented))).toEqual(unversioned(await digests(viaTriggers)));
});

test("the backfilled tallies agree with the base tables, and every trigger is on again", async () => {
  expect(await tallyDrift(backfilled.prisma)).toEqual([]);
  expect(await keyTallyDrift(backfilled.prisma)).toEqual([]);
  expect(await counterpartTallyDrift(backfilled.prisma)).toEqual([]);
  expect(await statementTallyDrift(backfilled.prisma)).toEqual([]);
  const [off] = await backfilled.prisma.$queryRawUnsafe<{ count: number }[]>(
    "SELECT count(*)::int AS count FROM pg_trigger WHERE tgenabled = 'D'",
  );
  expect(off!.count).toBe(0);
});
