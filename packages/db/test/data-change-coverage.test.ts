// The analytics answer cache is exact only if every table an answer can read bumps the data version
// (migration 20261207020000_data_version): a table added without the trigger would be served stale, silently.
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

/** The public tables that need no data_change trigger, each with why; every other table must have it. */
const unversioned: { pattern: RegExp; why: string }[] = [
  // Summary tables: written only by triggers of covered tables, in the writer's own statement.
  { pattern: /_tally$/, why: "counts kept by the triggers of engagement, statement, participant and their topics" },
  { pattern: /_total$/, why: "key totals kept like the tallies; month totals by engagement_tally's own triggers" },
  { pattern: /_key_none$/, why: "the rows without a key, kept by the same triggers as the tallies" },
  { pattern: /_rollup(_committer)?$/, why: "commitment sums kept by the triggers of commitment and its items" },
  { pattern: /^search_posting$/, why: "search postings kept by the triggers of the records they index" },
  // Not data an answer reads.
  { pattern: /^data_change$/, why: "the version itself: a bump that bumped would never end" },
  { pattern: /^_prisma_migrations$/, why: "the migration log" },
  { pattern: /^audit_entry$/, why: "the audit log: resolver-only (ADMIN), never in a compiled read" },
  { pattern: /^api_token$/, why: "authentication; a token's use would otherwise empty the cache" },
];

// pg_trigger.tgtype bits (PostgreSQL's trigger.h).
const bit = { row: 1, before: 2, insert: 4, delete: 8, update: 16, truncate: 32, instead: 64 };

type Relation = { name: string; kind: string; triggers: { name: string; type: number; enabled: string }[] | null };

let db: TestDatabase;
let relations: Relation[];

beforeAll(async () => {
  db = await createTestDatabase();
  // Plain and partitioned tables and materialized views: anything a read could select rows from.
  relations = await db.prisma.$queryRawUnsafe<Relation[]>(`
    SELECT c.relname AS name, c.relkind::text AS kind,
      (SELECT json_agg(json_build_object('name', t.tgname, 'type', t.tgtype, 'enabled', t.tgenabled))
         FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal
           AND t.tgfoid = 'public.data_change_bump()'::regprocedure) AS triggers
    FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'm')
    ORDER BY c.relname`);
});

afterAll(async () => {
  await db?.drop();
});

const excluded = (name: string) => unversioned.some((u) => u.pattern.test(name));

describe("data_change triggers", () => {
  it("are on every public table but the excluded ones", () => {
    const missing = relations.filter((r) => !r.triggers && !excluded(r.name)).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  it("are not on an excluded table (so the list says what is true)", () => {
    const both = relations.filter((r) => r.triggers && excluded(r.name)).map((r) => r.name);
    expect(both).toEqual([]);
  });

  it("each exclusion matches a table (a stale pattern would hide a new table)", () => {
    const unused = unversioned.filter((u) => !relations.some((r) => u.pattern.test(r.name))).map((u) => u.why);
    expect(unused).toEqual([]);
  });

  it("are one a table, enabled, AFTER, FOR EACH STATEMENT, on INSERT, UPDATE, DELETE and TRUNCATE", () => {
    const all = bit.insert | bit.update | bit.delete | bit.truncate;
    const wrong = relations
      .flatMap((r) => (r.triggers ?? []).map((t) => ({ table: r.name, count: r.triggers?.length, ...t })))
      .filter((t) => t.count !== 1 || t.type !== all || !["O", "A"].includes(t.enabled))
      .map((t) => `${t.table}.${t.name}: tgtype ${t.type}, tgenabled ${t.enabled}, ${t.count} on the table`);
    expect(wrong).toEqual([]);
    // The walk found the 22 tables of the migration, not an empty catalog.
    expect(relations.filter((r) => r.triggers).length).toBeGreaterThanOrEqual(22);
  });
});
