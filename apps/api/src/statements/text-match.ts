import { Prisma, type PrismaClient } from "@accord/db";

/** "South Kor" → "south:* & kor:*" for to_tsquery('simple', …); null when no word is left. */
export function toPrefixQuery(text: string): string | null {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}

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
