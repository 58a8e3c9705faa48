import type { PrismaClient } from "@accord/db";
import { paginateSql } from "../common/keyset";
import { loadAll } from "../common/load-all";
import type { Loaders } from "../loaders";
import type { TopicsArgs } from "./topic.input";
import { topicConditions, topicSort, topicTable } from "./topic.sql";

export type FindTopicsOptions = { prisma: PrismaClient; loaders: Loaders; args: TopicsArgs };

/** A page of topics, in tree order unless asked otherwise. */
export async function findTopics({ prisma, loaders, args }: FindTopicsOptions) {
  return paginateSql({
    ...topicTable,
    prisma,
    args,
    where: await topicConditions(prisma, args.filter),
    sort: topicSort(args.orderBy),
    load: (ids) => loadAll(loaders.topic, ids),
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
