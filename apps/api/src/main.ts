import { configuredDatabaseUrl, createPrismaClient } from "@accord/db";
import { loadLimitsConfig } from "./limits/limits.config";
import { createAccordServer } from "./server";

async function main(): Promise<void> {
  const databaseUrl = configuredDatabaseUrl();
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const limits = loadLimitsConfig();
  const prisma = createPrismaClient({
    databaseUrl,
    statementTimeoutMs: limits.statementTimeoutMs,
    connectionTimeoutMs: limits.connectTimeoutMs,
  });
  const server = await createAccordServer({ prisma, limits });
  const { url } = await server.listen(Number(process.env.PORT ?? 4000));
  console.log(`Accord API ready at ${url}`);
  const shutdown = async () => {
    await server.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
