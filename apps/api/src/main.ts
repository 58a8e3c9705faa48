import { createPrismaClient, resolveDatabase } from "@accord/db";
import { ConfigError, loadServerConfig } from "./config";
import { createLogger } from "./logging/logger";
import { createAccordServer } from "./server";
import { loadTrustedDocuments } from "./trusted-documents/manifest";

async function main(): Promise<void> {
  const { config, limits } = loadServerConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const trustedDocuments = config.ACCORD_TRUSTED_DOCUMENTS
    ? loadTrustedDocuments(config.ACCORD_TRUSTED_DOCUMENTS)
    : undefined;
  // DATABASE_URL when set; otherwise the embedded PostgreSQL under ./data, migrated and seeded on first start.
  const database = await resolveDatabase({ log: (line) => logger.info(line) });
  const prisma = createPrismaClient({
    databaseUrl: database.url,
    maxConnections: database.embedded ? database.maxConnections : config.DATABASE_POOL_SIZE,
    statementTimeoutMs: limits.statementTimeoutMs,
    connectionTimeoutMs: limits.connectTimeoutMs,
  });
  const server = await createAccordServer({
    prisma,
    limits,
    logger,
    trustedDocuments,
    graphiql: config.ACCORD_GRAPHIQL,
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
  // Drain in-flight requests, then exit 0 (Apollo's own signal handler is off: limits/safety.ts).
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await server.stop();
    await prisma.$disconnect();
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
