import { Prisma, type PrismaClient } from "@accord/db";
import { prefixWords } from "@accord/domain";
import { planningClient } from "../common/planning-client";

/**
 * A word whose prefix's lexemes are in at least this share of a table's rows is common: a GIN lookup of
 * it reads that share of the table's postings (`topic:*`, in 199,000 of the benchmark's 200,000
 * statements: ~5 ms of every lookup of "topic 17"), so it is tested on each row the other conditions
 * find instead (docs/search.md, "Words filters").
 */
export const commonShare = 0.1;

/**
 * Every word common, they are tested on each row only if they are together in at least this share of the
 * rows for certain (1 minus the shares of rows each word misses: "topic" in 99.5% and "6" in 10% share at
 * least 9.5%; two words in 30% each may share none): a walk in the page's order then reads at most ~20
 * rows a match, unless the other conditions rarely hold with the words.
 */
const walkShare = 0.05;

/** How long a table's statistics are used before they are read again (they change only with ANALYZE). */
const refreshMs = 10 * 60_000;

/** Tables whose `search_vector` a words filter tests, with their rows' type in search_posting. */
const postingTypes = { statement: "Statement", engagement: "Engagement" } as const;
export type WordsTable = keyof typeof postingTypes;

/** Per table, its rows (pg_class) and its search vector's most common lexemes with their shares of rows (pg_stats). */
type TableStats = { rows: number; lexemes: string[]; shares: number[] };
type Kept = { at: number; tables: Map<string, TableStats>; words: Map<string, number>; refresh?: Promise<unknown> };

const kept = new WeakMap<PrismaClient, Kept>();
const firstReads = new WeakMap<PrismaClient, Promise<Kept>>();
/** Words whose share is kept between refreshes (a table and a word each). */
const maxWords = 10_000;

async function readStats(prisma: PrismaClient): Promise<Map<string, TableStats>> {
  const rows = await prisma.$queryRaw<
    { table: string; rows: number; lexemes: string[] | null; shares: number[] | null }[]
  >`
    SELECT c.relname AS table, c.reltuples::float8 AS rows, s.most_common_elems::text::text[] AS lexemes,
        s.most_common_elem_freqs::float8[] AS shares
      FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = c.relname
        AND s.attname = 'search_vector'
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relname IN ('statement', 'engagement')`;
  return new Map(
    rows.map((row) => [row.table, { rows: Number(row.rows), lexemes: row.lexemes ?? [], shares: row.shares ?? [] }]),
  );
}

/**
 * The tables' statistics and the shares found of words: read once, then kept and read again in the
 * background every 10 minutes. They only choose how rows are found, never which: a compiled read keeps
 * its SQL (read through planningClient).
 */
async function keptStats(client: PrismaClient): Promise<Kept> {
  const known = kept.get(client);
  if (!known) {
    let first = firstReads.get(client);
    if (!first) {
      first = readStats(client).then((tables) => {
        const fresh: Kept = { at: Date.now(), tables, words: new Map() };
        kept.set(client, fresh);
        return fresh;
      });
      first.finally(() => firstReads.delete(client)).catch(() => undefined);
      firstReads.set(client, first);
    }
    return first;
  }
  if (Date.now() - known.at > refreshMs && !known.refresh) {
    known.refresh = readStats(client)
      .then((tables) => Object.assign(known, { tables, words: new Map() }))
      .catch(() => undefined)
      .finally(() => Object.assign(known, { at: Date.now(), refresh: undefined }));
  }
  return known;
}

/**
 * The share of the table's rows holding a lexeme that starts with the word. First from the most common
 * lexemes (ANALYZE's sample: `topic` is in 99.5% of the statements); a prefix below the threshold there
 * may still expand to many rare lexemes (`6:*` is `6` in 1.6% of the statements, but with `6000.0`, `61`
 * … in 12.5%), so its postings are counted, at most the threshold's number of rows (once per word).
 */
async function shareOf(client: PrismaClient, stats: Kept, table: WordsTable, word: string): Promise<number> {
  const tableStats = stats.tables.get(table);
  if (!tableStats || !(tableStats.rows > 0)) return 0;
  let share = 0;
  tableStats.lexemes.forEach((lexeme, i) => {
    if (lexeme.startsWith(word)) share += tableStats.shares[i] ?? 0;
  });
  if (share >= commonShare) return Math.min(1, share);
  const key = `${table}:${word}`;
  const known = stats.words.get(key);
  if (known !== undefined) return known;
  const enough = Math.ceil(commonShare * tableStats.rows);
  const [counted] = await client.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT FROM search_posting p
      WHERE starts_with(p.lexeme, ${word}) AND p.type = ${postingTypes[table]} LIMIT ${enough}) x`;
  const found = Math.min(1, (counted?.n ?? 0) / tableStats.rows);
  if (stats.words.size >= maxWords) stats.words.clear();
  stats.words.set(key, found);
  return found;
}

const prefixQuery = (words: string[]) => words.map((word) => `${word}:*`).join(" & ");

/**
 * A words filter over `alias.search_vector` (every word a prefix, all of them): the rare words are looked
 * up in the GIN index, the common ones tested on each row (`ts_match_vq`, the function of `@@`, which
 * the planner does not take to the index). With every word common the planner walks the rows in the
 * page's order and stops after the page's matches; with a rare word it reads that word's postings
 * only. Either way the same rows match.
 */
export async function wordsCondition(
  prisma: PrismaClient,
  table: WordsTable,
  alias: Prisma.Sql,
  text: string,
): Promise<Prisma.Sql | null> {
  const words = prefixWords(text);
  if (!words.length) return null;
  const client = planningClient(prisma);
  const stats = await keptStats(client);
  const shares = new Map<string, number>();
  for (const word of words) shares.set(word, await shareOf(client, stats, table, word));
  const share = (word: string) => shares.get(word) ?? 0;
  let common = words.filter((word) => share(word) >= commonShare);
  // Every word common but not surely together: walking could read many rows for each match (every row, for
  // words never together), so the rarest is looked up.
  const together = 1 - common.reduce((missed, word) => missed + (1 - share(word)), 0);
  if (common.length === words.length && together < walkShare) {
    const rarest = [...common].sort((a, b) => share(a) - share(b))[0];
    common = common.filter((word) => word !== rarest);
  }
  const rare = words.filter((word) => !common.includes(word));
  const vector = Prisma.sql`${alias}.search_vector`;
  const conditions: Prisma.Sql[] = [];
  if (rare.length) conditions.push(Prisma.sql`${vector} @@ to_tsquery('simple', ${prefixQuery(rare)})`);
  if (common.length) conditions.push(Prisma.sql`ts_match_vq(${vector}, to_tsquery('simple', ${prefixQuery(common)}))`);
  return Prisma.sql`(${Prisma.join(conditions, " AND ")})`;
}
