/** Where the database is: DATABASE_URL, or the embedded PostgreSQL when it is unset. */
export function configuredDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.DATABASE_URL?.trim();
  return url ? url : undefined;
}
