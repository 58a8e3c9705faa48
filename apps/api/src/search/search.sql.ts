import { Prisma } from "@accord/db";
import { postingsPageCtes, singlePrefix } from "./postings.sql";
import { afterCursor, rankedMatchesSql, type SearchableTable, type SearchCursor } from "./ranking.sql";

/** Every match, ranked. */
export function searchHitsSql(tables: SearchableTable[], prefixQuery: string): Prisma.Sql {
  // The query parsed once (a materialised CTE), not once per matching row of every table.
  return Prisma.sql`WITH q AS MATERIALIZED (SELECT to_tsquery('simple', ${prefixQuery}) AS q) ${rankedMatchesSql(tables, Prisma.sql`q.q`)}`;
}

/**
 * One page: most relevant first, then type and id, resumed after a (rank, type, id) cursor without OFFSET.
 * The id stays a uuid (Prisma reads it as a string): a text cast would run on every match before the sort.
 */
export function searchPageSql(options: {
  tables: SearchableTable[];
  prefixQuery: string;
  size: number;
  after?: SearchCursor;
}): Prisma.Sql {
  const { tables, prefixQuery, after } = options;
  // A literal limit (a checked page size): with a parameter, PostgreSQL re-plans the prepared search on
  // every run because the generic plan cannot know the LIMIT is small.
  if (!Number.isInteger(options.size) || options.size < 0) throw new Error(`search page size ${options.size}`);
  const limit = Prisma.raw(String(options.size + 1));
  const resume = afterCursor(Prisma.sql`(-hits.rank, hits.type, hits.id)`, after);
  const word = singlePrefix(prefixQuery);
  const allHits = (gate: Prisma.Sql) => Prisma.sql`SELECT hits.type, hits.id, hits.rank
    FROM (${searchHitsSql(tables, prefixQuery)}) hits WHERE ${gate} ${resume} ORDER BY hits.rank DESC, hits.type ASC, hits.id ASC LIMIT ${limit}`;
  if (!word) return allHits(Prisma.sql`TRUE`);
  // One word: the postings' page when its check passes, else (never both: one-time filters) every match ranked.
  return Prisma.sql`WITH RECURSIVE ${postingsPageCtes({ tables, prefixQuery, word, limit, after })}
    SELECT * FROM (
      SELECT type, id, rank FROM page WHERE (SELECT ok FROM verdict)
      UNION ALL
      SELECT * FROM (${allHits(Prisma.sql`NOT (SELECT ok FROM verdict)`)}) slow
    ) hits ORDER BY hits.rank DESC, hits.type ASC, hits.id ASC`;
}

export function searchCountSql(tables: SearchableTable[], prefixQuery: string): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM (${searchHitsSql(tables, prefixQuery)}) hits`;
}
