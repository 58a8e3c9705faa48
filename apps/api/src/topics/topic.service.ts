import type { Prisma, PrismaClient } from "@accord/db";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { paginate } from "../common/paginate";
import type { TopicFilter, TopicsArgs } from "./topic.input";

export type FindTopicsOptions = { prisma: PrismaClient; args: TopicsArgs };

async function topicWhere(prisma: PrismaClient, filter?: TopicFilter | null): Promise<Prisma.TopicWhereInput> {
  if (!filter) return {};
  const where: Prisma.TopicWhereInput[] = [];
  if (filter.parent) where.push({ parentId: decodeId(filter.parent, "Topic", "filter.parent") });
  if (filter.under) {
    const id = decodeId(filter.under, "Topic", "filter.under");
    const topic = await prisma.topic.findUnique({ where: { id }, select: { path: true } });
    if (!topic)
      throw new AppError("NOT_FOUND", `filter.under: no topic has ID "${filter.under}"`, { field: "filter.under" });
    where.push({ OR: [{ id }, { path: { startsWith: `${topic.path}/` } }] });
  }
  if (filter.root != null) where.push({ parentId: filter.root ? null : { not: null } });
  if (filter.slug != null) where.push({ slug: filter.slug });
  if (filter.text != null) where.push({ name: { contains: filter.text, mode: "insensitive" } });
  return { AND: where };
}

/** A page of topics, in tree order unless asked otherwise. */
export async function findTopics({ prisma, args }: FindTopicsOptions) {
  const where = await topicWhere(prisma, args.filter);
  return paginate({
    args,
    orderBy: [{ [args.orderBy?.field ?? "path"]: args.orderBy?.direction ?? "asc" }],
    findMany: (query) => prisma.topic.findMany({ ...query, where }),
    count: () => prisma.topic.count({ where }),
  });
}

export type FindTopicSubtreeOptions = { prisma: PrismaClient; topicId?: string; slug?: string };

/** IDs of a topic and everything below it (by path prefix); empty when there is no such topic. */
export async function findTopicSubtreeIds({ prisma, topicId, slug }: FindTopicSubtreeOptions): Promise<string[]> {
  const topic = await prisma.topic.findFirst({ where: topicId ? { id: topicId } : { slug }, select: { path: true } });
  if (!topic) return [];
  const rows = await prisma.topic.findMany({
    where: { OR: [{ path: topic.path }, { path: { startsWith: `${topic.path}/` } }] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
