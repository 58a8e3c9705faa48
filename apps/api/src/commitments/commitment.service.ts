import type { PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "../common/connection.type";
import { lazy } from "../common/lazy";
import { OrderDirection } from "../common/order-direction";
import { encodeCursor, pageRequest } from "../common/paginate";
import { decodeCommitmentFilter } from "./commitment.criteria";
import { type CommitmentFilter, type CommitmentOrder, CommitmentOrderField } from "./commitment.input";
import { commitmentCountSql, commitmentPageSql } from "./commitment.page";
import { commitmentConditionsSql } from "./commitment.sql";
import type { Commitment } from "./commitment.type";

export type FindCommitmentsOptions = {
  prisma: PrismaClient;
  /** Loads the page's rows by id (the request's loader, so nested fields reuse them). */
  commitmentLoader: DataLoader<string, Commitment | null>;
  page: ConnectionArgs;
  filter?: CommitmentFilter | null;
  orderBy?: CommitmentOrder | null;
};

export const commitmentOrderColumns: Record<CommitmentOrderField, "made_on" | "amount"> = {
  [CommitmentOrderField.MADE_ON]: "made_on",
  [CommitmentOrderField.AMOUNT]: "amount",
};

/** A page of commitments, newest first by default (undated ones last). */
export async function findCommitments(options: FindCommitmentsOptions): Promise<Connection<Commitment>> {
  const { prisma, page } = options;
  const request = pageRequest(page);
  const where = commitmentConditionsSql(decodeCommitmentFilter(options.filter));
  const order = {
    column: commitmentOrderColumns[options.orderBy?.field ?? CommitmentOrderField.MADE_ON],
    direction: options.orderBy?.direction ?? OrderDirection.DESC,
  };
  const ids =
    request.size === 0
      ? []
      : await prisma.$queryRaw<{ id: string }[]>(commitmentPageSql({ where, ...order, ...request }));
  const more = ids.length > request.size;
  const kept = ids.slice(0, request.size).map((row) => row.id);
  if (request.backward) kept.reverse();
  const rows = await options.commitmentLoader.loadMany(kept);
  const edges = rows.flatMap((row) =>
    row && !(row instanceof Error) ? [{ cursor: encodeCursor(row.id), node: row }] : [],
  );
  return {
    edges,
    pageInfo: {
      hasNextPage: request.backward ? Boolean(page.before) : more,
      hasPreviousPage: request.backward ? more : Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const [row] = await prisma.$queryRaw<{ n: number }[]>(commitmentCountSql(where));
      return row?.n ?? 0;
    }),
  };
}
