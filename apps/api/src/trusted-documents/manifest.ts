import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The SDK's manifest, at the same depth from apps/api/src and apps/api/dist. */
export const sdkManifestPath = path.resolve(__dirname, "../../../../packages/sdk/trusted-documents.json");

/** Documents the server runs in trusted-documents mode: sha256 hex of the text → the text. */
export type TrustedDocuments = { source: string; byHash: ReadonlyMap<string, string> };

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Loads a manifest (`sdk` for the SDK's own); fails with the file and the entry that is wrong. */
export function loadTrustedDocuments(setting: string): TrustedDocuments {
  const file = setting === "sdk" ? sdkManifestPath : path.resolve(setting);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`ACCORD_TRUSTED_DOCUMENTS: cannot read the manifest ${file}: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`ACCORD_TRUSTED_DOCUMENTS: ${file} must be a JSON object of sha256 hash → document`);
  }
  const byHash = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== "string" || sha256Hex(text) !== hash.replace(/^sha256:/, "")) {
      throw new Error(`ACCORD_TRUSTED_DOCUMENTS: ${file}: entry ${hash} is not the sha256 of its document`);
    }
    byHash.set(hash.replace(/^sha256:/, ""), text);
  }
  return { source: file, byHash };
}

/**
 * `trusted` plus the documents of another manifest when that file exists (the explorer's build writes
 * its own operations beside it, so the explorer works on a server running only trusted documents).
 */
export function withManifestIfBuilt(trusted: TrustedDocuments, file: string): TrustedDocuments {
  if (!existsSync(file)) return trusted;
  const added = loadTrustedDocuments(file);
  return { source: `${trusted.source} + ${added.source}`, byHash: new Map([...trusted.byHash, ...added.byHash]) };
}
