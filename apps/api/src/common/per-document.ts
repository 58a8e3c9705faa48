import type { DocumentNode } from "graphql";

/** A request's operation and variables as one key. */
export function operationKey(operationName: string | null | undefined, variables: unknown): string {
  return `${operationName ?? ""}\u0000${JSON.stringify(variables ?? {})}`;
}

/**
 * Values worked out once per parsed document and operation key. Apollo keeps one parsed document per
 * query text, so they hang off it and go when Apollo drops it; at most `max` keys per document.
 */
export class PerDocumentCache<T> {
  private byDocument = new WeakMap<DocumentNode, Map<string, T>>();

  constructor(private readonly max = 100) {}

  has(document: DocumentNode, key: string): boolean {
    return this.byDocument.get(document)?.has(key) ?? false;
  }

  get(document: DocumentNode, key: string): T | undefined {
    return this.byDocument.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string, value: T): void {
    let known = this.byDocument.get(document);
    if (!known) {
      known = new Map();
      this.byDocument.set(document, known);
    }
    if (known.size < this.max) known.set(key, value);
  }
}
