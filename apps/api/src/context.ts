import type { PrismaClient } from "@accord/db";
import type { Authentication, Viewer } from "./auth/viewer";
import { createLoaders, type Loaders } from "./loaders";

/** What every resolver gets: the one Prisma client, this request's loaders and who is calling. */
export type Context = {
  prisma: PrismaClient;
  loaders: Loaders;
  /** The caller's token, or null when anonymous. */
  viewer: Viewer | null;
  /** Why a presented token was refused, if one was. */
  authProblem: string | null;
};

export function createContext(prisma: PrismaClient, auth: Authentication = { viewer: null, problem: null }): Context {
  let loaders: Loaders | undefined;
  return {
    prisma,
    // Made on first use: a read answered by compiled SQL never needs the ~40 DataLoaders.
    get loaders() {
      loaders ??= createLoaders(prisma);
      return loaders;
    },
    viewer: auth.viewer,
    authProblem: auth.problem,
  };
}
