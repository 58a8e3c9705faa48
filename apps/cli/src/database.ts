import { configuredDatabaseUrl } from "@accord/db";

/** Runs a command on DATABASE_URL (the embedded database comes with the foundation work). */
export async function withDatabaseUrl<T>(run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const url = configuredDatabaseUrl();
  if (!url) throw new Error("DATABASE_URL is not set");
  return run(url);
}
