import type DataLoader from "dataloader";

/** Rows for ids through a by-id loader, in the ids' order, leaving out ids with no row. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  const error = rows.find((row) => row instanceof Error);
  if (error) throw error;
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}
