import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CommitmentStatus, stageOfStatus, statusFromStages } from "@accord/domain";
import { applyMigrations } from "../src/migrate/apply";
import { migrationsDir } from "../src/migrate/migrations";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

const stagesMigration = "20261205150200_commitment_stages";
type Row = Record<string, unknown>;

let seeded: TestDatabase;
let before: TestDatabase;
let folder: string;

beforeAll(async () => {
  // The seed as the current code writes it, copied (without stages) into a database that stops just before stages.
  seeded = await createTestDatabase({ seeded: true });
  before = await createTestDatabase({ empty: true });
  folder = mkdtempSync(path.join(tmpdir(), "accord-stages-"));
  for (const name of readdirSync(migrationsDir)) {
    if (name < stagesMigration || !/^\d{14}_/.test(name))
      cpSync(path.join(migrationsDir, name), path.join(folder, name), { recursive: true });
  }
  await applyMigrations({ databaseUrl: before.url, migrationsDir: folder });
  await dropWhatIsNewer(seeded, before);
  await relaxWhatIsLooser(seeded, before);
  const tables = ["commitment_stage", "_prisma_migrations"].flatMap((table) => ["--exclude-table-data", table]);
  const quiet = { stdio: ["pipe", "pipe", "pipe"] as "pipe"[], maxBuffer: 1 << 28 };
  const data = execFileSync("pg_dump", ["--data-only", "--disable-triggers", ...tables, seeded.url], quiet);
  execFileSync("psql", ["-q", "-v", "ON_ERROR_STOP=1", before.url], { ...quiet, input: data });
  await generateOldShapes(before);
}, 120_000);

afterAll(async () => {
  await seeded?.drop();
  await before?.drop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Lets `to`'s older schema take nulls where later migrations allow them (a source without a title). */
async function relaxWhatIsLooser(from: TestDatabase, to: TestDatabase): Promise<void> {
  const nullable = `SELECT table_name || '.' || column_name AS c FROM information_schema.columns
    WHERE table_schema = 'public' AND is_nullable = 'YES'`;
  const rows = async (db: TestDatabase) => (await db.prisma.$queryRawUnsafe<{ c: string }[]>(nullable)).map((r) => r.c);
  const older = new Set(await rows(to));
  for (const column of await rows(from)) {
    const [table, name] = column.split(".");
    if (!older.has(column))
      await to.prisma.$executeRawUnsafe(`ALTER TABLE "${table}" ALTER COLUMN "${name}" DROP NOT NULL`);
  }
}

/** Drops the tables and columns that later migrations added, so `from`'s data fits `to`'s older schema. */
async function dropWhatIsNewer(from: TestDatabase, to: TestDatabase): Promise<void> {
  const columnsOf = async (db: TestDatabase) =>
    new Set(
      (
        await db.prisma.$queryRawUnsafe<{ c: string }[]>(
          `SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'public'`,
        )
      ).map((row) => row.c),
    );
  const older = await columnsOf(to);
  const olderTables = new Set([...older].map((c) => c.split(".")[0]));
  for (const column of await columnsOf(from)) {
    const [table, name] = column.split(".");
    if (!olderTables.has(table)) await from.prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS "${table}" CASCADE`);
    else if (!older.has(column))
      await from.prisma.$executeRawUnsafe(`ALTER TABLE "${table}" DROP COLUMN "${name}" CASCADE`);
  }
}

/** 2,000 generated commitments in the shapes old data can take: histories of 0–4 changes, amounts or none, a status the history does not end with. */
async function generateOldShapes(db: TestDatabase): Promise<void> {
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO commitment (id, committer_id, kind, description, amount, currency, amount_as_reported, status, made_on, made_on_precision, updated_at)
    SELECT gen_random_uuid(), (SELECT id FROM actor ORDER BY id LIMIT 1), 'FINANCIAL', 'generated ' || i,
           CASE WHEN i % 3 = 0 THEN NULL ELSE (i * 1.5)::numeric END, CASE WHEN i % 3 = 0 THEN NULL ELSE 'EUR' END,
           CASE WHEN i % 7 = 0 THEN 'about ' || i END,
           (enum_range(NULL::"CommitmentStatus"))[1 + i % 7],
           CASE WHEN i % 4 = 0 THEN NULL ELSE date '2020-01-01' + i END, CASE WHEN i % 4 = 0 THEN NULL ELSE 'DAY'::"DatePrecision" END, now()
      FROM generate_series(1, 2000) i`);
  // i % 5 changes each; the last is the commitment's status except for every eleventh commitment.
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO commitment_status_change (id, commitment_id, status, effective_on, effective_precision, note, recorded_at)
    SELECT gen_random_uuid(), c.id,
           CASE WHEN j = n AND n % 11 <> 0 THEN c.status ELSE (enum_range(NULL::"CommitmentStatus"))[1 + (n + j) % 7] END,
           CASE WHEN j % 2 = 0 THEN date '2021-06-01' + j END, CASE WHEN j % 2 = 0 THEN 'MONTH'::"DatePrecision" END,
           CASE WHEN j = 2 THEN 'note ' || n END, timestamptz '2024-01-01' + j * interval '1 day'
      FROM (SELECT id, status, split_part(description, ' ', 2)::int AS n FROM commitment WHERE description LIKE 'generated %') c,
           generate_series(1, c.n % 5) j`);
}

function byCommitment(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows)
    groups.set(row.commitment_id as string, [...(groups.get(row.commitment_id as string) ?? []), row]);
  return groups;
}

async function snapshot(db: TestDatabase) {
  const commitments = await db.prisma.$queryRawUnsafe<Row[]>(
    `SELECT id::text, status::text, amount::text, currency, amount_as_reported, made_on::text, made_on_precision::text FROM commitment ORDER BY id`,
  );
  const history = await db.prisma.$queryRawUnsafe<Row[]>(
    `SELECT commitment_id::text, status::text, effective_on::text, effective_precision::text, note, recorded_at
       FROM commitment_status_change ORDER BY commitment_id, recorded_at, id`,
  );
  return { commitments, history };
}

describe(`migration ${stagesMigration}`, () => {
  it("turns each status change into a stage and the amount into the first stage, losing nothing, on the seed and on generated data", async () => {
    const old = await snapshot(before);
    expect(old.commitments.length).toBe(2005);
    cpSync(path.join(migrationsDir, stagesMigration), path.join(folder, stagesMigration), { recursive: true });
    expect(await applyMigrations({ databaseUrl: before.url, migrationsDir: folder })).toEqual([stagesMigration]);

    expect(await snapshot(before)).toEqual(old);
    const stages = await before.prisma.$queryRawUnsafe<Row[]>(
      `SELECT commitment_id::text, position, kind::text, amount::text, currency, amount_as_reported, occurred_on::text,
              occurred_on_precision::text, occurred_on_inferred, provider_id, receiver_id, note, recorded_at
         FROM commitment_stage ORDER BY commitment_id, position`,
    );
    const historyOf = byCommitment(old.history);
    const stagesOf = byCommitment(stages);
    let extras = 0;
    for (const c of old.commitments) {
      const id = c.id as string;
      const history = historyOf.get(id) ?? [];
      const own = stagesOf.get(id) ?? [];
      // The history, entry by entry, in order.
      expect(
        own
          .slice(0, history.length)
          .map((s) => [s.kind, s.occurred_on, s.occurred_on_precision, s.note, s.recorded_at]),
      ).toEqual(
        history.map((h) => [
          stageOfStatus[h.status as CommitmentStatus],
          h.effective_on,
          h.effective_precision,
          h.note,
          h.recorded_at,
        ]),
      );
      // One more stage only where the history did not end with the status.
      const endsWithStatus = history.at(-1)?.status === c.status;
      expect({ id, stages: own.length }).toEqual({ id, stages: history.length + (endsWithStatus ? 0 : 1) });
      if (!endsWithStatus) extras++;
      if (!history.length)
        expect([own[0]!.occurred_on, own[0]!.occurred_on_precision]).toEqual([c.made_on, c.made_on_precision]);
      // The status read back from the stages is the status the commitment had.
      expect({ id, status: statusFromStages(own.map((s) => s.kind as never)) }).toEqual({ id, status: c.status });
      // The money sits on the first stage, as reported, and nowhere else.
      expect(own.map((s) => [s.amount, s.currency, s.amount_as_reported])).toEqual(
        own.map((_, i) => (i === 0 ? [c.amount, c.currency, c.amount_as_reported] : [null, null, null])),
      );
      expect(own.map((s) => s.position)).toEqual(own.map((_, i) => i));
    }
    expect(stages.length).toBe(old.history.length + extras);
    expect(extras).toBeGreaterThan(100);
    expect(
      stages.every((s) => s.occurred_on_inferred === false && s.provider_id === null && s.receiver_id === null),
    ).toBe(true);
  });
});
