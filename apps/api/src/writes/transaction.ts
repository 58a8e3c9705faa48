import { setTimeout as sleep } from "node:timers/promises";
import { Prisma, type PrismaClient } from "@accord/db";
import { AppError } from "../common/errors";
import { isWriteConflict } from "../faults/database-errors";

export type Tx = Prisma.TransactionClient;

type AdapterCause = { constraint?: { fields?: string[]; index?: string }; table?: string };

/** The columns of a violated unique constraint, from Prisma's meta or the driver adapter's error. */
function targetOf(meta: Record<string, unknown> | undefined): string {
  if (Array.isArray(meta?.target)) return meta.target.join(", ");
  const cause = (meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  if (cause?.constraint?.fields?.length) return cause.constraint.fields.join(", ");
  const index = cause?.constraint?.index;
  if (index) {
    // Prisma names unique indexes <table>_<col>_<col>_key.
    return index.replace(new RegExp(`^${cause?.table ?? ""}_`), "").replace(/_key$/, "");
  }
  return "unique key";
}

/** Turns database refusals that slipped past the checks into coded errors instead of INTERNAL_SERVER_ERROR. */
export function mapPrismaError(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const meta = error.meta as Record<string, unknown> | undefined;
  if (error.code === "P2002") {
    const field = targetOf(meta);
    const model = typeof meta?.modelName === "string" ? meta.modelName : "record";
    return new AppError("CONFLICT", `another ${model} already has the same ${field}`, { field });
  }
  if (error.code === "P2003") {
    const cause = (meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
    // Prisma names foreign keys <table>_<column>_fkey.
    const field = String(meta?.field_name ?? cause?.constraint?.index ?? "a reference").replace(/_fkey$/, "");
    const model = typeof meta?.modelName === "string" ? meta.modelName : "record";
    return new AppError(
      "BAD_USER_INPUT",
      `${field}: the ${model} refers to a record that does not exist, or is still referenced`,
      { field },
    );
  }
  if (error.code === "P2025") return new AppError("NOT_FOUND", "the record does not exist (any more)");
  return error;
}

/** Runs of one write that a deadlock or serialization failure may abort before it gives up. */
export const writeAttempts = 4;

/** The answer when every attempt lost to concurrent writes: nothing was written, and asking again may work. */
export function writeConflictError(): AppError {
  return new AppError(
    "WRITE_CONFLICT",
    `the write collided with concurrent writes ${writeAttempts} times (deadlock or serialization failure) and nothing was written; try again`,
    { retryable: true },
  );
}

/**
 * Runs a write in one interactive transaction: all of it lands or none of it. A transaction that
 * PostgreSQL aborts for a deadlock or serialization failure is run again, a few times, after a short
 * random pause (so the two writers do not meet again), then answered with WRITE_CONFLICT.
 */
export async function runWrite<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
    } catch (error) {
      if (!isWriteConflict(error)) throw mapPrismaError(error);
      if (attempt === writeAttempts) throw writeConflictError();
      await sleep(Math.random() * 25 * attempt);
    }
  }
}
