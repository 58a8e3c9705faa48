import type { Prisma, PrismaClient } from "@accord/db";
import type { ConnectionArgs } from "../common/connection.type";
import { type OrderBy, paginate } from "../common/paginate";
import { decodeCommitmentFilter } from "./commitment.criteria";
import { type CommitmentFilter, CommitmentOrderBy } from "./commitment.input";
import { commitmentWhere } from "./commitment.where";

export type FindCommitmentsOptions = {
  prisma: PrismaClient;
  page: ConnectionArgs;
  filter?: CommitmentFilter | null;
  orderBy?: CommitmentOrderBy;
};

const orders: Record<CommitmentOrderBy, OrderBy> = {
  [CommitmentOrderBy.MADE_ON_DESC]: [{ madeOn: "desc" }],
  [CommitmentOrderBy.MADE_ON_ASC]: [{ madeOn: "asc" }],
  [CommitmentOrderBy.AMOUNT_DESC]: [{ amount: "desc" }],
  [CommitmentOrderBy.AMOUNT_ASC]: [{ amount: "asc" }],
};

/** A page of commitments, newest first by default. */
export function findCommitments({
  prisma,
  page,
  filter,
  orderBy = CommitmentOrderBy.MADE_ON_DESC,
}: FindCommitmentsOptions) {
  const where = commitmentWhere(decodeCommitmentFilter(filter));
  return paginate({
    args: page,
    orderBy: orders[orderBy],
    findMany: ({ orderBy: order, ...query }) =>
      prisma.commitment.findMany({ ...query, where, orderBy: order.map(nullsAsSmallest) }),
    count: () => prisma.commitment.count({ where }),
  });
}

// Nulls sort as the smallest value, so a reversed page (last/before) mirrors a forward one exactly.
function nullsAsSmallest(entry: Record<string, "asc" | "desc">): Prisma.CommitmentOrderByWithRelationInput {
  const [key, dir] = Object.entries(entry)[0]!;
  if (key === "id") return entry;
  return { [key]: { sort: dir, nulls: dir === "desc" ? "last" : "first" } };
}
