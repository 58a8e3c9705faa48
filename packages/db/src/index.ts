export { createPrismaClient, type CreatePrismaClientOptions, type PrismaClient } from "./client";
export { configuredDatabaseUrl } from "./config";
export { applyMigrations, type ApplyMigrationsOptions } from "./migrate/apply";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export {
  embeddedDataDir,
  prepareDatabase,
  resolveDatabase,
  type PrepareDatabaseOptions,
  type PrepareDatabaseResult,
  type ResolveDatabaseOptions,
  type ResolvedDatabase,
  type SeedFunction,
} from "./database";
export { startEmbeddedDatabase, type EmbeddedDatabase, type StartEmbeddedDatabaseOptions } from "./embedded/start";
export { isEmbeddedDatabaseUrl } from "./embedded/registry";
