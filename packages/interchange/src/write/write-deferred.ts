import type { Validation } from "../validate/validate-input";
import type { BulkDb } from "./bulk-db";

const split = (keys: string[]) => [
  keys.map((k) => k.slice(0, k.indexOf(":"))),
  keys.map((k) => k.slice(k.indexOf(":") + 1)),
];
const chunk = 5000;

/**
 * Links between engagements (side engagements) and between commitments, applied after every
 * engagement is written; idempotent, so a re-run after a crash completes them.
 */
export async function writeDeferredLinks(db: BulkDb, validation: Validation): Promise<void> {
  const { parentLinks, commitmentLinks } = validation;
  for (let i = 0; i < parentLinks.length; i += chunk) {
    const part = parentLinks.slice(i, i + chunk);
    await db.$executeRawUnsafe(
      `UPDATE engagement c SET parent_id = p.id, updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(cs, cv, ps, pv)
       JOIN engagement p ON p.external_scheme = u.ps AND p.external_value = u.pv
       WHERE c.external_scheme = u.cs AND c.external_value = u.cv AND c.parent_id IS DISTINCT FROM p.id`,
      ...split(part.map((l) => l.child)),
      ...split(part.map((l) => l.parent)),
    );
  }
  for (let i = 0; i < commitmentLinks.length; i += chunk) {
    const part = commitmentLinks.slice(i, i + chunk);
    await db.$executeRawUnsafe(
      `INSERT INTO commitment_link (from_id, to_id, kind)
       SELECT f.id, t.id, u.kind FROM unnest($1::text[], $2::text[], $3::"CommitmentLinkKind"[], $4::text[], $5::text[]) AS u(fs, fv, kind, ts, tv)
       JOIN commitment f ON f.external_scheme = u.fs AND f.external_value = u.fv
       JOIN commitment t ON t.external_scheme = u.ts AND t.external_value = u.tv
       ON CONFLICT DO NOTHING`,
      ...split(part.map((l) => l.from)),
      part.map((l) => l.kind),
      ...split(part.map((l) => l.to)),
    );
  }
}
