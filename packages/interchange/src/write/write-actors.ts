import { type ActorRecord, externalKey } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { actorSearchText } from "../derived";
import { contentHash } from "../hash";
import type { Problem } from "../problems";
import type { BulkDb } from "./bulk-db";
import type { Tally } from "./counts";
import { cols, deleteWhereIn, insertRows, type Sql, updateRows } from "./sql";
import { loadStoredActors, storesNothingNew } from "./stored-actors";

export type LocatedActor = { file: string; line: number; record: ActorRecord };

const actorCols = cols(
  "id uuid",
  'kind "ActorKind"',
  "name text",
  "description text",
  "valid_from date",
  "valid_to date",
  "content_hash text",
);
/** Recomputes search_text of the given actors from what is stored (name, aliases, identifiers). */
export async function refreshActorSearchText(sql: Sql, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const rows = await sql.$queryRawUnsafe<
    {
      id: string;
      name: string;
      search_text: string;
      aliases: string[];
      identifiers: { scheme: string; value: string }[];
    }[]
  >(
    `SELECT a.id::text, a.name, a.search_text,
       coalesce((SELECT array_agg(name ORDER BY name) FROM actor_alias WHERE actor_id = a.id), '{}') AS aliases,
       coalesce((SELECT json_agg(json_build_object('scheme', scheme, 'value', value) ORDER BY scheme, value) FROM actor_identifier WHERE actor_id = a.id), '[]') AS identifiers
     FROM actor a WHERE a.id = ANY($1::uuid[])`,
    ids,
  );
  const changed = rows
    .map((r) => [
      r.id,
      actorSearchText({ name: r.name, aliases: r.aliases.map((name) => ({ name })), identifiers: r.identifiers }),
      r.search_text,
    ])
    .filter(([, next, current]) => next !== current)
    .map(([id, next]) => [id, next]);
  await updateRows(sql, "actor", cols("id uuid", "search_text text"), changed, ["search_text = u.search_text"]);
}

/** Writes a batch of actor records in one transaction; an actor is matched by any of its identifiers. */
export async function writeActorBatch(options: {
  db: BulkDb;
  catalog: Catalog;
  batch: LocatedActor[];
  tally: Tally;
  problems: Problem[];
}): Promise<void> {
  const { catalog, tally } = options;
  const creates: unknown[][] = [];
  const replaces: unknown[][] = [];
  const merges: unknown[][] = [];
  const identifierRows: unknown[][] = [];
  const aliasRows: unknown[][] = [];
  const mergeNames: unknown[][] = [];
  const touched: string[] = [];
  const plannedIds = new Map<string, string>();
  // The stored values of actors whose record's hash differs, to tell whether it would store anything new.
  const differing = options.batch
    .map(({ record }) => record.identifiers.map((i) => catalog.actorByIdentifier.get(externalKey(i))).find(Boolean))
    .filter((id, i): id is string => !!id && catalog.actorHash.get(id) !== contentHash(options.batch[i]?.record));
  const stored = await loadStoredActors(options.db, [...new Set(differing)]);
  for (const { file, line, record } of options.batch) {
    const keys = record.identifiers.map(externalKey);
    const matched = new Set(
      keys.map((k) => catalog.actorByIdentifier.get(k) ?? plannedIds.get(k)).filter((id): id is string => !!id),
    );
    if (matched.size > 1) {
      options.problems.push({
        file,
        line,
        record: keys[0],
        path: "/identifiers",
        severity: "error",
        message: `identifiers match ${matched.size} different actors in the database`,
      });
      tally.rejected++;
      continue;
    }
    const hash = contentHash(record);
    const existing = [...matched][0];
    if (existing && (catalog.actorHash.get(existing) === hash || storesNothingNew(record, stored.get(existing)))) {
      tally.unchanged++;
      continue;
    }
    const id = existing ?? uuid();
    const merge = existing !== undefined && record.onMatch === "merge";
    const row = [id, record.kind, record.name, record.description, record.validFrom, record.validTo, hash];
    if (!existing) creates.push(row);
    else if (merge) {
      merges.push([id, hash]);
      mergeNames.push([uuid(), id, record.name, null, null, null]);
    } else replaces.push(row);
    catalog.actorHash.set(id, hash);
    for (const key of keys) plannedIds.set(key, id);
    for (const i of record.identifiers) identifierRows.push([uuid(), id, i.scheme, i.value]);
    for (const a of record.aliases ?? []) aliasRows.push([uuid(), id, a.name, a.language, a.validFrom, a.validTo]);
    touched.push(id);
    if (existing) tally.updated++;
    else tally.created++;
  }
  if (!touched.length) return;
  await options.db.$transaction(
    async (tx) => {
      await insertRows(tx, "actor", actorCols, creates, { extra: { updated_at: "now()" } });
      await updateRows(tx, "actor", actorCols, replaces, [
        "kind = u.kind",
        "name = u.name",
        "description = u.description",
        "valid_from = u.valid_from",
        "valid_to = u.valid_to",
        "content_hash = u.content_hash",
        "version = t.version + 1",
        "updated_at = now()",
      ]);
      await updateRows(tx, "actor", cols("id uuid", "content_hash text"), merges, [
        "content_hash = u.content_hash",
        "updated_at = now()",
      ]);
      await deleteWhereIn(
        tx,
        "actor_alias",
        "actor_id",
        replaces.map((r) => r[0] as string),
      );
      await insertRows(
        tx,
        "actor_identifier",
        cols("id uuid", "actor_id uuid", "scheme text", "value text"),
        identifierRows,
        {
          onConflict: "ON CONFLICT (scheme, value) DO NOTHING",
        },
      );
      // A merged record's name becomes an alias unless it is the actor's name already.
      const names = [...aliasRows.map((r) => [...r, false]), ...mergeNames.map((r) => [...r, true])];
      await tx.$executeRawUnsafe(
        `INSERT INTO actor_alias (id, actor_id, name, language, valid_from, valid_to)
         SELECT DISTINCT ON (u.actor_id, u.name, u.language) u.id, u.actor_id, u.name, u.language, u.valid_from, u.valid_to
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[], $7::boolean[])
           AS u(id, actor_id, name, language, valid_from, valid_to, is_name)
         WHERE NOT EXISTS (SELECT 1 FROM actor_alias x WHERE x.actor_id = u.actor_id AND x.name = u.name AND x.language IS NOT DISTINCT FROM u.language)
           AND NOT (u.is_name AND EXISTS (SELECT 1 FROM actor a WHERE a.id = u.actor_id AND a.name = u.name))`,
        ...[0, 1, 2, 3, 4, 5, 6].map((c) => names.map((r) => r[c] ?? null)),
      );
      await refreshActorSearchText(tx, touched);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  for (const [key, id] of plannedIds) catalog.actorByIdentifier.set(key, id);
}
