import { Prisma, type PrismaClient } from "@accord/db";
import { toPrefixQuery } from "@accord/domain";
import { AppError } from "../common/errors";
import { lazy } from "../common/lazy";
import { loadAll } from "../common/load-all";
import { defaultPageSize, maxPageSize } from "../common/paginate";
import type { Loaders } from "../loaders";
import type { SearchableTable, SearchCursor } from "./ranking.sql";
import { searchCountSql, searchPageSql } from "./search.sql";

/** Where each union member's rows come from; a new member adds its table and loader here. */
export const searchables: (SearchableTable & {
  load: (loaders: Loaders, ids: string[]) => Promise<{ id: string }[]>;
})[] = [
  { type: "Actor", table: Prisma.sql`actor`, load: (loaders, ids) => loadAll(loaders.actor, ids) },
  { type: "Engagement", table: Prisma.sql`engagement`, load: (loaders, ids) => loadAll(loaders.engagement, ids) },
  { type: "Statement", table: Prisma.sql`statement`, load: (loaders, ids) => loadAll(loaders.statement, ids) },
  { type: "Commitment", table: Prisma.sql`commitment`, load: (loaders, ids) => loadAll(loaders.commitment, ids) },
];

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(`search:${JSON.stringify([cursor.rank, cursor.type, cursor.id])}`, "utf8").toString("base64url");
}

export function decodeSearchCursor(cursor: string): SearchCursor {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  try {
    const [rank, type, id] = JSON.parse(text.slice("search:".length)) as unknown[];
    if (
      text.startsWith("search:") &&
      typeof rank === "number" &&
      searchables.some((table) => table.type === type) &&
      typeof id === "string" &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { rank, type: type as string, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("BAD_USER_INPUT", `after: "${cursor}" is not a search cursor`, { field: "after" });
}

export type SearchOptions = {
  prisma: PrismaClient;
  loaders: Loaders;
  query: string;
  first?: number | null;
  after?: string | null;
};

/** One ranked page over every searchable table: one statement for the hits, one batched load per type. */
export async function searchRecords({ prisma, loaders, query, first, after }: SearchOptions) {
  const prefixQuery = toPrefixQuery(query);
  if (!prefixQuery)
    throw new AppError("BAD_USER_INPUT", `query: "${query}" has no words to search for`, { field: "query" });
  const size = first ?? defaultPageSize;
  if (size < 0 || size > maxPageSize) {
    throw new AppError("BAD_USER_INPUT", `first: ${size} is outside 0..${maxPageSize}, the largest page`, {
      field: "first",
    });
  }
  const tables = searchables;
  // A page of 0 still reads one hit: whether more follow is part of its pageInfo.
  const hits = await prisma.$queryRaw<SearchCursor[]>(
    searchPageSql({ tables, prefixQuery, size, after: after ? decodeSearchCursor(after) : undefined }),
  );
  const page = hits.slice(0, size);
  const rows = new Map<string, object>();
  await Promise.all(
    tables.map(async (table) => {
      const ids = page.filter((hit) => hit.type === table.type).map((hit) => hit.id);
      for (const row of ids.length ? await table.load(loaders, ids) : []) {
        rows.set(`${table.type}:${row.id}`, { ...row, __typename: table.type });
      }
    }),
  );
  // A hit whose row is gone since the search (deleted meanwhile) is left out.
  const edges = page.flatMap((hit) => {
    const node = rows.get(`${hit.type}:${hit.id}`);
    return node ? [{ cursor: encodeSearchCursor(hit), rank: hit.rank, node }] : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: hits.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const [row] = await prisma.$queryRaw<{ n: number }[]>(searchCountSql(tables, prefixQuery));
      return row?.n ?? 0;
    }),
  };
}
