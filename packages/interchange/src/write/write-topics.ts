import type { TopicRecord } from "@accord/domain";
import type { PrismaClient } from "@accord/db";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import type { Tally } from "./counts";

/** Topics are few: written parents first, each compared with what is stored. */
export async function writeTopics(prisma: PrismaClient, catalog: Catalog, topics: TopicRecord[], tally: Tally): Promise<void> {
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  const done = new Set<string>();
  const pathOf = (slug: string): string => {
    const parent = bySlug.get(slug)?.parent;
    return parent ? `${pathOf(parent)}/${slug}` : slug;
  };
  const write = async (topic: TopicRecord): Promise<void> => {
    if (done.has(topic.slug)) return;
    done.add(topic.slug);
    const parentRecord = topic.parent ? bySlug.get(topic.parent) : undefined;
    if (parentRecord) await write(parentRecord);
    const parentId = topic.parent ? (catalog.topicBySlug.get(topic.parent)?.id ?? null) : null;
    const parentPath = topic.parent ? await prisma.topic.findUnique({ where: { slug: topic.parent } }) : null;
    const path = parentPath ? `${parentPath.path}/${topic.slug}` : pathOf(topic.slug);
    const data = { name: topic.name, description: topic.description ?? null, parentId, path };
    const existing = catalog.topicBySlug.get(topic.slug);
    if (existing && existing.name === data.name && existing.description === data.description && existing.parentId === parentId) {
      tally.unchanged++;
      return;
    }
    const row = existing
      ? await prisma.topic.update({ where: { slug: topic.slug }, data })
      : await prisma.topic.create({ data: { id: uuid(), slug: topic.slug, ...data } });
    catalog.topicBySlug.set(topic.slug, row);
    if (existing) tally.updated++;
    else tally.created++;
  };
  for (const topic of topics) await write(topic);
}
