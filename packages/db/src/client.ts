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
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
