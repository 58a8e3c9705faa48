/**
 * The entry `key` of a lookup table, never a member every object inherits: an untrusted name such as
 * "constructor", "toString" or "__proto__" picks nothing.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The names every plain object answers to (constructor, __proto__, toString …): tests try each as input. */
export const inheritedNames: readonly string[] = Object.getOwnPropertyNames(Object.prototype);
