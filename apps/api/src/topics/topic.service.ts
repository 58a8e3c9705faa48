import { Prisma, type PrismaClient } from "@accord/db";
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

/**
 * IDs of a topic and everything below it (by path prefix); empty when there is no such topic. One statement:
 * every engagement filter on a topic asks this first (two Prisma queries were ~5 ms of API CPU a request).
 */
export async function findTopicSubtreeIds({ prisma, topicId, slug }: FindTopicSubtreeOptions): Promise<string[]> {
  const root = topicId ? Prisma.sql`r.id = ${topicId}::uuid` : Prisma.sql`r.slug = ${slug ?? null}`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT t.id::text AS id FROM topic r
    JOIN topic t ON t.path = r.path OR starts_with(t.path, r.path || '/') WHERE ${root} ORDER BY t.path`;
  return rows.map((row) => row.id);
}
