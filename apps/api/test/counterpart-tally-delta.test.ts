// counterpart_tally applied as a difference (migration 20261206234500): every kind of participant change,
// and re-dates, leave the tally equal to the dyads counted from the participant rows, the first and last
// dates included when the meeting that held them goes.
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { counterpartTallyDrift } from "./support/tally-check";

let db: TestDatabase;
let ids: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  ids = await Promise.all(
    ["A", "B", "C", "D", "E", "F"].map(
      async (name, i) => (await db.prisma.actor.create({ data: { kind: i < 3 ? "STATE" : "PERSON", name } })).id,
    ),
  );
});

afterAll(() => db.drop());

const run = (sql: string, ...values: unknown[]) => db.prisma.$executeRawUnsafe(sql, ...values);

async function engagement(day: string): Promise<string> {
  const [row] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO engagement (id, kind, title, start_date, start_precision, span_end, updated_at)
     VALUES (gen_random_uuid(), 'CALL', 'Meeting', $1::date, 'DAY', $1::date, now()) RETURNING id::text`,
    day,
  );
  return row!.id;
}

/** Adds participants [actor index, represented index or null] to an engagement in one INSERT. */
const add = (engagementId: string, rows: [number, number | null][]) =>
  run(
    `INSERT INTO participant (id, engagement_id, actor_id, represents_id)
     SELECT gen_random_uuid(), $1::uuid, a, r FROM unnest($2::uuid[], $3::uuid[]) u(a, r)`,
    engagementId,
    rows.map(([a]) => ids[a]),
    rows.map(([, r]) => (r === null ? null : ids[r])),
  );

const redate = (engagementId: string, day: string) =>
  run("UPDATE engagement SET start_date = $2::date, span_end = $2::date WHERE id = $1::uuid", engagementId, day);

test("stays exact through inserts, moves, re-dates and deletes, the first and last dates included", async () => {
  const [e1, e2, e3] = [await engagement("2020-01-10"), await engagement("2021-05-05"), await engagement("2022-09-09")];
  await add(e1, [
    [0, null],
    [3, 1],
    [4, 1],
    [2, null],
  ]);
  await add(e2, [
    [0, null],
    [1, null],
    [5, 2],
  ]);
  await add(e3, [
    [3, 0],
    [1, null],
    [4, null],
  ]);
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  // The earliest meeting of A and C re-dated past the others, then the latest back before them.
  await redate(e1, "2023-01-01");
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  await redate(e3, "2019-02-02");
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  // A participant moved to another engagement, another now representing someone else, another's actor changed.
  await run(
    "UPDATE participant SET engagement_id = $2::uuid WHERE engagement_id = $1::uuid AND actor_id = $3::uuid",
    e1,
    e2,
    ids[4],
  );
  await run(
    "UPDATE participant SET represents_id = $2::uuid WHERE actor_id = $1::uuid AND engagement_id = $3::uuid",
    ids[5],
    ids[0],
    e2,
  );
  await run(
    "UPDATE participant SET actor_id = $2::uuid WHERE actor_id = $1::uuid AND engagement_id = $3::uuid",
    ids[1],
    ids[2],
    e3,
  );
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  // Removing the meeting holding a dyad's first date, then the one holding its last, then a whole engagement.
  await run("DELETE FROM participant WHERE engagement_id = $1::uuid AND actor_id = $2::uuid", e3, ids[3]);
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  await run("DELETE FROM participant WHERE engagement_id = $1::uuid AND actor_id = $2::uuid", e1, ids[0]);
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  await run("DELETE FROM engagement WHERE id = $1::uuid", e2);
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  // A participant's title changed: no dyad changes, none recounted.
  await run("UPDATE participant SET title_as_reported = 'Envoy' WHERE engagement_id = $1::uuid", e1);
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
});

test("adds the pairs of a large engagement's delegates, each representing a state, exactly", async () => {
  const delegates = await Promise.all(
    Array.from(
      { length: 60 },
      async (_, i) => (await db.prisma.actor.create({ data: { kind: "PERSON", name: `Delegate ${i}` } })).id,
    ),
  );
  const [big, other] = [await engagement("2024-04-04"), await engagement("2024-06-06")];
  await add(other, [
    [0, null],
    [1, null],
  ]);
  await run(
    `INSERT INTO participant (id, engagement_id, actor_id, represents_id)
     SELECT gen_random_uuid(), $1::uuid, d, ($3::uuid[])[1 + (n % 3)] FROM unnest($2::uuid[]) WITH ORDINALITY u(d, n)`,
    big,
    delegates,
    ids.slice(0, 3),
  );
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  await redate(big, "2024-08-08");
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  await run(
    "DELETE FROM participant WHERE engagement_id = $1::uuid AND actor_id = ANY($2::uuid[])",
    big,
    delegates.slice(0, 30),
  );
  expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
});
