import { createHash } from "node:crypto";
import { type PrismaClient, sqlPoolsOf } from "@accord/db";
import { required } from "@accord/domain";
import { writeCompactJson } from "./compact-json";
import type { CompiledRead } from "./compile";

// Each prepared statement holds a plan on every connection: a bounded set of query shapes gets one.
const maxPrepared = 200;
const names = new Map<string, string>();

function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= maxPrepared) return known;
  const name = `accord_read_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
  names.set(text, name);
  return name;
}

// pg would send a Date in the server's local time; the compiled SQL casts what it gets, so send UTC.
const asParameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * The JSON of `data` as UTF-8 between `before` and `after`, from the rows (r, t) of its root fields in
 * order (SQL NULL is JSON null): each part written once into one buffer, compacted as it is written
 * unless the read's SQL writes it compact. Joined as strings, the answer was copied once to join it and
 * twice more to write it to the socket.
 */
function dataBytes(read: CompiledRead, rows: [number, string | null][], before: string, after: string): Buffer {
  const { keys, compact } = read;
  const parts = keys.map(() => [] as string[]);
  for (const [r, t] of rows) required(parts[r], `root field ${r}`).push(t ?? "null");
  const heads = keys.map((key, i) => `${i > 0 ? "," : ""}${JSON.stringify(key)}:`);
  const open = `${before}{`;
  const close = `}${after}`;
  let length = Buffer.byteLength(open) + Buffer.byteLength(close);
  parts.forEach((texts, i) => {
    length += Buffer.byteLength(heads[i] as string);
    for (const text of texts) length += Buffer.byteLength(text);
  });
  const bytes = Buffer.allocUnsafe(length);
  let at = bytes.write(open);
  parts.forEach((texts, i) => {
    at += bytes.write(heads[i] as string, at);
    // Each part holds whole values and punctuation, never half a string: compacted one by one.
    for (const text of texts) at = compact ? at + bytes.write(text, at) : writeCompactJson(bytes, at, text);
  });
  at += bytes.write(close, at);
  return bytes.subarray(0, at);
}

/**
 * Runs a compiled read and returns the JSON of its `data` as bytes, between `before` and `after` (the
 * rest of a response). Named (prepared) on the client's pool for prepared statements, so PostgreSQL
 * parses and plans each query shape once per connection instead of once per request.
 */
export async function runCompiledRead(
  prisma: PrismaClient,
  sql: CompiledRead,
  before = "",
  after = "",
): Promise<Buffer> {
  const target = sqlPoolsOf(prisma);
  if (!target) {
    const rows = await prisma.$queryRawUnsafe<{ r: number; t: string | null }[]>(sql.text, ...sql.values);
    return dataBytes(
      sql,
      rows.map(({ r, t }) => [Number(r), t]),
      before,
      after,
    );
  }
  // A named statement runs on the pool that plans it once and keeps the plan; beyond the bounded set of
  // names, a statement is planned for its values at each run, as Prisma's are.
  const name = statementName(sql.text);
  const pools = name ? target.prepared : target.pools;
  const pool = required(pools[Math.floor(Math.random() * pools.length)], "a pool of the client");
  target.onQuery?.(sql.text);
  const result = await pool.query<[number, string | null]>({
    name,
    text: sql.text,
    values: sql.values.map(asParameter),
    rowMode: "array",
  });
  return dataBytes(sql, result.rows, before, after);
}

/** The error of accord_leave_to_resolvers() (migration 20261205235500_engagement_key_tally): the SQL found what only the resolvers may answer. */
export const leftToResolvers = (error: unknown) => (error as { code?: unknown } | null)?.code === "AR001";
