import type { Sql } from "./sql";

/** The stored id and content hash of rows of `table`, by external key ("scheme:value"), that meet `condition`. */
export async function findByExternalKey(
  sql: Sql,
  table: "engagement" | "commitment",
  keys: string[],
  condition = "true",
): Promise<Map<string, { id: string; hash: string | null }>> {
  if (!keys.length) return new Map();
  const rows = await sql.$queryRawUnsafe<{ key: string; id: string; content_hash: string | null }[]>(
    `SELECT external_scheme || ':' || external_value AS key, id::text, content_hash FROM ${table}
     WHERE (external_scheme, external_value) IN (SELECT s, v FROM unnest($1::text[], $2::text[]) AS u(s, v)) AND ${condition}`,
    keys.map((k) => k.slice(0, k.indexOf(":"))),
    keys.map((k) => k.slice(k.indexOf(":") + 1)),
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, hash: r.content_hash }]));
}
