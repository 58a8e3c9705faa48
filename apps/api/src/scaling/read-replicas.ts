// Reads to replicas through Prisma's read-replica extension; writes and transactions stay on the primary.
import { createPrismaClient, type PrismaClient, readThroughPools } from "@accord/db";
import { readReplicas } from "@prisma/extension-read-replicas";

export type ReplicatedClient = { prisma: PrismaClient; replicas: PrismaClient[]; disconnect(): Promise<void> };

/**
 * The primary client extended to send non-transactional model reads to a random replica.
 * Raw queries go to the primary unless a service asks for `$replica()`.
 */
export function withReadReplicas(options: {
  primary: PrismaClient;
  replicaUrls: string[];
  maxConnections?: number;
  statementTimeoutMs?: number;
  connectionTimeoutMs?: number;
}): ReplicatedClient {
  const { primary, replicaUrls } = options;
  if (replicaUrls.length === 0) return { prisma: primary, replicas: [], disconnect: async () => {} };
  const replicas = replicaUrls.map((databaseUrl) =>
    createPrismaClient({
      databaseUrl,
      maxConnections: options.maxConnections,
      statementTimeoutMs: options.statementTimeoutMs,
      connectionTimeoutMs: options.connectionTimeoutMs,
    }),
  );
  // The extended client keeps PrismaClient's model API; services only see that API.
  const prisma = primary.$extends(readReplicas({ replicas })) as unknown as PrismaClient;
  // Compiled reads (one prepared statement each) go to the replicas too.
  readThroughPools(prisma, replicas);
  return {
    prisma,
    replicas,
    async disconnect() {
      await Promise.all(replicas.map((replica) => replica.$disconnect()));
    },
  };
}

/** The primary behind a client that reads from replicas (the client itself otherwise), for reads that must be current. */
export function primaryOf(prisma: PrismaClient): PrismaClient {
  const replicated = prisma as PrismaClient & { $primary?: () => PrismaClient };
  return typeof replicated.$primary === "function" ? replicated.$primary() : prisma;
}
