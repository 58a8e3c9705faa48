import { createPrismaClient, resolveDatabase } from "@accord/db";
import { loadLimitsConfig } from "./limits/limits.config";
import { createRedisPersistedQueryCache, readScalingConfig, withReadReplicas } from "./scaling";
import { createAccordServer } from "./server";

async function main(): Promise<void> {
  // DATABASE_URL when set; otherwise the embedded PostgreSQL under ./data, migrated and seeded on first start.
  const database = await resolveDatabase();
  const limits = loadLimitsConfig();
  const primary = createPrismaClient({
    databaseUrl: database.url,
    maxConnections: database.maxConnections,
    statementTimeoutMs: limits.statementTimeoutMs,
    connectionTimeoutMs: limits.connectTimeoutMs,
  });
  // REDIS_URL and DATABASE_REPLICA_URLS: several instances share persisted queries and read from replicas.
  const scaling = readScalingConfig();
  const { prisma, disconnect: disconnectReplicas } = withReadReplicas({
    primary,
    replicaUrls: scaling.replicaUrls,
    maxConnections: database.maxConnections,
    statementTimeoutMs: limits.statementTimeoutMs,
  });
  const apq = scaling.redisUrl ? createRedisPersistedQueryCache({ redisUrl: scaling.redisUrl }) : undefined;
  const server = await createAccordServer({ prisma, limits, persistedQueryCache: apq?.cache });
  const { url } = await server.listen(Number(process.env.PORT ?? 4000));
  console.log(`Accord API ready at ${url}${database.embedded ? " (embedded database)" : ""}`);
  const shutdown = async () => {
    await server.stop();
    await prisma.$disconnect();
    await disconnectReplicas();
    await apq?.close();
    await database.stop();
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
