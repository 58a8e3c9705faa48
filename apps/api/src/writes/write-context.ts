import type { PrismaClient } from "@accord/db";
import type { Viewer } from "../auth/viewer";
import { AppError } from "../common/errors";
import type { Context } from "../context";

/** What every write service gets: the client and who is writing (for the audit log). */
export type WriteContext = { prisma: PrismaClient; viewer: Viewer };

/** The write context of a request that passed `@Authorized`; a guard in case a resolver forgot it. */
export function writeContextOf({ prisma, viewer }: Context): WriteContext {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "writes need an API token (Authorization: Bearer <token>)");
  return { prisma, viewer };
}
