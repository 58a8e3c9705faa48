export { type CreatePrismaClientOptions, createPrismaClient, type PrismaClient } from "./client";
export { configuredDatabaseUrl } from "./config";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export { type ApplyMigrationsOptions, applyMigrations } from "./migrate/apply";
export { type MigrationsList, readMigrationsList } from "./migrate/migrations";
