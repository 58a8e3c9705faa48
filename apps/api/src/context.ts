import type { PrismaClient } from "@accord/db";
import { createLoaders, type Loaders } from "./loaders";

/** What every resolver gets: the one Prisma client and this request's loaders. */
export type Context = {
  prisma: PrismaClient;
  loaders: Loaders;
};

export function createContext(prisma: PrismaClient): Context {
  return { prisma, loaders: createLoaders(prisma) };
}
