import type { Prisma, PrismaClient } from "@accord/db";
import type { ConnectionArgs } from "../common/connection.type";
import { decodeId } from "../common/global-id";
import { OrderDirection } from "../common/order-direction";
import { paginate } from "../common/paginate";
import { type SourceFilter, type SourceOrder, SourceOrderField } from "./source.input";

export type FindSourcesOptions = {
  prisma: PrismaClient;
  page: ConnectionArgs;
  filter?: SourceFilter | null;
  orderBy?: SourceOrder | null;
};

const columns: Record<SourceOrderField, "publishedOn" | "title"> = {
  [SourceOrderField.PUBLISHED_ON]: "publishedOn",
  [SourceOrderField.TITLE]: "title",
};

/** A page of sources. */
export function findSources({ prisma, page, filter, orderBy }: FindSourcesOptions) {
  const where = sourceWhere(filter);
  return paginate({
    args: page,
    orderBy: [
      {
        [columns[orderBy?.field ?? SourceOrderField.PUBLISHED_ON]]: orderBy?.direction ?? OrderDirection.DESC,
      },
    ],
    findMany: ({ orderBy: order, ...query }) =>
      prisma.source.findMany({ ...query, where, orderBy: order.map(withNullsLast) }),
    count: () => prisma.source.count({ where }),
  });
}

// Undated sources go last whichever way dates run (reversed pages put them first, as they must).
function withNullsLast(entry: Record<string, "asc" | "desc">): Prisma.SourceOrderByWithRelationInput {
  const [key, dir] = Object.entries(entry)[0]!;
  return key === "publishedOn" ? { publishedOn: { sort: dir, nulls: dir === "desc" ? "last" : "first" } } : entry;
}

function sourceWhere(filter?: SourceFilter | null): Prisma.SourceWhereInput {
  if (!filter) return {};
  const and: Prisma.SourceWhereInput[] = [];
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.publisher) and.push({ publisherId: decodeId(filter.publisher, "Actor", "filter.publisher") });
  if (filter.author) and.push({ authors: { some: { actorId: decodeId(filter.author, "Actor", "filter.author") } } });
  if (filter.language) and.push({ language: filter.language });
  if (filter.title) and.push({ title: { contains: filter.title, mode: "insensitive" } });
  return { AND: and };
}
