import type { Prisma, PrismaClient } from "./generated/prisma/client";

/** A client or a transaction: factories and the seed work with either. */
export type Db = PrismaClient | Prisma.TransactionClient;
