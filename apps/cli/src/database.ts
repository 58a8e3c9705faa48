import { resolveDatabase } from "@accord/db";

export type CommandDatabase = {
  /** Pool size for createPrismaClient: 1 on the embedded database, which takes one connection at a time. */
  maxConnections: number;
  embedded: boolean;
};

/**
 * Runs a command on DATABASE_URL, or on the embedded database in the data folder when it is unset:
 * through the running API when it serves that folder, otherwise started for the command and stopped
 * after it, without migrating or seeding it first.
 */
export async function withDatabaseUrl<T>(
  run: (databaseUrl: string, database: CommandDatabase) => Promise<T>,
): Promise<T> {
  const database = await resolveDatabase({ prepare: false, shareRunning: true });
  try {
    return await run(database.url, { maxConnections: database.maxConnections, embedded: database.embedded });
  } finally {
    await database.stop();
  }
}
