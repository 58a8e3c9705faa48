export type MigrationsDirOption = { migrationsDir?: string };

export const migrationsDirFlags = "--migrations-dir <dir>";
export const migrationsDirHelp = "migrations folder (default: prisma/migrations, or ACCORD_MIGRATIONS_DIR)";

/** --migrations-dir, else ACCORD_MIGRATIONS_DIR (tests point it at a copy), else prisma/migrations. */
export function migrationsDirFrom(options: MigrationsDirOption): string | undefined {
  return options.migrationsDir ?? (process.env.ACCORD_MIGRATIONS_DIR || undefined);
}
