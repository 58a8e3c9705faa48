import { AppError } from "../common/errors";
import { toGlobalId } from "../common/global-id";

export type VersionCheck = {
  type: string;
  id: string;
  /** The version the client read. */
  expected: number;
  /** The version now stored, or null when the record is gone. */
  current: number | null;
  field?: string;
};

/** NOT_FOUND when the record is gone, CONFLICT when the client's version is stale. */
export function assertVersion({ type, id, expected, current, field = "input.id" }: VersionCheck): void {
  const globalId = toGlobalId(type, id);
  if (current === null) throw new AppError("NOT_FOUND", `${type} ${globalId} does not exist`, { field });
  if (current !== expected) {
    throw new AppError(
      "CONFLICT",
      `${type} ${globalId} was changed by someone else: version ${expected} is stale, current is ${current}`,
      { field: "input.version", currentVersion: current },
    );
  }
}

export function notFound(type: string, id: string, field = "id"): AppError {
  return new AppError("NOT_FOUND", `${type} ${toGlobalId(type, id)} does not exist`, { field });
}

/** A table whose rows carry a version (a Prisma delegate: tx.engagement, tx.source …). */
export type VersionedTable = {
  findUnique(args: { where: { id: string }; select: { version: true } }): PromiseLike<{ version: number } | null>;
};

export type ConfirmUpdatedOptions = {
  type: string;
  id: string;
  expected: number;
  /** Rows the `updateMany({ where: { id, version } })` changed. */
  count: number;
  /** Where the version now stored is read again, to tell a conflict from a deletion. */
  table: VersionedTable;
};

export async function confirmUpdated({ type, id, expected, count, table }: ConfirmUpdatedOptions): Promise<void> {
  if (count > 0) return;
  const now = await table.findUnique({ where: { id }, select: { version: true } });
  assertVersion({ type, id, expected, current: now?.version ?? null });
  // The version matched on reread: the row changed and changed back; still a lost race.
  throw new AppError("CONFLICT", `${type} ${toGlobalId(type, id)} was changed by someone else; read it again`, {
    field: "input.version",
  });
}
