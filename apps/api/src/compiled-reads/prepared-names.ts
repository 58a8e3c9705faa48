import { createHash } from "node:crypto";
import type pg from "pg";
import { boundedCache, stringBytes } from "../common/bounded-cache";

/** Named statements kept on one connection; past it, the least recently run one is deallocated. */
export const preparedPerConnection = 100;

// Query shapes' names, by their SQL: bounded, since page sizes and enum lists make shapes without end.
const names = boundedCache<string>(8 * 2 ** 20, stringBytes);

/** The name of a query shape's prepared statement: the same on every connection and in every process. */
export function statementName(text: string): string {
  const known = names.get(text);
  if (known) return known;
  const name = `accord_read_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
  names.set(text, name);
  return name;
}

// pg's record of the statements parsed on a connection: a name found there is bound without parsing it again.
type ParsedStatements = { connection: { parsedStatements: Record<string, string | undefined> } };

// Each connection's names, least recently run first.
const recent = new WeakMap<pg.ClientBase, Map<string, true>>();

/**
 * Records `name` as run now on `client` (checked out, so nothing else runs on it meanwhile). One name
 * too many deallocates the least recently run, on the server and in pg's record, so a shape used
 * every day is prepared again at its next run however many new shapes came between.
 */
export async function keepPrepared(client: pg.ClientBase, name: string): Promise<void> {
  const kept = recent.get(client) ?? new Map<string, true>();
  recent.set(client, kept);
  const known = kept.delete(name);
  kept.set(name, true);
  if (known) return;
  const { parsedStatements } = (client as unknown as ParsedStatements).connection;
  for (const [oldest] of kept) {
    if (kept.size <= preparedPerConnection) break;
    kept.delete(oldest);
    // A statement whose parse failed never reached the server: pg did not record it.
    if (parsedStatements[oldest] === undefined) continue;
    await client.query(`DEALLOCATE "${oldest}"`);
    delete parsedStatements[oldest];
  }
}

/** The names kept on `client`, least recently run first (tests). */
export const preparedOn = (client: pg.ClientBase): string[] => [...(recent.get(client)?.keys() ?? [])];
