export { createPrismaClient, type CreatePrismaClientOptions, type PrismaClient } from "./client";
export { configuredDatabaseUrl } from "./config";
export { applyMigrations, type ApplyMigrationsOptions } from "./migrate/apply";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type { Db } from "./db";
export * from "./derived";
export * from "./fixtures";
export * from "./seed";
