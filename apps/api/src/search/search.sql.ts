import { Prisma } from "@accord/db";
import { postingsPageCtes, singlePrefix } from "./postings.sql";

/** A table `search` looks in: its GraphQL type and its name (each has search_vector with a GIN index). */
export type SearchableTable = { type: string; table: Prisma.Sql };

export type SearchCursor = { rank: number; type: string; id: string };

/** Every match in one UNION ALL, each table's vector weighted by its trigger (A actors, B engagements, C others);
 * rank divided by document length (flag 2) so that a long text repeating a word does not outrank the actor it names. */
export function searchHitsSql(tables: SearchableTable[], prefixQuery: string): Prisma.Sql {
  const branches = tables.map(
    ({ type, table }) =>
      Prisma.sql`SELECT ${Prisma.raw(`'${type}'`)}::text AS type, x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8 AS rank
        FROM ${table} x, q WHERE x.search_vector @@ q.q`,
  );
  // The query parsed once (a materialised CTE), not once per matching row of every table.
  return Prisma.sql`WITH q AS MATERIALIZED (SELECT to_tsquery('simple', ${prefixQuery}) AS q) ${Prisma.join(branches, " UNION ALL ")}`;
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
  // every run (0.35 ms) because the generic plan cannot know the LIMIT is small.
  if (!Number.isInteger(options.size) || options.size < 0) throw new Error(`search page size ${options.size}`);
  const limit = Prisma.raw(String(options.size + 1));
  const resume = after
    ? Prisma.sql`AND (-hits.rank, hits.type, hits.id) > (${-after.rank}::float8, ${after.type}::text, ${after.id}::uuid)`
    : Prisma.empty;
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
