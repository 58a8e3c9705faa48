import { applyMigrations } from "./apply";
import { compareObjects, listHandWrittenObjects } from "./catalog";
import { diffDatabaseAgainstSchema } from "./diff";
import { openSchemaEngine } from "./engine";
import { migrationsDir as defaultMigrationsDir, noFilters, readMigrationsList } from "./migrations";
import { withScratchDatabase } from "./scratch";
import { probeDatabase } from "./server";

export type ReadMigrationStatusOptions = { databaseUrl: string; schemaPath?: string; migrationsDir?: string };

export type MigrationStatus = {
  databaseExists: boolean;
  folders: string[];
  pending: string[];
  failed: string[];
  /** Applied, but the folder's migration.sql changed since (checksum). */
  edited: string[];
  /** Recorded in the database, with no folder here. */
  unknown: string[];
  /** SQL from the database to schema.prisma; null when they match or when migrations are pending. */
  schemaDrift: string | null;
  /** Triggers, CHECK constraints and functions that differ from what the migrations create. */
  objectDrift: string[];
  /** Why the trigger/CHECK/function comparison could not run (it needs a scratch database). */
  objectCheckSkipped?: string;
};

export function isUpToDate(status: MigrationStatus): boolean {
  const { pending, failed, edited, unknown, schemaDrift, objectDrift } = status;
  return (
    status.databaseExists && ![pending, failed, edited, unknown, objectDrift].some((l) => l.length) && !schemaDrift
  );
}

/** Where the database stands against the migrations folder and schema.prisma; changes nothing but a scratch database. */
export async function readMigrationStatus(options: ReadMigrationStatusOptions): Promise<MigrationStatus> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const migrationsList = await readMigrationsList(migrationsDir);
  const folders = migrationsList.migrationDirectories.map((d) => d.path);
  const empty = { failed: [], edited: [], unknown: [], schemaDrift: null, objectDrift: [] };
  if ((await probeDatabase(options.databaseUrl)) === "missing") {
    return { databaseExists: false, folders, pending: folders, ...empty };
  }
  const { engine, close } = await openSchemaEngine({ databaseUrl: options.databaseUrl });
  const diagnosis = await engine
    .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters })
    .finally(close);
  const history = diagnosis.history;
  const status: MigrationStatus = {
    ...empty,
    databaseExists: true,
    folders,
    pending: diagnosis.hasMigrationsTable ? (history?.unappliedMigrationNames ?? []) : folders,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    unknown: (history?.unpersistedMigrationNames ?? []).filter((n) => !diagnosis.failedMigrationNames.includes(n)),
  };
  // Drift only means something once the database has every migration.
  if (status.pending.length || status.failed.length) return status;
  status.schemaDrift = await diffDatabaseAgainstSchema(options);
  try {
    const expected = await withScratchDatabase(options.databaseUrl, async (scratchUrl) => {
      await applyMigrations({ databaseUrl: scratchUrl, migrationsDir });
      return listHandWrittenObjects(scratchUrl);
    });
    status.objectDrift = compareObjects(expected, await listHandWrittenObjects(options.databaseUrl));
  } catch (error) {
    // A role without CREATEDB still gets the rest of the report.
    status.objectCheckSkipped = (error as Error).message;
  }
  return status;
}
