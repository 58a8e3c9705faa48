import { Prisma } from "@accord/db";
import type { FieldRead } from "./describe";
import { objectJson } from "./objects";
import type { Compilation, FieldNodes } from "./selection";
import { subSelections } from "./selection";
import { type Streamed, streamedArray } from "./streamed";

// Rows of computed groups (commitmentTotals, engagementCounts …): `g` has the grouping SQL's columns;
// c.groupColumns says which keys it grouped by (the others read as null).

/** A key column of the group row, null when the grouping did not make it. */
export const groupColumn =
  (name: string): FieldRead =>
  (c, g) =>
    Prisma.raw(c.groupColumns.get(g)?.includes(name) ? `${g}."${name}"` : "NULL::text");

/**
 * The row of `type` (table `table`) whose id a group key column holds, as JSON text. Each distinct key
 * looked up by id once (OFFSET 0 keeps it so) and its JSON built there, then matched to its groups: a
 * hash join reads the whole table, which grows while groups do not; a lookup per group read each key,
 * and built its JSON, as often as it had groups.
 */
export const groupReference =
  (type: string, table: string, column: string): FieldRead =>
  (c, g, nodes) => {
    if (!c.groupColumns.get(g)?.includes(column)) return Prisma.raw("NULL::text");
    const [found, row] = [c.alias(), c.alias()];
    const json = objectJson(c, type, row, subSelections(nodes));
    const lookup = (key: string) =>
      Prisma.sql`(SELECT ${json} AS json FROM ${Prisma.raw(`${table} ${row} WHERE ${row}.id = ${key}::uuid`)} OFFSET 0)`;
    // Grouped by this key alone, each group has its own key: looked up beside its row, nothing to match.
    const alone = c.groupColumns.get(g)?.length === 1;
    c.joinBeside(
      g,
      alone
        ? Prisma.sql`LEFT JOIN LATERAL ${lookup(`${g}."${column}"`)} ${Prisma.raw(found)} ON TRUE`
        : Prisma.sql`LEFT JOIN (SELECT d.group_key, l.json FROM (SELECT DISTINCT ${Prisma.raw(`"${column}" AS group_key FROM ${g}`)}) d
        CROSS JOIN LATERAL ${lookup("d.group_key")} l) ${Prisma.raw(found)}
        ON ${Prisma.raw(`${found}.group_key = ${g}."${column}"`)}`,
    );
    return Prisma.raw(`${found}.json`);
  };

/**
 * A root list of groups, streamed in the order `sql` gives them (numbered here rather than sorted twice). More
 * than `limit` groups (the grouping's price) raise accord_leave_to_resolvers' error: the resolvers refuse it.
 */
export function groupsRoot(
  c: Compilation,
  typeName: string,
  nodes: FieldNodes,
  { sql, columns, limit }: { sql: Prisma.Sql; columns: string[]; limit: number },
): Streamed {
  const g = c.alias();
  c.groupColumns.set(g, columns);
  const text = objectJson(c, typeName, g, subSelections(nodes));
  const joins = c.joins.get(g) ?? [];
  const numbered = Prisma.sql`SELECT t.*, row_number() OVER () AS rn,
      CASE WHEN count(*) OVER () > ${limit} THEN accord_leave_to_resolvers('groupBy: over its price') END AS over_limit
    FROM (${sql}) t`;
  return streamedArray({
    x: g,
    from: numbered,
    element: text,
    joins: joins.length ? Prisma.join(joins, " ") : Prisma.empty,
  });
}
