import { Prisma, type PrismaClient } from "@accord/db";
import type { SqlTable } from "../common/keyset";
import { paginateSql } from "../common/keyset";
import { loadAll } from "../common/load-all";
import type { Loaders } from "../loaders";
import { engagementConditions } from "./engagement.filter";
import type { EngagementsArgs } from "./engagement.input";
import { engagementSort } from "./engagement-order";

export const engagementTable: SqlTable = { table: Prisma.sql`engagement`, alias: Prisma.sql`e` };

export type FindEngagementsOptions = {
  prisma: PrismaClient;
  loaders: Loaders;
  args: EngagementsArgs;
};

/** A page of engagements matching a filter: one statement for the ids, one (batched) for the rows, one for sub-topics when filtering by topic. */
export async function findEngagements({ prisma, loaders, args }: FindEngagementsOptions) {
  return paginateSql({
    ...engagementTable,
    prisma,
    args,
    where: await engagementConditions(prisma, args.filter),
    sort: engagementSort(args.orderBy),
    load: (ids) => loadAll(loaders.engagement, ids),
  });
}
