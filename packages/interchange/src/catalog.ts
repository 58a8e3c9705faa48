import type { BulkDb } from "./write/bulk-db";

/** What the database already holds, by external key: loaded once, kept up to date while writing. */
export type Catalog = {
  /** "scheme:value" of every actor identifier → actor id. */
  actorByIdentifier: Map<string, string>;
  actorHash: Map<string, string | null>;
  sourceByKey: Map<string, { id: string; hash: string | null }>;
  topicBySlug: Map<
    string,
    { id: string; name: string; description: string | null; parentId: string | null; path: string }
  >;
};

export async function loadCatalog(db: BulkDb): Promise<Catalog> {
  const identifiers = await db.$queryRawUnsafe<{ key: string; actor_id: string }[]>(
    `SELECT scheme || ':' || value AS key, actor_id::text FROM actor_identifier`,
  );
  const actors = await db.$queryRawUnsafe<{ id: string; content_hash: string | null }[]>(
    `SELECT id::text, content_hash FROM actor`,
  );
  const sources = await db.$queryRawUnsafe<{ key: string; id: string; content_hash: string | null }[]>(
    `SELECT external_scheme || ':' || external_value AS key, id::text, content_hash FROM source WHERE external_scheme IS NOT NULL`,
  );
  const topics = await db.$queryRawUnsafe<
    { id: string; slug: string; name: string; description: string | null; parent_id: string | null; path: string }[]
  >(`SELECT id::text, slug, name, description, parent_id::text, path FROM topic`);
  return {
    actorByIdentifier: new Map(identifiers.map((r) => [r.key, r.actor_id])),
    actorHash: new Map(actors.map((r) => [r.id, r.content_hash])),
    sourceByKey: new Map(sources.map((r) => [r.key, { id: r.id, hash: r.content_hash }])),
    topicBySlug: new Map(
      topics.map((t) => [
        t.slug,
        { id: t.id, name: t.name, description: t.description, parentId: t.parent_id, path: t.path },
      ]),
    ),
  };
}
