import type { PrismaClient, Role } from "@accord/db";
import { verifyApiToken } from "@accord/db";
import { primaryOf } from "../scaling/read-replicas";

/** Who is calling: the token's ID, name and role; null for an anonymous request. */
export type Viewer = { tokenId: string; name: string; role: Role };

export type Authentication = {
  viewer: Viewer | null;
  /** Why a presented token was refused (kept for the UNAUTHENTICATED message). */
  problem: string | null;
};

export type AuthenticateRequestOptions = { prisma: PrismaClient; authorization: string | undefined };

/** Reads `Authorization: Bearer <token>`; a missing header is anonymous, a bad one is a problem. */
export async function authenticateRequest({
  prisma,
  authorization,
}: AuthenticateRequestOptions): Promise<Authentication> {
  if (!authorization?.trim()) return { viewer: null, problem: null };
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim())?.[1];
  if (!secret) return { viewer: null, problem: 'the Authorization header must be "Bearer <token>"' };
  // On the primary: a replica lagging behind would still accept a token revoked a moment ago.
  const result = await verifyApiToken({ db: primaryOf(prisma), secret });
  if (!result.ok) return { viewer: null, problem: result.reason };
  const { id, name, role } = result.token;
  return { viewer: { tokenId: id, name, role }, problem: null };
}
