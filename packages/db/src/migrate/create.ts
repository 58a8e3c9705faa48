import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyMigrations } from "./apply";
import { diffDatabaseAgainstSchema } from "./diff";
import { migrationsDir as defaultMigrationsDir, readMigrationsList } from "./migrations";
import { withScratchDatabase } from "./scratch";

export type CreateMigrationOptions = {
  /** Any database on the server; the work happens in a scratch database beside it. */
  databaseUrl: string;
  name: string;
  schemaPath?: string;
  migrationsDir?: string;
  now?: Date;
};

export type CreatedMigration = { folder: string; file: string; sql: string } | null;

/** "Add search index" → "add_search_index", as Prisma names migration folders. */
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error(`migration name "${name}" has no letters or digits`);
  return slug;
}

function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Writes the next migration: the existing ones are applied to a scratch database, which is then
 * diffed against schema.prisma. Never replays anything against the configured database.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<CreatedMigration> {
  const migrationsDir = path.resolve(options.migrationsDir ?? defaultMigrationsDir);
  const slug = migrationSlug(options.name);
  const sql = await withScratchDatabase(options.databaseUrl, async (scratchUrl) => {
    await applyMigrations({ databaseUrl: scratchUrl, migrationsDir });
    return diffDatabaseAgainstSchema({ databaseUrl: scratchUrl, schemaPath: options.schemaPath });
  });
  if (sql === null) return null;
  const existing = (await readMigrationsList(migrationsDir)).migrationDirectories.map((d) => d.path);
  // Folders apply in name order: a new one must sort after the last even if the clock is behind.
  let stamp = utcTimestamp(options.now ?? new Date());
  const last = existing.at(-1)?.slice(0, 14);
  if (last && /^\d{14}$/.test(last) && stamp <= last) stamp = (BigInt(last) + 1n).toString();
  const folder = path.join(migrationsDir, `${stamp}_${slug}`);
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, "migration.sql");
  await writeFile(file, sql);
  return { folder, file, sql };
}
