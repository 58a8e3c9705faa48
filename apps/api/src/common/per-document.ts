import { createHash } from "node:crypto";
import type { DocumentNode, OperationDefinitionNode } from "graphql";
import type { LRUCache } from "lru-cache";
import { boundedCache } from "./bounded-cache";

/**
 * A request's operation and the variables it DECLARES, as one short key: GraphQL ignores undeclared
 * variables, so a caller cannot grow a key (or split a cache) by sending large unused ones.
 */
export function operationKey(operation: OperationDefinitionNode | null | undefined, variables: unknown): string {
  const given = (variables ?? {}) as Record<string, unknown>;
  const declared: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (Object.hasOwn(given, name)) declared[name] = given[name];
  }
  return `${operation?.name?.value ?? ""}\u0000${JSON.stringify(declared)}`;
}

/** The text a document was parsed from (Apollo keeps locations); its printed form otherwise. */
function documentText(document: DocumentNode): string {
  return document.loc?.source.body ?? JSON.stringify(document.definitions);
}

// Per cache: keys are hashes, values small (a cost, compiled SQL), so this holds thousands of operations.
const defaultMaxBytes = 16 * 1024 * 1024;

/**
 * Values worked out once per document text and operation key, kept under a hash of both and bounded
 * by their size in bytes (the least recently used go first), not by a count of entries.
 */
export class PerDocumentCache<T> {
  // Values are boxed: a remembered null ("not compiled") is a value too, which LRUCache does not hold bare.
  private readonly cache: LRUCache<string, { value: T }>;

  constructor(sizeOf: (value: T) => number = () => 16, maxBytes = defaultMaxBytes) {
    this.cache = boundedCache(maxBytes, (box: { value: T }) => sizeOf(box.value));
  }

  private static key(document: DocumentNode, key: string): string {
    return createHash("sha256").update(documentText(document)).update("\u0000").update(key).digest("base64url");
  }

  has(document: DocumentNode, key: string): boolean {
    return this.cache.has(PerDocumentCache.key(document, key));
  }

  /** The remembered value in its box: a remembered null is told apart from nothing remembered. */
  find(document: DocumentNode, key: string): { value: T } | undefined {
    return this.cache.get(PerDocumentCache.key(document, key));
  }

  get(document: DocumentNode, key: string): T | undefined {
    return this.cache.get(PerDocumentCache.key(document, key))?.value;
  }

  set(document: DocumentNode, key: string, value: T): void {
    this.cache.set(PerDocumentCache.key(document, key), { value });
  }

  /** Bytes held (keys and values), for tests and figures. */
  get bytes(): number {
    return this.cache.calculatedSize;
  }
}

/** True when every variable sent is one the operation declares. */
export function declaresEvery(operation: OperationDefinitionNode | null | undefined, variables: unknown): boolean {
  const declared = new Set((operation?.variableDefinitions ?? []).map((d) => d.variable.name.value));
  return Object.keys((variables ?? {}) as object).every((name) => declared.has(name));
}
