import type { Prisma, PrismaClient } from "@accord/db";
import type { Connection } from "../common/connection.type";
import { AppError } from "../common/errors";
import { fromGlobalId, toGlobalId } from "../common/global-id";
import { lazy } from "../common/lazy";
import { defaultPageSize, maxPageSize } from "../common/paginate";
import type { AuditLogFilter } from "./audit.args";
import type { AuditEntry } from "./audit.type";

export type FindAuditEntriesOptions = {
  prisma: PrismaClient;
  filter?: AuditLogFilter | null;
  first?: number | null;
  after?: string | null;
};

function whereOf(filter: AuditLogFilter | null | undefined): Prisma.AuditEntryWhereInput {
  const where: Prisma.AuditEntryWhereInput = {};
  if (filter?.entityId) {
    let decoded: { type: string; id: string };
    try {
      decoded = fromGlobalId(filter.entityId);
    } catch {
      throw new AppError("BAD_USER_INPUT", `filter.entityId: "${filter.entityId}" is not an Accord ID`, {
        field: "filter.entityId",
      });
    }
    where.entityType = decoded.type;
    where.entityId = decoded.id;
  }
  if (filter?.entityType) {
    if (where.entityType && where.entityType !== filter.entityType) {
      throw new AppError("BAD_USER_INPUT", "filter.entityType: does not match the type of filter.entityId", {
        field: "filter.entityType",
      });
    }
    where.entityType = filter.entityType;
  }
  if (filter?.since) where.at = { gte: filter.since };
  return where;
}

function decodeAfter(after: string): bigint {
  const text = Buffer.from(after, "base64url").toString("utf8");
  const digits = /^audit:(\d+)$/.exec(text)?.[1];
  if (!digits) throw new AppError("BAD_USER_INPUT", `after: "${after}" is not a cursor`, { field: "after" });
  return BigInt(digits);
}

const cursorOf = (id: bigint) => Buffer.from(`audit:${id}`, "utf8").toString("base64url");

/** Audit entries, newest first, a page at a time (keyset on the entry number). */
export async function findAuditEntries({
  prisma,
  filter,
  first,
  after,
}: FindAuditEntriesOptions): Promise<Connection<AuditEntry>> {
  if (first != null && (first < 0 || first > maxPageSize)) {
    throw new AppError("BAD_USER_INPUT", `first: ${first} is outside 0..${maxPageSize}, the largest page`, {
      field: "first",
    });
  }
  const size = first ?? defaultPageSize;
  const where = whereOf(filter);
  const pageWhere = after ? { AND: [where, { id: { lt: decodeAfter(after) } }] } : where;
  // A page of 0 still reads one row: whether more follow is part of its pageInfo.
  const rows = await prisma.auditEntry.findMany({ where: pageWhere, orderBy: { id: "desc" }, take: size + 1 });
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({
    cursor: cursorOf(row.id),
    node: { ...row, id: row.id.toString(), entityId: toGlobalId(row.entityType, row.entityId) },
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazy(() => prisma.auditEntry.count({ where })),
  };
}
