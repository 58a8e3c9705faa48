// Idempotent writes: create what is missing, update only fields that differ, remove what the seed no longer has.
import { Prisma } from "../generated/prisma/client";

export const seedScheme = "accord-seed";

export type ModelCounts = { created: number; updated: number; unchanged: number; deleted: number };

export type SeedResult = ModelCounts & { byModel: Record<string, ModelCounts> };

export class SeedStats {
  readonly byModel: Record<string, ModelCounts> = {};

  count(model: string, outcome: keyof ModelCounts, by = 1): void {
    this.byModel[model] ??= { created: 0, updated: 0, unchanged: 0, deleted: 0 };
    this.byModel[model][outcome] += by;
  }

  result(): SeedResult {
    const total: ModelCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
    for (const counts of Object.values(this.byModel)) {
      for (const key of Object.keys(total) as (keyof ModelCounts)[]) total[key] += counts[key];
    }
    return { ...total, byModel: this.byModel };
  }
}

function sameValue(stored: unknown, wanted: unknown): boolean {
  if (wanted === undefined || wanted === null) return stored === null || stored === undefined;
  if (stored === null || stored === undefined) return false;
  if (wanted instanceof Date) return stored instanceof Date && stored.getTime() === wanted.getTime();
  if (Prisma.Decimal.isDecimal(stored)) return stored.equals(new Prisma.Decimal(String(wanted)));
  return stored === wanted;
}

/** The fields of `wanted` whose values differ from `stored`, or null when none do. */
export function changedFields<T extends Record<string, unknown>>(stored: object, wanted: T): Partial<T> | null {
  const changes: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T & string)[]) {
    if (!sameValue((stored as Record<string, unknown>)[key], wanted[key])) changes[key] = wanted[key];
  }
  return Object.keys(changes).length ? changes : null;
}

export type SetSync<Row, Want> = {
  model: string;
  stored: Row[];
  wanted: Want[];
  keyOfRow: (row: Row) => string;
  keyOfWant: (want: Want) => string;
  create: (want: Want) => Promise<unknown>;
  /** Writes the changes of a matching row; returns false when there was nothing to change. */
  update?: (row: Row, want: Want) => Promise<boolean>;
  remove: (rows: Row[]) => Promise<unknown>;
};

/** Brings a set of child rows (aliases, participants, citations …) to exactly the wanted set. */
export async function syncSet<Row, Want>(stats: SeedStats, sync: SetSync<Row, Want>): Promise<void> {
  const storedByKey = new Map(sync.stored.map((row) => [sync.keyOfRow(row), row]));
  const wantedKeys = new Set<string>();
  for (const want of sync.wanted) {
    const key = sync.keyOfWant(want);
    if (wantedKeys.has(key)) throw new Error(`seed: ${sync.model} "${key}" is listed twice`);
    wantedKeys.add(key);
    const row = storedByKey.get(key);
    if (!row) {
      await sync.create(want);
      stats.count(sync.model, "created");
    } else if (sync.update && (await sync.update(row, want))) {
      stats.count(sync.model, "updated");
    } else {
      stats.count(sync.model, "unchanged");
    }
  }
  const extra = sync.stored.filter((row) => !wantedKeys.has(sync.keyOfRow(row)));
  if (extra.length) {
    await sync.remove(extra);
    stats.count(sync.model, "deleted", extra.length);
  }
}

/** Looks a key up in a map of seeded ids, failing with the name of what is missing. */
export function idOf(ids: Map<string, string>, kind: string, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`seed: unknown ${kind} "${key}"`);
  return id;
}

export type RecordSync<Row extends { id: string }, Wanted extends Record<string, unknown>> = {
  model: string;
  wanted: Wanted;
  find: () => Promise<Row | null>;
  create: () => Promise<Row>;
  /** Writes the changed fields (and bumps the version where the model has one). */
  update: (id: string, changes: Partial<Wanted>) => Promise<unknown>;
};

/** Creates the record, updates only its changed fields, or leaves it alone; returns its id. */
export async function syncRecord<Row extends { id: string }, Wanted extends Record<string, unknown>>(
  stats: SeedStats,
  sync: RecordSync<Row, Wanted>,
): Promise<string> {
  const stored = await sync.find();
  if (!stored) {
    const created = await sync.create();
    stats.count(sync.model, "created");
    return created.id;
  }
  const changes = changedFields(stored, sync.wanted);
  if (changes) await sync.update(stored.id, changes);
  stats.count(sync.model, changes ? "updated" : "unchanged");
  return stored.id;
}
