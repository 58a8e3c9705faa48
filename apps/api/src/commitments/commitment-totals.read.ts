import { Prisma } from "@accord/db";
import { describeType, type FieldRead, rootRead } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";
import { streamedArray } from "../compiled-reads/streamed";
import { decodeCommitmentFilter } from "./commitment.criteria";
import type { CommitmentFilter } from "./commitment.input";
import { commitmentTotalsSql } from "./commitment-totals.service";
import type { CommitmentGroupBy } from "./commitment-totals.type";

// A group row `g` has the totals SQL's columns: total, count, currency and the grouped keys (else absent).
const groupColumn =
  (name: string): FieldRead =>
  (c, g) =>
    Prisma.raw(c.groupColumns.get(g)?.includes(name) ? `${g}."${name}"` : "NULL");

/**
 * Each distinct actor looked up by key once (OFFSET 0 keeps it so), then matched to its groups: a hash
 * join reads every actor, and actors grow while groups do not; a lookup per group read each committer
 * five times.
 */
const groupActor =
  (column: string): FieldRead =>
  (c, g, nodes) => {
    if (!c.groupColumns.get(g)?.includes(column)) return Prisma.raw("NULL");
    const actor = c.alias();
    c.joinBeside(
      g,
      `LEFT JOIN (SELECT d.actor_key, a.* FROM (SELECT DISTINCT "${column}" AS actor_key FROM ${g}) d
        CROSS JOIN LATERAL (SELECT * FROM actor WHERE id = d.actor_key::uuid OFFSET 0) a) ${actor}
        ON ${actor}.actor_key = ${g}."${column}"`,
    );
    const row = objectJson(c, "Actor", actor, subSelections(nodes));
    return Prisma.sql`CASE WHEN ${Prisma.raw(actor)}.id IS NULL THEN NULL ELSE ${row} END`;
  };

/** One group of commitmentTotals: a row of the totals SQL, not of a table. */
export const commitmentTotalRead = describeType("CommitmentTotal", undefined, {
  total: (_c, g) => Prisma.raw(`${g}."total"`),
  count: (_c, g) => Prisma.raw(`${g}."count"`),
  currency: (_c, g) => Prisma.raw(`${g}."currency"`),
  status: groupColumn("status"),
  kind: groupColumn("kind"),
  year: groupColumn("year"),
  stage: groupColumn("stage"),
  committer: groupActor("committerId"),
  beneficiary: groupActor("beneficiaryId"),
});

export const commitmentTotalsRoot = rootRead("commitmentTotals", async (c, nodes) => {
  const args = c.args("Query", nodes[0]) as { filter?: CommitmentFilter | null; groupBy: CommitmentGroupBy[] };
  const { sql, columns } = commitmentTotalsSql(decodeCommitmentFilter(args.filter), args.groupBy);
  const g = c.alias();
  c.groupColumns.set(g, columns);
  const json = objectJson(c, "CommitmentTotal", g, subSelections(nodes));
  // The groups keep the order the totals SQL gives them (numbered here rather than sorted twice).
  const numbered = Prisma.sql`SELECT t.*, row_number() OVER () AS rn FROM (${sql}) t`;
  return streamedArray({ x: g, from: numbered, element: json, joins: Prisma.raw((c.joins.get(g) ?? []).join(" ")) });
});
