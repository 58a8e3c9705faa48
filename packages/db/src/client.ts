import { PrismaPg } from "@prisma/adapter-pg";
import { isEmbeddedDatabaseUrl } from "./embedded/registry";
import { PrismaClient } from "./generated/prisma/client";

export type CreatePrismaClientOptions = {
  databaseUrl: string;
  /** Pool size; the embedded database takes one connection at a time. */
  maxConnections?: number;
  /** PostgreSQL statement_timeout in milliseconds (0 = none). */
  statementTimeoutMs?: number;
  /** How long to wait for a connection (new or from the pool) before failing (default 8000). */
  connectionTimeoutMs?: number;
  /** Called with every SQL statement the client sends (tests count them); off when absent. */
  onQuery?: (sql: string) => void;
};

/** The one place a PrismaClient is built; the server and the CLI get theirs from here. */
export function createPrismaClient(options: CreatePrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: options.databaseUrl,
    // The embedded server breaks on a second concurrent connection.
    max: isEmbeddedDatabaseUrl(options.databaseUrl) ? 1 : (options.maxConnections ?? 10),
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 8_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const onQuery = options.onQuery;
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query));
  return client;
}

export type { PrismaClient };
