import { isEmbeddedDatabaseUrl } from "../embedded/registry";
import { openSchemaEngine, type SchemaEngine } from "./engine";
import { type MigrationsList, noFilters, readMigrationsList } from "./migrations";

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
  const migrationsList = await readMigrationsList(options.migrationsDir);
  if (isEmbeddedDatabaseUrl(options.databaseUrl)) return applyInOneCall(options, migrationsList);
  const folders = migrationsList.migrationDirectories;
  const pending = await pendingMigrations(options.databaseUrl, migrationsList);
  const applied: string[] = [];
  // One engine per call: the engine keeps its connection until closed, and the embedded database allows one.
  for (const [index, folder] of folders.entries()) {
    if (!pending.has(folder.path)) continue;
    options.onStart?.(folder.path);
    const started = Date.now();
    const list = { ...migrationsList, migrationDirectories: folders.slice(0, index + 1) };
    const result = await withEngine(options.databaseUrl, (engine) =>
      engine.applyMigrations({ migrationsList: list, filters: noFilters }),
    ).catch((error: Error) => Promise.reject(new Error(`migration ${folder.path} failed: ${engineReason(error)}`)));
    applied.push(...result.appliedMigrationNames);
    options.onApplied?.(folder.path, Date.now() - started);
  }
  // A last call over every folder applies anything the diagnosis did not list (normally nothing).
  const rest = await withEngine(options.databaseUrl, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  for (const name of rest.appliedMigrationNames) options.onApplied?.(name, 0);
  return [...applied, ...rest.appliedMigrationNames];
}

/**
 * The embedded database has one session shared by every connection, and the engine keeps its
 * connection until closed: there a second engine or a second call fails, so apply all in one call.
 */
async function applyInOneCall(options: ApplyMigrationsOptions, migrationsList: MigrationsList): Promise<string[]> {
  const started = Date.now();
  const result = await withEngine(options.databaseUrl, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  ).catch((error: Error) => Promise.reject(new Error(`migrations failed: ${engineReason(error)}`)));
  for (const name of result.appliedMigrationNames) options.onApplied?.(name, Date.now() - started);
  return result.appliedMigrationNames;
}

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine({ databaseUrl });
  try {
    return await run(engine);
  } finally {
    await close();
  }
}

/** Names of the migrations the database has not applied; refuses to go on past a failed one. */
async function pendingMigrations(databaseUrl: string, migrationsList: MigrationsList): Promise<Set<string>> {
  return withEngine(databaseUrl, async (engine) => {
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
    const all = migrationsList.migrationDirectories.map((f) => f.path);
    return new Set(diagnosis.hasMigrationsTable ? (diagnosis.history?.unappliedMigrationNames ?? []) : all);
  });
}
