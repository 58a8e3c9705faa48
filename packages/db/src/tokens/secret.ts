import { createHash, randomBytes } from "node:crypto";

/** Every secret starts with this, so a leaked one is easy to recognise (and to scan for). */
export const tokenPrefix = "acc_";

/** A new secret: the prefix and 32 random bytes in base64url (43 characters). */
export function generateTokenSecret(): string {
  return `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
}

/** The SHA-256 of a secret, in hex: the only form the database keeps. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
