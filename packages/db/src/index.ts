export { type CreatePrismaClientOptions, createPrismaClient, type PrismaClient } from "./client";
export { configuredDatabaseUrl } from "./config";
export type { Db } from "./db";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export { type ApplyMigrationsOptions, applyMigrations } from "./migrate/apply";
export * from "./tokens";
