import { Prisma, type PrismaClient } from "@accord/db";
import { AppError } from "../common/errors";

export type Tx = Prisma.TransactionClient;

function targetOf(meta: Record<string, unknown> | undefined): string {
  const target = meta?.target ?? (meta?.driverAdapterError as { cause?: { constraint?: unknown } })?.cause?.constraint;
  if (Array.isArray(target)) return target.join(", ");
  if (target && typeof target === "object" && "fields" in target) return String((target as { fields: unknown }).fields);
  return target ? String(target) : "a unique field";
}

/** Turns database refusals that slipped past the checks into coded errors instead of INTERNAL_SERVER_ERROR. */
export function mapPrismaError(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const meta = error.meta as Record<string, unknown> | undefined;
  if (error.code === "P2002") {
    const field = targetOf(meta);
    return new AppError("CONFLICT", `another record already has the same ${field}`, { field });
  }
  if (error.code === "P2003") {
    const field = String(meta?.field_name ?? meta?.constraint ?? "a reference");
    return new AppError("BAD_USER_INPUT", `${field}: the record is referenced or refers to a missing record`, {
      field,
    });
  }
  if (error.code === "P2025") return new AppError("NOT_FOUND", "the record does not exist (any more)");
  return error;
}

/** Runs a write in one interactive transaction: all of it lands or none of it. */
export async function runWrite<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
  } catch (error) {
    throw mapPrismaError(error);
  }
}
