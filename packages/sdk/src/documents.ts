import type { DocumentNode } from "graphql";
import { print } from "graphql";

const texts = new WeakMap<DocumentNode, string>();

/** The exact text sent for a document; the trusted-documents manifest hashes the same text. */
export function documentText(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) {
    text = print(document);
    texts.set(document, text);
  }
  return text;
}

/** Lower-case hex sha256 of a document's text (Web Crypto: Node 20+ and browsers). */
export async function documentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The name of the first operation in a document, sent as `operationName`. */
export function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === "OperationDefinition") return definition.name?.value;
  }
  return undefined;
}
