import type { PrismaClient } from "@accord/db";

/**
 * The key under which the compiler's client (compiled-reads/compile.ts, which marks SQL built from data it
 * read as not reusable) hands out the client itself, for reads that only choose how rows are found
 * (statistics), never which rows: SQL built from them may be kept.
 */
export const planningOnly = Symbol("planning only");

/** The client for reads that only choose a plan: unmarked under the compiler, the client itself elsewhere. */
export function planningClient(prisma: PrismaClient): PrismaClient {
  return (prisma as unknown as { [planningOnly]?: PrismaClient })[planningOnly] ?? prisma;
}
