import pg from "pg";

/** "host:port" of a connection string, for messages that say where. */
export function describeServer(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const host = url.hostname || url.searchParams.get("host") || "localhost";
  return `${host}:${url.port || "5432"}`;
}

export function databaseNameOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "postgres";
}

/** The same server and credentials, another database. */
export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const networkReasons: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  ECONNRESET: "connection reset",
};

type PgError = Error & { code?: string; errors?: PgError[] };

function reasonOf(error: PgError): string {
  const code = error.code ?? error.errors?.[0]?.code;
  if (code && networkReasons[code]) return networkReasons[code];
  if (/timeout/i.test(error.message)) return "connection timed out";
  return error.message || code || "unknown error";
}

/** Connects once to the database: "ok", "missing" (the server is there, the database is not), or a clear error. */
export async function probeDatabase(databaseUrl: string, timeoutMs = 5_000): Promise<"ok" | "missing"> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    return "ok";
  } catch (error) {
    const pgError = error as PgError;
    if (pgError.code === "3D000") return "missing";
    const where = describeServer(databaseUrl);
    if (pgError.code?.startsWith("28")) throw new Error(`PostgreSQL at ${where} refused the login: ${pgError.message}`);
    throw new Error(`cannot reach PostgreSQL at ${where}: ${reasonOf(pgError)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs one statement in the server's maintenance database (postgres, else template1). */
export async function adminExecute(databaseUrl: string, sql: string): Promise<void> {
  for (const maintenance of ["postgres", "template1"]) {
    const status = await probeDatabase(withDatabaseName(databaseUrl, maintenance));
    if (status === "missing") continue;
    const client = new pg.Client({ connectionString: withDatabaseName(databaseUrl, maintenance) });
    await client.connect();
    try {
      await client.query(sql);
      return;
    } finally {
      await client.end();
    }
  }
  throw new Error(`PostgreSQL at ${describeServer(databaseUrl)} has neither a postgres nor a template1 database`);
}

export async function createDatabase(databaseUrl: string): Promise<void> {
  await adminExecute(databaseUrl, `CREATE DATABASE ${quoteIdentifier(databaseNameOf(databaseUrl))}`);
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  await adminExecute(
    databaseUrl,
    `DROP DATABASE IF EXISTS ${quoteIdentifier(databaseNameOf(databaseUrl))} WITH (FORCE)`,
  );
}
