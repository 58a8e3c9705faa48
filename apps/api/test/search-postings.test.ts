import { Prisma } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { postingsPageCtes } from "../src/search/postings.sql";
import type { SearchCursor } from "../src/search/ranking.sql";
import { searchables } from "../src/search/search.service";
import { searchHitsSql, searchPageSql } from "../src/search/search.sql";

// Search's postings (migration 20261128060000_search_postings) against ranking every match: the same
// pages, on data made of few words so that ranks tie, rows hold several lexemes of one prefix, and a
// prefix can expand past what the postings read takes.
let db: TestDatabase;

// Each row's search text: 1 to 6 words drawn by hash from a small vocabulary, k0 … k24 among them.
const words = `ARRAY['korea','korean','koreas','seoul','nato','summit','aid','korea','seoul','k' || (i % 25)]`;
const text = (salt: string) =>
  `(SELECT string_agg((${words})[1 + abs(hashtext('${salt}' || i || '-' || w)) % 10], ' ')
      FROM generate_series(1, 1 + abs(hashtext('${salt}' || i)) % 6) w)`;

async function insertRows(from: number, to: number) {
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO actor (id, kind, name, search_text, updated_at)
    SELECT md5('a' || i)::uuid, 'PERSON', 'Actor ' || i, ${text("a")}, now() FROM generate_series(${from}, ${to}) i`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO engagement (id, kind, title, search_text, start_date, span_end, updated_at)
    SELECT md5('e' || i)::uuid, 'BILATERAL_MEETING', 'Meeting ' || i, ${text("e")}, DATE '2024-01-01', DATE '2024-01-01', now()
      FROM generate_series(${from}, ${to}) i`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO statement (id, engagement_id, speaker_id, kind, gist, search_text, position, updated_at)
    SELECT md5('s' || i)::uuid, md5('e' || i)::uuid, md5('a' || i)::uuid, 'POSITION', 'Statement ' || i, ${text("s")}, 1, now()
      FROM generate_series(${from}, ${to}) i`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO commitment (id, committer_id, kind, description, status, search_text, engagement_id, updated_at)
    SELECT md5('c' || i)::uuid, md5('a' || i)::uuid, 'FINANCIAL', 'Commitment ' || i, 'ANNOUNCED', ${text("c")},
      md5('e' || i)::uuid, now() FROM generate_series(${from}, ${to}, 2) i`);
}

type Hit = SearchCursor;

async function everyMatchRanked(prefixQuery: string, size: number, after?: SearchCursor): Promise<Hit[]> {
  const resume = after
    ? Prisma.sql`WHERE (-hits.rank, hits.type, hits.id) > (${-after.rank}::float8, ${after.type}::text, ${after.id}::uuid)`
    : Prisma.empty;
  return db.prisma.$queryRaw<
    Hit[]
  >`SELECT hits.type, hits.id, hits.rank FROM (${searchHitsSql(searchables, prefixQuery)}) hits
    ${resume} ORDER BY hits.rank DESC, hits.type, hits.id LIMIT ${size + 1}`;
}

/** Whether the postings' check passed, i.e. the page came from the postings and not from ranking every match. */
async function postingsAnswered(word: string, size: number, after?: SearchCursor): Promise<boolean> {
  const ctes = postingsPageCtes({
    tables: searchables,
    prefixQuery: `${word}:*`,
    word,
    limit: Prisma.raw(String(size + 1)),
    after,
  });
  const [row] = await db.prisma.$queryRaw<{ ok: boolean }[]>`WITH RECURSIVE ${ctes} SELECT ok FROM verdict`;
  return row!.ok;
}

const page = (prefixQuery: string, size: number, after?: SearchCursor) =>
  db.prisma.$queryRaw<Hit[]>(searchPageSql({ tables: searchables, prefixQuery, size, after }));

/** Rows of search_posting missing or extra against postings recomputed from the four tables. */
async function postingsDrift(): Promise<number> {
  const expected = searchables
    .map(
      ({ type, table }) =>
        Prisma.sql`SELECT p.* FROM ${table} x, accord_search_postings(${type}, x.id, x.search_vector) p WHERE x.search_vector IS NOT NULL`,
    )
    .reduce((all, one) => Prisma.sql`${all} UNION ALL ${one}`);
  const [row] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT
    (SELECT count(*) FROM ((${expected}) EXCEPT ALL SELECT * FROM search_posting) a)::int +
    (SELECT count(*) FROM (SELECT * FROM search_posting EXCEPT ALL (${expected})) b)::int AS n`;
  return row!.n;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await insertRows(1, 600);
});

afterAll(async () => {
  await db?.drop();
});

describe("search's postings", () => {
  it("hold exactly the postings of every searchable row after bulk inserts", async () => {
    const [row] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM search_posting`;
    expect(row?.n).toBeGreaterThan(3000);
    expect(await postingsDrift()).toBe(0);
  });

  it.each([
    ["korea", 20],
    ["korea", 1],
    ["korean", 20],
    ["kor", 50],
    ["seoul", 20],
    ["seo", 5],
    ["nato", 100],
    ["k", 20],
    ["k1", 20],
    ["zzz", 20],
  ])("give %s's first page of %i exactly as ranking every match does", async (word, size) => {
    const expected = await everyMatchRanked(`${word}:*`, size);
    expect(await page(`${word}:*`, size)).toEqual(expected);
  });

  it("answer from the postings where the prefix expands to at most 16 lexemes, ties and shared rows included", async () => {
    // korea:* holds korea, korean and koreas, and many rows hold two of them; ranks tie by the hundred.
    const [pair] = await db.prisma.$queryRaw<{ shared: number }[]>`
      SELECT count(*)::int AS shared FROM statement WHERE search_vector @@ to_tsquery('simple', 'korea & korean')`;
    expect(pair?.shared).toBeGreaterThan(10);
    for (const word of ["korea", "kor", "seoul", "nato", "k1", "zzz"])
      expect(await postingsAnswered(word, 20)).toBe(true);
    // k:* expands to k0 … k24 and the vocabulary's other k-words: every match is ranked instead.
    expect(await postingsAnswered("k", 20)).toBe(false);
  });

  it("walk every page after a cursor exactly as ranking every match does", async () => {
    for (const word of ["korea", "seoul"]) {
      let after: SearchCursor | undefined;
      let pages = 0;
      for (;;) {
        const expected = await everyMatchRanked(`${word}:*`, 37, after);
        expect(await page(`${word}:*`, 37, after)).toEqual(expected);
        if (expected.length <= 37) break;
        after = expected[36];
        pages++;
      }
      expect(pages).toBeGreaterThan(5);
    }
  });

  it("stay exact through updates, deletes, cascades, more inserts and a truncate", async () => {
    await db.prisma.$executeRawUnsafe(
      `UPDATE statement SET search_text = search_text || ' korea korean' WHERE abs(hashtext(id::text)) % 5 = 0`,
    );
    await db.prisma.$executeRawUnsafe(
      `UPDATE engagement SET title = title || ' (updated)' WHERE abs(hashtext(id::text)) % 3 = 0`,
    );
    await db.prisma.$executeRawUnsafe(`UPDATE actor SET search_text = 'seoul' WHERE abs(hashtext(id::text)) % 7 = 0`);
    await db.prisma.$executeRawUnsafe(`DELETE FROM commitment WHERE abs(hashtext(id::text)) % 4 = 0`);
    // Statements and commitments go with their engagements (ON DELETE CASCADE).
    await db.prisma.$executeRawUnsafe(`DELETE FROM engagement WHERE abs(hashtext(id::text)) % 6 = 0`);
    await insertRows(601, 700);
    expect(await postingsDrift()).toBe(0);
    for (const word of ["korea", "korean", "seoul", "k"]) {
      expect(await page(`${word}:*`, 20)).toEqual(await everyMatchRanked(`${word}:*`, 20));
    }
    await db.prisma.$executeRawUnsafe("TRUNCATE commitment CASCADE");
    expect(await postingsDrift()).toBe(0);
    expect(await page("korea:*", 20)).toEqual(await everyMatchRanked("korea:*", 20));
  });
});
