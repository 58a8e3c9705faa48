import type { PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "../common/connection.type";
import { paginateIds } from "../common/keyset";
import { loadAll } from "../common/load-all";
import { OrderDirection } from "../common/order-direction";
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
export function findCommitments(options: FindCommitmentsOptions): Promise<Connection<Commitment>> {
  const where = commitmentConditionsSql(decodeCommitmentFilter(options.filter));
  const order = {
    column: commitmentOrderColumns[options.orderBy?.field ?? CommitmentOrderField.MADE_ON],
    direction: options.orderBy?.direction ?? OrderDirection.DESC,
  };
  return paginateIds({
    prisma: options.prisma,
    args: options.page,
    pageSql: (request) => commitmentPageSql({ where, ...order, ...request }),
    countSql: () => commitmentCountSql(where),
    load: (ids) => loadAll(options.commitmentLoader, ids),
  });
}
