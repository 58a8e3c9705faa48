export { createPrismaClient, type CreatePrismaClientOptions, type PrismaClient } from "./client";
export { configuredDatabaseUrl } from "./config";
export { applyMigrations, type ApplyMigrationsOptions } from "./migrate/apply";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
