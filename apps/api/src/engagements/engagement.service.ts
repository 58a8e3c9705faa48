import type { Prisma, PrismaClient } from "@accord/db";
import type { ConnectionArgs } from "../common/connection.type";
import { paginate } from "../common/paginate";

export type FindEngagementsOptions = {
  prisma: PrismaClient;
  page: ConnectionArgs;
  where?: Prisma.EngagementWhereInput;
};

/** A page of engagements, newest first. */
export function findEngagements({ prisma, page, where = {} }: FindEngagementsOptions) {
  return paginate({
    args: page,
    orderBy: [{ startDate: "desc" }],
    findMany: (query) => prisma.engagement.findMany({ ...query, where }),
    count: () => prisma.engagement.count({ where }),
  });
}
