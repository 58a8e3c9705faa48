import { Prisma } from "@accord/db";

/** A table `search` looks in: its GraphQL type and its name (each has search_vector with a GIN index). */
export type SearchableTable = { type: string; table: Prisma.Sql };

export type SearchCursor = { rank: number; type: string; id: string };

/**
 * Each table's rows whose vector matches `match` (a tsquery), as (type, id, rank) in one UNION ALL, ranked
 * against the search's query `q.q`. Vectors are weighted by their trigger (A actors, B engagements, C
 * others); rank divided by document length (flag 2) so that a long text repeating a word does not
 * outrank the actor it names.
 */
export function rankedMatchesSql(tables: SearchableTable[], match: Prisma.Sql): Prisma.Sql {
  const branches = tables.map(
    ({ type, table }) =>
      Prisma.sql`SELECT ${Prisma.raw(`'${type}'`)}::text AS type, x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8 AS rank
        FROM ${table} x, q WHERE x.search_vector @@ ${match}`,
  );
  return Prisma.join(branches, " UNION ALL ");
}

/** `AND key > cursor` in the search's order (rank descending, then type, then id); nothing without a cursor. */
export function afterCursor(key: Prisma.Sql, after: SearchCursor | undefined): Prisma.Sql {
  return after
    ? Prisma.sql`AND ${key} > (${-after.rank}::float8, ${after.type}::text, ${after.id}::uuid)`
    : Prisma.empty;
}
