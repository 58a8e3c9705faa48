import { openSchemaEngine } from "./engine";
import { noFilters, readMigrationsList } from "./migrations";

export type ApplyMigrationsOptions = { databaseUrl: string; migrationsDir?: string };

/** Applies pending migrations and records them in _prisma_migrations, as `prisma migrate deploy` does. */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const { engine, close } = await openSchemaEngine({ databaseUrl: options.databaseUrl });
  try {
    const migrationsList = await readMigrationsList(options.migrationsDir);
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}
