/** Prisma codes for an unreachable, closed or exhausted database connection. */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** PostgreSQL SQLSTATEs: connection exceptions (08…), shutdown and restart (57P01-57P03), too many connections. */
const sqlStates = /^(08\d{3}|57P0[123]|53300)$/;

/** Node socket errors and the messages pg and Prisma's adapter give when the server goes away. */
const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
const messages =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|terminating connection|the database system is (shutting down|starting up|in recovery mode)|Client has encountered a connection error|Connection ended unexpectedly|DatabaseNotReachable|ConnectionClosed/i;

/** PostgreSQL's statement_timeout and query cancellation. */
const canceledState = "57014";

export type DatabaseFault = "unavailable" | "timeout";

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };

function causes(error: unknown): Inspectable[] {
  const chain: Inspectable[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && chain.length < 8 && !chain.includes(current as Inspectable)) {
    const item = current as Inspectable;
    chain.push(item);
    current = item.originalError ?? item.cause;
  }
  return chain;
}

/** Whether an error (or any error it wraps) means the database is down or too slow, not a bug. */
export function classifyDatabaseFault(error: unknown): DatabaseFault | undefined {
  for (const item of causes(error)) {
    const code = typeof item.code === "string" ? item.code : undefined;
    const originalCode = (item as { originalCode?: unknown }).originalCode;
    if (code === canceledState || originalCode === canceledState) return "timeout";
    if (typeof item.message === "string" && /statement timeout/i.test(item.message)) return "timeout";
    if (code && (prismaCodes.has(code) || sqlStates.test(code) || networkCodes.has(code))) return "unavailable";
    if (typeof originalCode === "string" && sqlStates.test(originalCode)) return "unavailable";
    if (typeof item.kind === "string" && /DatabaseNotReachable|ConnectionClosed|SocketTimeout/.test(item.kind)) {
      return "unavailable";
    }
    if (typeof item.message === "string" && messages.test(item.message)) return "unavailable";
  }
  return undefined;
}

/** SQLSTATEs of a transaction PostgreSQL aborted for another's sake: serialization failure, deadlock. */
const conflictStates = new Set(["40001", "40P01"]);

/**
 * Whether a write failed only because a concurrent transaction won (deadlock or serialization
 * failure, Prisma's P2034 or the adapter's TransactionWriteConflict): running it again may succeed.
 */
export function isWriteConflict(error: unknown): boolean {
  for (const item of causes(error)) {
    const adapter = (item as { meta?: { driverAdapterError?: { cause?: Inspectable } } }).meta?.driverAdapterError;
    for (const candidate of [item, adapter, adapter?.cause]) {
      if (!candidate || typeof candidate !== "object") continue;
      const { code, kind } = candidate as Inspectable;
      const originalCode = (candidate as { originalCode?: unknown }).originalCode;
      if (code === "P2034" || kind === "TransactionWriteConflict") return true;
      if (typeof code === "string" && conflictStates.has(code)) return true;
      if (typeof originalCode === "string" && conflictStates.has(originalCode)) return true;
    }
  }
  return false;
}
