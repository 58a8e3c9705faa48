import { type ActorRecord, externalKey } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { storedDateOf } from "../derived";
import type { BulkDb } from "./bulk-db";
import { cols, insertRows } from "./sql";

/** What actors say about other actors (parents, offices, tenures): applied once all actors exist. */
export type ActorLinks = {
  parents: { child: string; parent: string }[];
  offices: { jurisdiction: string; name: string; description?: string }[];
  tenures: { holder: string; record: NonNullable<ActorRecord["tenures"]>[number] }[];
};

export const emptyActorLinks = (): ActorLinks => ({ parents: [], offices: [], tenures: [] });

export function collectActorLinks(links: ActorLinks, record: ActorRecord): void {
  const self = externalKey(record.identifiers[0] as ActorRecord["identifiers"][number]);
  if (record.parent) links.parents.push({ child: self, parent: externalKey(record.parent) });
  for (const office of record.offices ?? []) links.offices.push({ jurisdiction: self, ...office });
  for (const tenure of record.tenures ?? []) links.tenures.push({ holder: self, record: tenure });
}

const dateParts = (text: string | undefined) => {
  if (!text) return [null, null];
  const stored = storedDateOf(text);
  return [stored.date.toISOString().slice(0, 10), stored.precision];
};

/** Idempotent: re-applying the same links changes nothing, so a re-run after a crash completes them. */
export async function writeActorLinks(db: BulkDb, catalog: Catalog, links: ActorLinks): Promise<void> {
  const id = (key: string) => catalog.actorByIdentifier.get(key) ?? null;
  await db.$transaction(
    async (tx) => {
      const parents = links.parents.map((p) => [id(p.child), id(p.parent)]).filter(([c, p]) => c && p);
      if (parents.length) {
        await tx.$executeRawUnsafe(
          `UPDATE actor a SET parent_id = u.parent, updated_at = now() FROM unnest($1::uuid[], $2::uuid[]) AS u(child, parent)
           WHERE a.id = u.child AND a.parent_id IS DISTINCT FROM u.parent`,
          parents.map((p) => p[0]),
          parents.map((p) => p[1]),
        );
      }
      const offices = [
        ...links.offices.map((o) => [uuid(), id(o.jurisdiction), o.name, o.description ?? null]),
        ...links.tenures.map((t) => [
          uuid(),
          id(externalKey(t.record.office.jurisdiction)),
          t.record.office.name,
          null,
        ]),
      ].filter((o) => o[1]);
      // One row per office: ON CONFLICT DO UPDATE may touch a row only once per statement.
      const unique = new Map<string, unknown[]>();
      for (const o of offices) {
        const key = `${o[1]}/${o[2]}`;
        if (!unique.has(key) || o[3] !== null) unique.set(key, o);
      }
      await insertRows(
        tx,
        "office",
        cols("id uuid", "jurisdiction_id uuid", "name text", "description text"),
        [...unique.values()],
        {
          onConflict: `ON CONFLICT (jurisdiction_id, name) DO UPDATE SET description = coalesce(EXCLUDED.description, office.description)
          WHERE EXCLUDED.description IS NOT NULL AND office.description IS DISTINCT FROM EXCLUDED.description`,
        },
      );
      const tenures = links.tenures
        .map((t) => [
          uuid(),
          id(externalKey(t.record.office.jurisdiction)),
          t.record.office.name,
          id(t.holder),
          ...dateParts(t.record.start),
          t.record.startInferred ?? false,
          t.record.startApproximate ?? false,
          ...dateParts(t.record.end),
          t.record.endInferred ?? false,
          t.record.endApproximate ?? false,
          t.record.id.scheme,
          t.record.id.value,
        ])
        .filter((t) => t[1] && t[3]);
      if (tenures.length) {
        const c = cols(
          "id uuid",
          "jurisdiction uuid",
          "office_name text",
          "holder uuid",
          "start_date date",
          'start_precision "DatePrecision"',
          "start_inferred boolean",
          "start_approximate boolean",
          "end_date date",
          'end_precision "DatePrecision"',
          "end_inferred boolean",
          "end_approximate boolean",
          "external_scheme text",
          "external_value text",
        );
        await tx.$executeRawUnsafe(
          `INSERT INTO tenure (id, office_id, holder_id, start_date, start_precision, start_inferred, start_approximate,
             end_date, end_precision, end_inferred, end_approximate, external_scheme, external_value)
           SELECT u.id, o.id, u.holder, u.start_date, u.start_precision, u.start_inferred, u.start_approximate,
             u.end_date, u.end_precision, u.end_inferred, u.end_approximate, u.external_scheme, u.external_value
           FROM unnest(${c.map((col, i) => `$${i + 1}::${col.type}[]`).join(", ")}) AS u(${c.map((col) => col.name).join(", ")})
           JOIN office o ON o.jurisdiction_id = u.jurisdiction AND o.name = u.office_name
           ON CONFLICT (external_scheme, external_value) DO UPDATE SET office_id = EXCLUDED.office_id, holder_id = EXCLUDED.holder_id,
             start_date = EXCLUDED.start_date, start_precision = EXCLUDED.start_precision, start_inferred = EXCLUDED.start_inferred,
             start_approximate = EXCLUDED.start_approximate, end_date = EXCLUDED.end_date, end_precision = EXCLUDED.end_precision,
             end_inferred = EXCLUDED.end_inferred, end_approximate = EXCLUDED.end_approximate
           WHERE (tenure.office_id, tenure.holder_id, tenure.start_date, tenure.start_precision, tenure.start_inferred, tenure.start_approximate,
               tenure.end_date, tenure.end_precision, tenure.end_inferred, tenure.end_approximate)
             IS DISTINCT FROM (EXCLUDED.office_id, EXCLUDED.holder_id, EXCLUDED.start_date, EXCLUDED.start_precision, EXCLUDED.start_inferred,
               EXCLUDED.start_approximate, EXCLUDED.end_date, EXCLUDED.end_precision, EXCLUDED.end_inferred, EXCLUDED.end_approximate)`,
          ...c.map((_, i) => tenures.map((t) => t[i] ?? null)),
        );
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
