import type { PrismaClient } from "@accord/db";
import type { ConnectionArgs } from "../common/connection.type";
import { paginateSql } from "../common/keyset";
import { loadAll } from "../common/load-all";
import type { Loaders } from "../loaders";
import type { SourceFilter, SourceOrder } from "./source.input";
import { sourceConditions, sourceSort, sourceTable } from "./source.sql";

export type FindSourcesOptions = {
  prisma: PrismaClient;
  loaders: Loaders;
  page: ConnectionArgs;
  filter?: SourceFilter | null;
  orderBy?: SourceOrder | null;
};

/** A page of sources, newest first unless asked otherwise (undated ones last). */
export function findSources({ prisma, loaders, page, filter, orderBy }: FindSourcesOptions) {
  return paginateSql({
    ...sourceTable,
    prisma,
    args: page,
    where: sourceConditions(filter),
    sort: sourceSort(orderBy),
    load: (ids) => loadAll(loaders.source, ids),
  });
}
