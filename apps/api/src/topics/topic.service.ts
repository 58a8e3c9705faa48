import type { PrismaClient } from "@accord/db";
import { paginateSql } from "../common/keyset";
import { loadAll } from "../common/load-all";
import type { Loaders } from "../loaders";
import type { TopicsArgs } from "./topic.input";
import { type TopicRef, topicConditions, topicPathSql, topicSort, topicSubtreeSql, topicTable } from "./topic.sql";

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

export type FindTopicSubtreeOptions = { prisma: PrismaClient; topic: TopicRef };

/**
 * IDs of a topic and everything below it (by path prefix); empty when there is no such topic. One statement:
 * every engagement filter on a topic asks this first (two Prisma queries were ~5 ms of API CPU a request).
 */
export async function findTopicSubtreeIds({ prisma, topic }: FindTopicSubtreeOptions): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT s.id::text AS id
    FROM (${topicSubtreeSql(topicPathSql(topic))}) s ORDER BY s.id`;
  return rows.map((row) => row.id);
}
