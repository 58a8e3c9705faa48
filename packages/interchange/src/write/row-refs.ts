import { type CitationRecord, type ExternalId, externalKey } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { storedDateOf } from "../derived";
import type { Rows } from "./row-tables";

/** A record that cannot be written as it stands: a reference whose target was rejected, an id another row holds. */
export class UnwritableRecord extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export const day = (d: Date) => d.toISOString().slice(0, 10);

/** A partial date's stored first day and precision, or two nulls. */
export const dateCols = (text: string | undefined) => {
  if (!text) return [null, null] as const;
  const s = storedDateOf(text);
  return [day(s.date), s.precision] as const;
};

/** What a citation supports: exactly one of these (the citation_one_target constraint). */
export type CitationTarget = { engagement?: string; statement?: string; commitment?: string; stage?: string };

/** References resolved against the catalog (throwing UnwritableRecord with the field), and citation rows. */
export function rowRefs(catalog: Catalog, rows: Rows) {
  const actor = (ref: ExternalId, path: string) => {
    const found = catalog.actorByIdentifier.get(externalKey(ref));
    if (!found) throw new UnwritableRecord(path, `no actor ${externalKey(ref)}`);
    return found;
  };
  return {
    actor,
    optionalActor: (ref: ExternalId | undefined, path: string) => (ref ? actor(ref, path) : null),
    topic: (slug: string, path: string) => {
      const found = catalog.topicBySlug.get(slug);
      if (!found) throw new UnwritableRecord(path, `no topic ${slug}`);
      return found.id;
    },
    cite: (list: CitationRecord[] | undefined, at: string, target: CitationTarget) =>
      (list ?? []).forEach((c, i) => {
        const source = catalog.sourceByKey.get(externalKey(c.source));
        if (!source) throw new UnwritableRecord(`${at}/citations/${i}/source`, `no source ${externalKey(c.source)}`);
        const { engagement = null, statement = null, commitment = null, stage = null } = target;
        const offsets = [c.startOffset, c.endOffset];
        rows.citation.push([
          uuid(),
          source.id,
          engagement,
          statement,
          commitment,
          stage,
          c.quote,
          ...offsets,
          c.locator,
        ]);
      }),
  };
}

export type RowRefs = ReturnType<typeof rowRefs>;
