import { openSchemaEngine } from "./engine";
import { noFilters, readMigrationsList } from "./migrations";

export type ApplyMigrationsOptions = {
  databaseUrl: string;
  migrationsDir?: string;
  /** Called before each pending migration runs, so long runs show where they are. */
  onStart?: (name: string) => void;
  onApplied?: (name: string, milliseconds: number) => void;
};

/** The engine's message without its "external connector error" heading and its span trace. */
function engineReason(error: Error): string {
  const lines = error.message.split("\n").filter((line) => line.trim() && line !== "external connector error");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n");
}

/** Applies pending migrations and records them in _prisma_migrations, as `prisma migrate deploy` does. */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const { engine, close } = await openSchemaEngine({ databaseUrl: options.databaseUrl });
  try {
    const migrationsList = await readMigrationsList(options.migrationsDir);
    const folders = migrationsList.migrationDirectories;
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    if (diagnosis.failedMigrationNames.length) {
      const names = diagnosis.failedMigrationNames.join(", ");
      throw new Error(
        `migration ${names} failed earlier in this database (_prisma_migrations has no finished_at): repair the database by hand and set rolled_back_at on that row, then migrate again`,
      );
    }
    const pending = new Set(
      diagnosis.hasMigrationsTable ? (diagnosis.history?.unappliedMigrationNames ?? []) : folders.map((f) => f.path),
    );
    const applied: string[] = [];
    // One engine call per migration (each with the folders up to it) so each is reported as it lands.
    for (const [index, folder] of folders.entries()) {
      if (!pending.has(folder.path)) continue;
      options.onStart?.(folder.path);
      const started = Date.now();
      const list = { ...migrationsList, migrationDirectories: folders.slice(0, index + 1) };
      const result = await engine
        .applyMigrations({ migrationsList: list, filters: noFilters })
        .catch((error: Error) => Promise.reject(new Error(`migration ${folder.path} failed: ${engineReason(error)}`)));
      applied.push(...result.appliedMigrationNames);
      options.onApplied?.(folder.path, Date.now() - started);
    }
    // A last call over every folder applies anything the diagnosis did not list (normally nothing).
    const rest = await engine.applyMigrations({ migrationsList, filters: noFilters });
    for (const name of rest.appliedMigrationNames) options.onApplied?.(name, 0);
    return [...applied, ...rest.appliedMigrationNames];
  } finally {
    await close();
  }
}
