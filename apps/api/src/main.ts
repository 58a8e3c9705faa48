import { createPrismaClient, resolveDatabase } from "@accord/db";
import { ConfigError, loadServerConfig } from "./config";
import { boundHeapGrowth } from "./limits/heap";
import { createLogger } from "./logging/logger";
import { createRedisPersistedQueryCache, readScalingConfig, withReadReplicas } from "./scaling";
import { createAccordServer } from "./server";
import { loadTrustedDocuments } from "./trusted-documents/manifest";

async function main(): Promise<void> {
  const { config, limits } = loadServerConfig();
  boundHeapGrowth(limits.heapGrowingPercent);
  const logger = createLogger({ level: config.LOG_LEVEL });
  const trustedDocuments = config.ACCORD_TRUSTED_DOCUMENTS
    ? loadTrustedDocuments(config.ACCORD_TRUSTED_DOCUMENTS)
    : undefined;
  // DATABASE_URL when set; otherwise the embedded PostgreSQL under ./data, migrated and seeded on first start.
  const database = await resolveDatabase({ log: (line) => logger.info(line) });
  const maxConnections = database.embedded ? database.maxConnections : config.DATABASE_POOL_SIZE;
  const primary = createPrismaClient({
    databaseUrl: database.url,
    maxConnections,
    statementTimeoutMs: limits.statementTimeoutMs,
    connectionTimeoutMs: limits.connectTimeoutMs,
  });
  // REDIS_URL and DATABASE_REPLICA_URLS: several instances share persisted queries and read from replicas.
  const scaling = readScalingConfig();
  const { prisma, disconnect: disconnectReplicas } = withReadReplicas({
    primary,
    replicaUrls: scaling.replicaUrls,
    maxConnections,
    statementTimeoutMs: limits.statementTimeoutMs,
    connectionTimeoutMs: limits.connectTimeoutMs,
  });
  const apq = scaling.redisUrl ? createRedisPersistedQueryCache({ redisUrl: scaling.redisUrl }) : undefined;
  const server = await createAccordServer({
    prisma,
    persistedQueryCache: apq?.cache,
    limits,
    logger,
    trustedDocuments,
    graphiql: config.ACCORD_GRAPHIQL,
    explorer: config.ACCORD_EXPLORER,
    compiledReads: config.ACCORD_COMPILED_READS,
    readsRequireToken: config.ACCORD_READS_REQUIRE_TOKEN,
  });
  const { port } = await server.listen(config.PORT, config.HOST);
  logger.info(
    {
      port,
      host: config.HOST,
      embeddedDatabase: database.embedded,
      trustedDocuments: trustedDocuments?.byHash.size ?? "off",
    },
    `Accord API ready at http://localhost:${port}/graphql`,
  );
  // The line an operator (or a script) waits for goes out now, not with the next 4 KB of logs.
  logger.flush();
  // Drain in-flight requests, then exit 0 (Apollo's own signal handler is off: limits/safety.ts).
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await server.stop();
    await prisma.$disconnect();
    await disconnectReplicas();
    await apq?.close();
    await database.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  // Configuration problems are for a person to read; anything else gets its stack.
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
