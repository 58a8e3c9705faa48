import DataLoader from "dataloader";

/**
 * Dispatch a batch once every resolver of the level has asked (after pending promise jobs), not on
 * the first tick: one statement per level whatever the timing, so the SQL count is deterministic.
 */
export const batchOptions = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/** One batched query per tick for records fetched by ID; missing IDs give null. */
export function byIdLoader<T extends { id: string }>(
  fetch: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  }, batchOptions);
}

/** One batched query per tick for the children of many parents, grouped by the parent's ID. */
export function groupLoader<T>(
  fetch: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch([...keys]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  }, batchOptions);
}
