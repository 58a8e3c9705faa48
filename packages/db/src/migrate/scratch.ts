import { randomBytes } from "node:crypto";
import { createDatabase, describeServer, dropDatabase, withDatabaseName } from "./server";

/** Runs `use` on a fresh empty database beside databaseUrl's, and drops it afterwards whatever happens. */
export async function withScratchDatabase<T>(databaseUrl: string, use: (scratchUrl: string) => Promise<T>): Promise<T> {
  const scratchUrl = withDatabaseName(databaseUrl, `accord_scratch_${randomBytes(5).toString("hex")}`);
  await createDatabase(scratchUrl).catch((error: Error) => {
    // The server's own failures (unreachable, login refused) already say where.
    if (error.message.includes(describeServer(databaseUrl))) throw error;
    throw new Error(`cannot create a scratch database on ${describeServer(databaseUrl)}: ${error.message}`);
  });
  try {
    return await use(scratchUrl);
  } finally {
    await dropDatabase(scratchUrl);
  }
}
