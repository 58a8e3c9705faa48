import { Prisma } from "@accord/db";
import { decodeId } from "../common/global-id";
import type { SqlSort, SqlTable } from "../common/keyset";
import { likeContaining } from "../common/like";
import { OrderDirection } from "../common/order-direction";
import { type SourceFilter, type SourceOrder, SourceOrderField } from "./source.input";

export const sourceTable: SqlTable = { table: Prisma.sql`source`, alias: Prisma.sql`so` };

/** SQL conditions over `source so`. */
export function sourceConditions(filter?: SourceFilter | null): Prisma.Sql[] {
  if (!filter) return [];
  const actor = (field: "publisher" | "author", id: string) => decodeId(id, "Actor", `filter.${field}`);
  const author = Prisma.sql`EXISTS (SELECT 1 FROM source_author sa WHERE sa.source_id = so.id AND sa.actor_id = `;
  return [
    filter.kind && Prisma.sql`so.kind = ${filter.kind}::"SourceKind"`,
    filter.publisher && Prisma.sql`so.publisher_id = ${actor("publisher", filter.publisher)}::uuid`,
    filter.author && Prisma.sql`${author}${actor("author", filter.author)}::uuid)`,
    filter.language && Prisma.sql`so.language = ${filter.language}`,
    filter.title && Prisma.sql`so.title ILIKE ${likeContaining(filter.title)}`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
}

/**
 * Newest first unless asked otherwise. Undated sources count as the oldest (last newest first, first
 * oldest first), untitled ones as titled "", so the keyset walks one non-null expression.
 */
export function sourceSort(orderBy?: SourceOrder | null): SqlSort {
  const field = orderBy?.field ?? SourceOrderField.PUBLISHED_ON;
  return {
    expression:
      field === SourceOrderField.TITLE
        ? Prisma.sql`coalesce(so.title, '')`
        : Prisma.sql`coalesce(so.published_on, '-infinity'::date)`,
    direction: orderBy?.direction ?? OrderDirection.DESC,
  };
}
