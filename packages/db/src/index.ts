export {
  type CreatePrismaClientOptions,
  createPrismaClient,
  type PrismaClient,
  preparedReadSettings,
  readThroughPools,
  sqlPoolsOf,
} from "./client";
export { configuredDatabaseUrl } from "./config";
export {
  embeddedDataDir,
  type PrepareDatabaseOptions,
  type PrepareDatabaseResult,
  prepareDatabase,
  type ResolveDatabaseOptions,
  type ResolvedDatabase,
  resolveDatabase,
  type SeedFunction,
} from "./database";
export type { Db } from "./db";
export * from "./derived";
export { isEmbeddedDatabaseUrl } from "./embedded/registry";
export { type EmbeddedDatabase, type StartEmbeddedDatabaseOptions, startEmbeddedDatabase } from "./embedded/start";
export * from "./fixtures";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export { type ApplyMigrationsOptions, applyMigrations } from "./migrate/apply";
export { type CreatedMigration, type CreateMigrationOptions, createMigration, migrationSlug } from "./migrate/create";
export { type DiffDatabaseOptions, diffDatabaseAgainstSchema } from "./migrate/diff";
export { type MigrationsList, migrationsDir, readMigrationsList, schemaPath } from "./migrate/migrations";
export { createDatabase, databaseNameOf, describeServer, dropDatabase, probeDatabase } from "./migrate/server";
export {
  isUpToDate,
  type MigrationStatus,
  type ReadMigrationStatusOptions,
  readMigrationStatus,
} from "./migrate/status";
export * from "./seed";
export { currentStatementScope, runInStatementScope, StatementScope } from "./statement-scope";
export * from "./tokens";
