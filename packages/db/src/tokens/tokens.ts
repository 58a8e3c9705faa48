import type { Db } from "../db";
import type { ApiToken } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { generateTokenSecret, hashTokenSecret, tokenPrefix } from "./secret";

/** A token as listed: never its secret or hash. */
export type ApiTokenSummary = Omit<ApiToken, "tokenHash">;

export type CreateApiTokenOptions = { db: Db; name: string; role: Role };

const summary = { id: true, name: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Creates a token; the secret is returned here once and stored only as its hash. */
export async function createApiToken({ db, name, role }: CreateApiTokenOptions) {
  const label = name.trim();
  if (!label) throw new Error("a token needs a name (--name)");
  const clash = await db.apiToken.findFirst({ where: { name: label, revokedAt: null }, select: { id: true } });
  if (clash) throw new Error(`an active token is already named "${label}" (${clash.id}); pick another name`);
  const secret = generateTokenSecret();
  const token = await db.apiToken.create({
    data: { name: label, role, tokenHash: hashTokenSecret(secret) },
    select: summary,
  });
  return { token, secret };
}

/** Every token, newest first, revoked ones included. */
export function listApiTokens({ db }: { db: Db }): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({ select: summary, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RevokeApiTokenOptions = { db: Db; idOrName: string; now?: Date };

/** Revokes one token by ID or by the name of an active token; revoking twice is an error. */
export async function revokeApiToken({ db, idOrName, now = new Date() }: RevokeApiTokenOptions) {
  const matches = await db.apiToken.findMany({
    where: uuidPattern.test(idOrName) ? { id: idOrName } : { name: idOrName, revokedAt: null },
    select: summary,
  });
  if (matches.length === 0) throw new Error(`no active token has the ID or name "${idOrName}"`);
  if (matches.length > 1) throw new Error(`several tokens are named "${idOrName}": revoke one by ID`);
  const [token] = matches as [ApiTokenSummary];
  if (token.revokedAt) throw new Error(`token "${token.name}" (${token.id}) was already revoked`);
  return db.apiToken.update({ where: { id: token.id }, data: { revokedAt: now }, select: summary });
}

export type VerifyApiTokenOptions = {
  db: Db;
  secret: string;
  now?: Date;
  /** lastUsedAt is written at most this often per token, so reads do not all become writes. */
  touchEveryMs?: number;
};

export type VerifiedToken = { ok: true; token: ApiTokenSummary } | { ok: false; reason: string };

/** Checks a presented secret: it must hash to a stored token that is not revoked. */
export async function verifyApiToken({
  db,
  secret,
  now = new Date(),
  touchEveryMs = 60_000,
}: VerifyApiTokenOptions): Promise<VerifiedToken> {
  if (!secret.startsWith(tokenPrefix)) return { ok: false, reason: `the token does not start with "${tokenPrefix}"` };
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashTokenSecret(secret) }, select: summary });
  if (!token) return { ok: false, reason: "the token is not known" };
  if (token.revokedAt) return { ok: false, reason: `the token "${token.name}" was revoked` };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= touchEveryMs) {
    // Conditional, so concurrent requests write it once.
    await db.apiToken.updateMany({
      where: {
        id: token.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - touchEveryMs) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return { ok: true, token };
}
