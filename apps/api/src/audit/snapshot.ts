import type { Prisma } from "@accord/db";

/** Columns that say nothing a reader of the audit log needs (derived, or bookkeeping). */
const ignoredKeys = new Set(["searchText", "searchVector", "updatedAt", "createdAt"]);

export type JsonValue = Prisma.InputJsonValue | null;

/** A record as plain JSON: dates as ISO strings, decimals and big integers as exact strings. */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toJson) as Prisma.InputJsonArray;
  if (typeof value === "object") {
    // Prisma's Decimal and similar value objects print exactly through toString / toJSON.
    if (typeof (value as { toFixed?: unknown }).toFixed === "function") return String(value);
    const out: Record<string, JsonValue> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!ignoredKeys.has(key) && inner !== undefined) out[key] = toJson(inner);
    }
    return out as Prisma.InputJsonObject;
  }
  return String(value);
}

export type FieldChange = { before: JsonValue; after: JsonValue };

/** Field-by-field differences between two snapshots; only fields that changed. */
export function diffSnapshots(before: unknown, after: unknown): Record<string, FieldChange> {
  const a = (toJson(before) ?? {}) as Record<string, JsonValue>;
  const b = (toJson(after) ?? {}) as Record<string, JsonValue>;
  const changes: Record<string, FieldChange> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const was = a[key] ?? null;
    const now = b[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}
