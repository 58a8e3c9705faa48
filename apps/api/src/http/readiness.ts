import { type PrismaClient, readMigrationsList } from "@accord/db";

export type ReadinessReport = {
  status: "ready" | "unready";
  checks: { database: string; migrations: string };
  pendingMigrations?: string[];
};

export type CheckReadinessOptions = { prisma: PrismaClient; timeoutMs?: number };

/** The migrations this build ships, read once: they do not change while the process runs. */
let shipped: Promise<string[]> | undefined;
function shippedMigrations(): Promise<string[]> {
  shipped ??= readMigrationsList().then((list) => list.migrationDirectories.map((d) => d.path));
  return shipped;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").find((line) => line.trim() !== "") ?? "unknown error";
}

/** Ready when the database answers SELECT 1 and every shipped migration is applied (_prisma_migrations). */
export async function checkReadiness({ prisma, timeoutMs = 3000 }: CheckReadinessOptions): Promise<ReadinessReport> {
  try {
    await withTimeout(prisma.$queryRawUnsafe("SELECT 1"), timeoutMs);
  } catch (error) {
    return { status: "unready", checks: { database: `unreachable: ${reason(error)}`, migrations: "unknown" } };
  }
  let applied: Set<string>;
  try {
    const rows = await withTimeout(
      prisma.$queryRawUnsafe<{ migration_name: string }[]>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      ),
      timeoutMs,
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    return {
      status: "unready",
      checks: { database: "ok", migrations: `cannot read _prisma_migrations: ${reason(error)}` },
    };
  }
  const pending = (await shippedMigrations()).filter((name) => !applied.has(name));
  if (pending.length > 0) {
    return {
      status: "unready",
      checks: { database: "ok", migrations: `${pending.length} pending: run \`accord migrate\`` },
      pendingMigrations: pending,
    };
  }
  return { status: "ready", checks: { database: "ok", migrations: "ok" } };
}
