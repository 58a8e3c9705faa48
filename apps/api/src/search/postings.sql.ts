import { Prisma } from "@accord/db";
import { afterCursor, rankedMatchesSql, type SearchableTable, type SearchCursor } from "./ranking.sql";

/** Most lexemes one prefix may expand to before the read ranks every match instead (pairs grow as n²). */
const maxLexemes = 16;

/** The word of a one-word prefix query ("korea:*" → "korea"); null for anything else. */
export function singlePrefix(prefixQuery: string): string | null {
  return /^([\p{L}\p{N}]+):\*$/u.exec(prefixQuery)?.[1] ?? null;
}

/**
 * A one-word search's page from search_posting (migration 20261128060000_search_postings), exact and
 * without ranking every match. A row holding one lexeme of the prefix ranks exactly as its posting
 * says, so the best `limit` postings of each lexeme, plus every row holding two or more of them (a GIN
 * lookup, ranked by ts_rank_cd), hold the page. Checked: the page's last row must come before each
 * full list's last posting. `ok` is false when the check fails or the prefix expands too far; the caller then ranks
 * every match. Returns CTEs q (the query), fast, verdict and page (type, id, rank), to follow WITH RECURSIVE.
 */
export function postingsPageCtes(options: {
  tables: SearchableTable[];
  prefixQuery: string;
  word: string;
  limit: Prisma.Sql;
  after?: SearchCursor;
}): Prisma.Sql {
  const { tables, prefixQuery, word, limit, after } = options;
  // Limits are literals: with a parameter there, PostgreSQL re-plans the prepared statement on every run.
  return Prisma.sql`q AS MATERIALIZED (SELECT to_tsquery('simple', ${prefixQuery}) AS q),
    -- The lexemes starting with the word, one index probe each (a loose index scan).
    lexemes(lexeme) AS (
      (SELECT p.lexeme FROM search_posting p WHERE p.lexeme >= ${word} ORDER BY p.lexeme LIMIT 1)
      UNION ALL
      SELECT (SELECT p.lexeme FROM search_posting p WHERE p.lexeme > r.lexeme ORDER BY p.lexeme LIMIT 1)
        FROM lexemes r WHERE starts_with(r.lexeme, ${word})),
    lex AS MATERIALIZED (SELECT lexeme FROM lexemes WHERE starts_with(lexeme, ${word}) LIMIT ${Prisma.raw(String(maxLexemes + 1))}),
    -- PostgreSQL's parser must have kept the word as one prefix, as the postings' lexemes are.
    fast AS MATERIALIZED (
      SELECT count(*) <= ${Prisma.raw(String(maxLexemes))} AND (SELECT q::text FROM q) = ${`'${word}':*`} AS ok FROM lex),
    top AS MATERIALIZED (
      SELECT t.* FROM lex l CROSS JOIN LATERAL (
        SELECT p.impact, p.type, p.id, row_number() OVER (ORDER BY p.impact DESC, p.type, p.id) AS n
          FROM search_posting p WHERE p.lexeme = l.lexeme ${afterCursor(Prisma.sql`(-p.impact::float8, p.type, p.id)`, after)}
         ORDER BY p.impact DESC, p.type, p.id LIMIT ${limit}) t
       WHERE (SELECT ok FROM fast)),
    pairs AS MATERIALIZED (
      SELECT string_agg(format('(%s & %s)', accord_lexeme_query(a.lexeme), accord_lexeme_query(b.lexeme)), ' | ')::tsquery AS q
        FROM lex a JOIN lex b ON a.lexeme < b.lexeme WHERE (SELECT ok FROM fast)),
    -- Rows holding two or more of the lexemes, ranked as the whole search ranks them.
    multi AS MATERIALIZED (${rankedMatchesSql(tables, Prisma.sql`(SELECT q FROM pairs)`)}),
    -- A row holding one lexeme ranks as its posting says: no need to read the row.
    ranked AS (
      SELECT t.type, t.id, t.impact::float8 AS rank FROM top t
       WHERE NOT EXISTS (SELECT FROM multi m WHERE m.type = t.type AND m.id = t.id)
      UNION ALL SELECT * FROM multi),
    page AS MATERIALIZED (
      SELECT s.*, row_number() OVER (ORDER BY s.rank DESC, s.type, s.id) AS n FROM (
        SELECT * FROM ranked r WHERE TRUE ${afterCursor(Prisma.sql`(-r.rank, r.type, r.id)`, after)}
         ORDER BY r.rank DESC, r.type, r.id LIMIT ${limit}) s),
    -- Any row not read holds one lexeme and comes after its list's last posting read.
    verdict AS MATERIALIZED (
      SELECT (SELECT ok FROM fast) AND NOT EXISTS (
        SELECT FROM top e LEFT JOIN page k ON k.n = ${limit}
         WHERE e.n = ${limit} AND (k.n IS NULL OR (-k.rank, k.type, k.id) > (-e.impact::float8, e.type, e.id))) AS ok)`;
}
