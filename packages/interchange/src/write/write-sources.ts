import { externalKey, type SourceRecord } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { contentHash } from "../hash";
import type { BulkDb } from "./bulk-db";
import type { Tally } from "./counts";
import { cols, deleteWhereIn, insertRows, updateRows } from "./sql";

const sourceCols = cols(
  "id uuid",
  'kind "SourceKind"',
  "title text",
  "publisher_id uuid",
  "url text",
  "published_on date",
  "language text",
  "content text",
  "external_scheme text",
  "external_value text",
  "content_hash text",
);

/** Writes a batch of sources (with their authors) in one transaction. */
export async function writeSourceBatch(
  db: BulkDb,
  catalog: Catalog,
  batch: SourceRecord[],
  tally: Tally,
): Promise<void> {
  const creates: unknown[][] = [];
  const updates: unknown[][] = [];
  const authors: unknown[][] = [];
  const actor = (id: SourceRecord["publisher"]) =>
    id ? (catalog.actorByIdentifier.get(externalKey(id)) ?? null) : null;
  for (const s of batch) {
    const key = externalKey(s.id);
    const hash = contentHash(s);
    const existing = catalog.sourceByKey.get(key);
    if (existing?.hash === hash) {
      tally.unchanged++;
      continue;
    }
    const id = existing?.id ?? uuid();
    const row = [
      id,
      s.kind,
      s.title,
      actor(s.publisher),
      s.url,
      s.publishedOn,
      s.language,
      s.content,
      s.id.scheme,
      s.id.value,
      hash,
    ];
    (existing ? updates : creates).push(row);
    const seen = new Set<string>();
    for (const [position, a] of (s.authors ?? []).entries()) {
      const actorId = actor(a);
      if (actorId && !seen.has(actorId)) authors.push([id, actorId, position]);
      if (actorId) seen.add(actorId);
    }
    catalog.sourceByKey.set(key, { id, hash });
    if (existing) tally.updated++;
    else tally.created++;
  }
  if (!creates.length && !updates.length) return;
  await db.$transaction(
    async (tx) => {
      await insertRows(tx, "source", sourceCols, creates, { extra: { updated_at: "now()" } });
      await updateRows(tx, "source", sourceCols, updates, [
        ...sourceCols.slice(1).map((c) => `${c.name} = u.${c.name}`),
        "version = t.version + 1",
        "updated_at = now()",
      ]);
      await deleteWhereIn(
        tx,
        "source_author",
        "source_id",
        updates.map((u) => u[0] as string),
      );
      await insertRows(tx, "source_author", cols("source_id uuid", "actor_id uuid", "position int"), authors);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
