import type { TopicRecord } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import type { BulkDb } from "./bulk-db";
import type { Tally } from "./counts";

/** Topics are few: written parents first, each compared with what is stored. */
export async function writeTopics(db: BulkDb, catalog: Catalog, topics: TopicRecord[], tally: Tally): Promise<void> {
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
    const parentPath = topic.parent ? catalog.topicBySlug.get(topic.parent)?.path : undefined;
    const path = parentPath ? `${parentPath}/${topic.slug}` : pathOf(topic.slug);
    const data = { name: topic.name, description: topic.description ?? null, parentId, path };
    const existing = catalog.topicBySlug.get(topic.slug);
    if (
      existing &&
      existing.name === data.name &&
      existing.description === data.description &&
      existing.parentId === parentId &&
      existing.path === path
    ) {
      tally.unchanged++;
      return;
    }
    const id = existing?.id ?? uuid();
    await db.$executeRawUnsafe(
      `INSERT INTO topic (id, slug, name, description, parent_id, path) VALUES ($1::uuid, $2, $3, $4, $5::uuid, $6)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, parent_id = EXCLUDED.parent_id, path = EXCLUDED.path`,
      id,
      topic.slug,
      data.name,
      data.description,
      parentId,
      path,
    );
    catalog.topicBySlug.set(topic.slug, { id, ...data });
    if (existing) tally.updated++;
    else tally.created++;
  };
  for (const topic of topics) await write(topic);
}
