import pg from "pg";

/** An md5 of every row of every table in the public schema (by table), to prove data unchanged. */
export async function tableChecksums(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      // data_change is the analytics cache's data version, sum(n); a read may fold its rows into one (same sum).
      const { rows } = await client.query<{ sum: string | null; n: string }>(
        name === "data_change"
          ? "SELECT sum(n)::text AS sum, 1 AS n FROM data_change"
          : `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum, count(*) AS n FROM ${quoted} t`,
      );
      sums[name] = `${rows[0]?.n}:${rows[0]?.sum}`;
    }
    return sums;
  } finally {
    await client.end();
  }
}
