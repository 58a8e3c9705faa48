import { randomBytes } from "node:crypto";
import { createDatabase, dropDatabase, withDatabaseName } from "./server";

/** Runs `use` on a fresh empty database beside databaseUrl's, and drops it afterwards whatever happens. */
export async function withScratchDatabase<T>(databaseUrl: string, use: (scratchUrl: string) => Promise<T>): Promise<T> {
  const scratchUrl = withDatabaseName(databaseUrl, `accord_scratch_${randomBytes(5).toString("hex")}`);
  await createDatabase(scratchUrl);
  try {
    return await use(scratchUrl);
  } finally {
    await dropDatabase(scratchUrl);
  }
}
