import { createHash } from "node:crypto";

/** A record's fingerprint: a re-import compares it with the one stored to skip unchanged rows. */
export function contentHash(record: unknown): string {
  return createHash("sha1").update(JSON.stringify(record)).digest("base64url");
}
