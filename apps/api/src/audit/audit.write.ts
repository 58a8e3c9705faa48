import type { Prisma } from "@accord/db";
import type { Viewer } from "../auth/viewer";
import type { Tx } from "../writes/transaction";
import { diffSnapshots } from "./snapshot";

export type AuditAction = "CREATE" | "UPDATE" | "DELETE" | "MERGE";

export type RecordAuditOptions = {
  tx: Tx;
  viewer: Viewer;
  action: AuditAction;
  entityType: string;
  /** The database ID of the record written. */
  entityId: string;
  /** The record before the write (null for a create) and after it (null for a delete). */
  before: unknown;
  after: unknown;
  /** Anything else worth keeping (what a merge moved). */
  extra?: Record<string, unknown>;
};

/** Writes one audit entry in the write's own transaction, so no write goes unrecorded. */
export async function recordAudit({
  tx,
  viewer,
  action,
  entityType,
  entityId,
  before,
  after,
  extra,
}: RecordAuditOptions): Promise<void> {
  const changes = { ...diffSnapshots(before, after), ...(extra ?? {}) };
  await tx.auditEntry.create({
    data: {
      tokenId: viewer.tokenId,
      actorLabel: viewer.name,
      action,
      entityType,
      entityId,
      changes: changes as Prisma.InputJsonObject,
    },
  });
}
