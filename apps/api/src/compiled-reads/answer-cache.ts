import { createHash } from "node:crypto";
import type { PrismaClient } from "@accord/db";
import type { LRUCache } from "lru-cache";
import { boundedCache } from "../common/bounded-cache";
import type { CompiledRead } from "./compile";
import type { ReadRows } from "./run-sql";
import { SingleFlight } from "./single-flight";

/** Bytes of analytics answers kept per process unless ACCORD_ANSWER_CACHE_BYTES says otherwise (docs/limits.md). */
export const defaultAnswerCacheBytes = 64 * 2 ** 20;

/** An analytics read's `data` as bytes, and the data version it was read at. */
type Answer = { version: string; data: Buffer };

const cacheOf = (maxBytes: number) => (maxBytes > 0 ? boundedCache<Answer>(maxBytes, (a) => a.data.length) : undefined);

let answersBytes = defaultAnswerCacheBytes;
let answers: LRUCache<string, Answer> | undefined = cacheOf(answersBytes);

/** Sets the cache's bound in bytes (0: no cache); a new bound forgets what the cache held. */
export function configureAnswerCache(maxBytes: number): void {
  if (maxBytes === answersBytes) return;
  answersBytes = maxBytes;
  answers = cacheOf(maxBytes);
}

// The data version (migration 20261207020000_data_version): sum(n) grows by one at each commit that wrote a
// table an analytics answer reads. The table's oid tells a database built again (its sum starting over) apart.
const version = `'data_change'::regclass::oid || ':' || sum(n)`;

// The version and, as r, the rows not yet folded into row 0.
const versionSql = `SELECT count(*)::int AS r, ${version} AS t FROM data_change`;

// Folds the change rows into row 0 in one statement: the sum, and so the version, stays the same.
const foldSql = `WITH folded AS (DELETE FROM data_change WHERE id <> 0 RETURNING n)
  UPDATE data_change SET n = n + (SELECT coalesce(sum(n), 0) FROM folded) WHERE id = 0`;

// Rows past this are folded after a version read (each statement writing the data adds one).
const foldAbove = 256;

/** The read's statement with a row (r = -1) holding the data version, read in the same snapshot as the data. */
const withVersion = (text: string) =>
  `SELECT -1 AS r, (SELECT ${version} FROM data_change) AS t UNION ALL SELECT q.r, q.t::text FROM (${text}) q`;

// Each client (database) its own keys: a version is a version of one database.
const clients = new WeakMap<PrismaClient, number>();
let nextClient = 0;

function keyOf(prisma: PrismaClient, read: CompiledRead): string {
  const client = clients.get(prisma) ?? nextClient++;
  clients.set(prisma, client);
  const values = JSON.stringify(read.values, (_key, value: unknown) =>
    typeof value === "bigint" ? value.toString() : value,
  );
  return createHash("sha256").update(`${client}\u0000${values}\u0000`).update(read.text).digest("base64url");
}

/** Answers served from the cache and read again, since the process started (tests, diagnosis). */
export const answerCacheStats = { hits: 0, misses: 0 };

// Reads of one answer at one data version being run now, shared by every request that misses meanwhile.
// Each is a request waiting, so the bound is only a guard.
const maxFlights = 1_000;
export const answerFlights = new SingleFlight<Buffer>(maxFlights);

let folding = false;

function fold(prisma: PrismaClient): void {
  if (folding) return;
  folding = true;
  // A failed fold leaves the rows for the next one; the version is the same either way.
  prisma
    .$executeRawUnsafe(foldSql)
    .catch(() => undefined)
    .finally(() => {
      folding = false;
    });
}

type Run = (text: string, values: unknown[]) => Promise<ReadRows>;

/** The database's data version now (one small query); the change rows are folded when they pile up. */
export async function dataVersion(prisma: PrismaClient, run: Run): Promise<string | undefined> {
  const [current] = await run(versionSql, []);
  if (current && current[0] > foldAbove) fold(prisma);
  return current?.[1] ?? undefined;
}

/**
 * The `data` bytes of an analytics read: the cached answer when the database's data version is still the
 * one it was read at (one small query), else the read run again with its version in the same statement.
 * Exact by construction: every writer of the tables the answer reads changes the version as it commits.
 * Concurrent misses at the same version share one read (single-flight.ts): it starts after the version
 * each of them read, and that version is the same, so it sees the data each would have seen.
 */
export async function versionedData(
  prisma: PrismaClient,
  read: CompiledRead,
  run: Run,
  bytesOf: (rows: ReadRows) => Buffer,
  /** The data version read before the read was compiled, if it was (fast-lane.ts): not read again. */
  known?: string,
): Promise<Buffer> {
  const cache = answers;
  if (!cache) return bytesOf(await run(read.text, read.values));
  const key = keyOf(prisma, read);
  const version = known ?? (await dataVersion(prisma, run));
  const held = cache.get(key);
  if (held && version === held.version) {
    answerCacheStats.hits++;
    return held.data;
  }
  const readAnew = async () => {
    answerCacheStats.misses++;
    const rows = await run(withVersion(read.text), read.values);
    const versionRow = rows.find(([r]) => r === -1);
    const data = bytesOf(rows.filter(([r]) => r !== -1));
    if (versionRow?.[1]) cache.set(key, { version: versionRow[1], data });
    return data;
  };
  // Without a version read, nothing tells that two misses would see the same data.
  return version ? answerFlights.run(`${key}\u0000${version}`, readAnew) : readAnew();
}
