import type { Sql } from "./sql";

/** A link into a rewritten engagement's commitment from a commitment elsewhere, its target by external key. */
export type IncomingLink = { fromId: string; kind: string; scheme: string; value: string };

/**
 * Links that commitments outside `engagementIds` hold to commitments of those engagements. Rewriting
 * an engagement deletes its commitments, and their links with them; the input speaks only for the
 * links of its own commitments, so these are put back (restoreIncomingLinks) once the new rows exist.
 */
export async function incomingLinks(sql: Sql, engagementIds: string[]): Promise<IncomingLink[]> {
  if (!engagementIds.length) return [];
  return sql.$queryRawUnsafe<IncomingLink[]>(
    `SELECT l.from_id::text AS "fromId", l.kind::text AS kind, t.external_scheme AS scheme, t.external_value AS value
     FROM commitment t
     JOIN commitment_link l ON l.to_id = t.id
     JOIN commitment f ON f.id = l.from_id
     WHERE t.engagement_id = ANY($1::uuid[]) AND t.external_scheme IS NOT NULL
       AND (f.engagement_id IS NULL OR f.engagement_id <> ALL($1::uuid[]))`,
    engagementIds,
  );
}

/** Links the saved links again to the commitment that now has the same external key (none if it went). */
export async function restoreIncomingLinks(sql: Sql, links: IncomingLink[]): Promise<void> {
  if (!links.length) return;
  await sql.$executeRawUnsafe(
    `INSERT INTO commitment_link (from_id, to_id, kind)
     SELECT u.from_id, t.id, u.kind
     FROM unnest($1::uuid[], $2::"CommitmentLinkKind"[], $3::text[], $4::text[]) AS u(from_id, kind, scheme, value)
     JOIN commitment t ON t.external_scheme = u.scheme AND t.external_value = u.value
     ON CONFLICT DO NOTHING`,
    links.map((l) => l.fromId),
    links.map((l) => l.kind),
    links.map((l) => l.scheme),
    links.map((l) => l.value),
  );
}
