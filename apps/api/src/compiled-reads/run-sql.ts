import { type PrismaClient, sqlPoolsOf } from "@accord/db";
import { required } from "@accord/domain";
import { dataVersion, versionedData } from "./answer-cache";
import { writeCompactJson } from "./compact-json";
import type { CompiledRead } from "./compile";
import { keepPrepared, statementName } from "./prepared-names";

// pg would send a Date in the server's local time; the compiled SQL casts what it gets, so send UTC.
const asParameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * The JSON of `data` as UTF-8 between `before` and `after`, from the rows (r, t) of its root fields in
 * order (SQL NULL is JSON null): each part written once into one buffer, compacted as it is written
 * unless the read's SQL writes it compact. Joined as strings, the answer was copied once to join it and
 * twice more to write it to the socket.
 */
function dataBytes(read: CompiledRead, rows: ReadRows, before: string, after: string): Buffer {
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

/** Rows (r, t) of a statement, as arrays. */
export type ReadRows = [number, string | null][];

/** runCompiledAnswer's bytes in one buffer. */
export async function runCompiledRead(prisma: PrismaClient, sql: CompiledRead): Promise<Buffer> {
  const parts = await runCompiledAnswer(prisma, sql, "", "");
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

/** The JSON of a compiled read's `data` as a string, for executeOperation's callers (HTTP answers take runCompiledAnswer's bytes). */
export async function runCompiledText(prisma: PrismaClient, sql: CompiledRead): Promise<string> {
  return (await runCompiledRead(prisma, sql)).toString("utf8");
}

/**
 * Runs a compiled read and returns the JSON of its `data` as bytes, between `before` and `after` (the rest
 * of a response), as parts to write in turn. An analytics read (`versioned`) is answered from the answer
 * cache while the data version it was read at is current (answer-cache.ts), as it is kept: not copied
 * into a new buffer of the whole response per request.
 */
export async function runCompiledAnswer(
  prisma: PrismaClient,
  sql: CompiledRead,
  before: string,
  after: string,
  version?: string,
): Promise<Buffer[]> {
  const run = (text: string, values: unknown[]) => queryRows(prisma, text, values);
  if (!sql.versioned) return [dataBytes(sql, await run(sql.text, sql.values), before, after)];
  const data = await versionedData(prisma, sql, run, (rows) => dataBytes(sql, rows, "", ""), version);
  return before || after ? [Buffer.from(before), data, Buffer.from(after)] : [data];
}

/** The database's data version now (answer-cache.ts). */
export const readDataVersion = (prisma: PrismaClient) =>
  dataVersion(prisma, (text, values) => queryRows(prisma, text, values));

/**
 * Rows of a statement, named (prepared) on the client's pool for prepared statements, so PostgreSQL
 * parses and plans each query shape once per connection instead of once per request.
 */
async function queryRows(prisma: PrismaClient, text: string, values: unknown[]): Promise<ReadRows> {
  const target = sqlPoolsOf(prisma);
  if (!target) {
    const rows = await prisma.$queryRawUnsafe<{ r: number; t: string | null }[]>(text, ...values);
    return rows.map(({ r, t }) => [Number(r), t]);
  }
  // Every shape runs named on the pool that plans it once and keeps the plan; each connection keeps its
  // most recently run shapes (prepared-names.ts).
  const name = statementName(text);
  const pool = required(target.prepared[Math.floor(Math.random() * target.prepared.length)], "a pool of the client");
  target.onQuery?.(text);
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    await keepPrepared(client, name);
    const result = await client.query<[number, string | null]>({
      name,
      text,
      values: values.map(asParameter),
      rowMode: "array",
    });
    return result.rows;
  } catch (error) {
    // As pool.query does: a connection that failed a statement is not handed out again.
    failure = error as Error;
    throw error;
  } finally {
    client.release(failure);
  }
}

/** The error of accord_leave_to_resolvers() (migration 20261205235500_engagement_key_tally): the SQL found what only the resolvers may answer. */
export const leftToResolvers = (error: unknown) => (error as { code?: unknown } | null)?.code === "AR001";
