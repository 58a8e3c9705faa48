// Issue #14: a deadlock or serialization failure is run again inside the server a bounded number of
// times, then answered with a coded, retryable error; never an internal error, never a server path.
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import type { AppError } from "../src/common/errors";
import { runWrite, writeAttempts } from "../src/writes/transaction";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** Resolves once `count` callers are waiting: two transactions each holding their first lock. */
function barrier(count: number): () => Promise<void> {
  let waiting = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    waiting += 1;
    if (waiting === count) release();
    return all;
  };
}

test("two writes locking the same rows in opposite orders deadlock once, and both land after a retry", async () => {
  const [x, y] = [
    await db.prisma.actor.create({ data: { kind: "STATE", name: "Estonia" } }),
    await db.prisma.actor.create({ data: { kind: "STATE", name: "Latvia" } }),
  ];
  const bothLocked = barrier(2);
  const attempts = { a: 0, b: 0 };
  const write = (who: "a" | "b", first: string, second: string) =>
    runWrite(db.prisma, async (tx) => {
      attempts[who] += 1;
      await tx.actor.update({ where: { id: first }, data: { description: `${who} first` } });
      if (attempts[who] === 1) await bothLocked();
      await tx.actor.update({ where: { id: second }, data: { description: `${who} second` } });
      return who;
    });
  expect(await Promise.all([write("a", x.id, y.id), write("b", y.id, x.id)])).toEqual(["a", "b"]);
  // PostgreSQL aborted exactly one of them; it ran again after the other committed.
  expect(attempts.a + attempts.b).toBe(3);
  const loser = attempts.a === 2 ? "a" : "b";
  const rows = await db.prisma.actor.findMany({ where: { id: { in: [x.id, y.id] } }, orderBy: { name: "asc" } });
  expect(rows.map((row) => row.description)).toEqual(loser === "a" ? ["a first", "a second"] : ["b second", "b first"]);
});

test("a write that keeps losing is answered WRITE_CONFLICT after a bounded number of runs, writing nothing", async () => {
  let runs = 0;
  const before = await db.prisma.topic.count();
  const error = (await runWrite(db.prisma, async (tx) => {
    runs += 1;
    await tx.topic.create({ data: { slug: `lost-${runs}`, name: `Lost ${runs}`, path: `lost-${runs}` } });
    // A real PostgreSQL error with the deadlock SQLSTATE, as the 16 editors met it.
    await tx.$executeRawUnsafe(`DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`);
  }).catch((caught: unknown) => caught)) as AppError;
  expect(runs).toBe(writeAttempts);
  expect(error.extensions).toEqual({ code: "WRITE_CONFLICT", retryable: true });
  expect(error.message).toBe(
    `the write collided with concurrent writes ${writeAttempts} times (deadlock or serialization failure) and nothing was written; try again`,
  );
  expect(await db.prisma.topic.count()).toBe(before);
});

test("a serialization failure is retried too; other errors are not", async () => {
  let runs = 0;
  const result = await runWrite(db.prisma, async (tx) => {
    runs += 1;
    if (runs === 1)
      await tx.$executeRawUnsafe(`DO $$ BEGIN RAISE EXCEPTION 'could not serialize' USING ERRCODE = '40001'; END $$`);
    return runs;
  });
  expect(result).toBe(2);

  let failures = 0;
  await expect(
    runWrite(db.prisma, async (tx) => {
      failures += 1;
      await tx.$executeRawUnsafe(`DO $$ BEGIN RAISE EXCEPTION 'not a conflict' USING ERRCODE = '22023'; END $$`);
    }),
  ).rejects.toThrow();
  expect(failures).toBe(1);
});
