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

export type ConfirmUpdatedOptions = {
  type: string;
  id: string;
  expected: number;
  /** Rows the `updateMany({ where: { id, version } })` changed. */
  count: number;
  /** Reads the version now stored, to tell a conflict from a deletion. */
  reread: () => Promise<{ version: number } | null>;
};

/** After a compare-and-set update: 0 rows means someone else got there first (or deleted it). */
export async function confirmUpdated({ type, id, expected, count, reread }: ConfirmUpdatedOptions): Promise<void> {
  if (count > 0) return;
  const now = await reread();
  assertVersion({ type, id, expected, current: now?.version ?? null });
  // The version matched on reread: the row changed and changed back; still a lost race.
  throw new AppError("CONFLICT", `${type} ${toGlobalId(type, id)} was changed by someone else; read it again`, {
    field: "input.version",
  });
}
