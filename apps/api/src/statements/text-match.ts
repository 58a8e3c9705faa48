import { Prisma, type PrismaClient } from "@accord/db";
import { toPrefixQuery } from "@accord/domain";

export type TextMatchOptions = {
  prisma: PrismaClient;
  table: "statement" | "commitment";
  text: string;
};

/** IDs of the rows whose search_vector matches every word as a prefix (GIN index); null = no condition. */
export async function findIdsMatchingText({ prisma, table, text }: TextMatchOptions): Promise<string[] | null> {
  const query = toPrefixQuery(text);
  if (!query) return null;
  const rows = await prisma.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id::text AS id FROM ${Prisma.raw(`"${table}"`)} WHERE search_vector @@ to_tsquery('simple', ${query})`,
  );
  return rows.map((row) => row.id);
}
