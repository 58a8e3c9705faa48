import { createPrismaClient, type PrismaClient } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type LimitsConfig, loadLimitsConfig } from "../../src/limits/limits.config";
import { type AccordServer, createAccordServer } from "../../src/server";
import { tableChecksums } from "./checksum";

export type SafetyServer = {
  db: TestDatabase;
  server: AccordServer;
  url: string;
  /** How many Prisma operations (model and raw) ran since the last reset. */
  queries(): number;
  resetQueries(): void;
  /** Resolves once no SQL has run for `quietMs`: a request answered early may leave siblings' SQL running. */
  quiet(quietMs?: number): Promise<void>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
};

export type SafetyServerOptions = {
  limits?: Partial<LimitsConfig>;
  env?: NodeJS.ProcessEnv;
  /** A client of its own with this PostgreSQL statement_timeout. */
  statementTimeoutMs?: number;
  /** Wraps the counting client, e.g. to inject a fault. */
  wrap?: (prisma: PrismaClient) => PrismaClient;
  /** Start on a copy of the seeded template. */
  seed?: boolean;
};

/** A real server on its own database whose SQL is counted, with limits from `env` and overrides. */
export async function startSafetyServer(options: SafetyServerOptions = {}): Promise<SafetyServer> {
  const db = await createTestDatabase({ seeded: options.seed });
  let count = 0;
  let running = 0;
  let lastActivity = Date.now();
  const base = options.statementTimeoutMs
    ? createPrismaClient({ databaseUrl: db.url, statementTimeoutMs: options.statementTimeoutMs })
    : db.prisma;
  const counting = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        count += 1;
        running += 1;
        lastActivity = Date.now();
        try {
          return await query(args);
        } finally {
          running -= 1;
          lastActivity = Date.now();
        }
      },
    },
  }) as unknown as PrismaClient;
  const limits = {
    ...loadLimitsConfig(options.env ?? {}),
    ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    ...options.limits,
  };
  const server = await createAccordServer({ prisma: options.wrap ? options.wrap(counting) : counting, limits });
  const { url } = await server.listen(0, "127.0.0.1");
  return {
    db,
    server,
    url,
    queries: () => count,
    resetQueries: () => {
      count = 0;
    },
    async quiet(quietMs = 100) {
      while (running > 0 || Date.now() - lastActivity < quietMs) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    post: (body, headers = {}) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    async close() {
      await server.stop();
      if (base !== db.prisma) await base.$disconnect();
      await db.drop();
    },
  };
}

/**
 * A safety server for the calling file's tests, started before them; after them every table must hold what it held
 * before (attacks are refused or answered, never written), then it closes. The handle fills in at beforeAll.
 */
export function useSafetyServer(options: SafetyServerOptions = {}): SafetyServer {
  const handle = {} as SafetyServer;
  let before: Record<string, string>;
  beforeAll(async () => {
    Object.assign(handle, await startSafetyServer(options));
    before = await tableChecksums(handle.db.url);
  });
  afterAll(async () => {
    expect(await tableChecksums(handle.db.url)).toEqual(before);
    await handle.close();
  });
  return handle;
}
