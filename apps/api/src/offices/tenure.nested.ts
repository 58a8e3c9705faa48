import { Prisma } from "@accord/db";
import type { NestedConnectionSpec } from "../common/nested-connection";

const tenureTable = { table: Prisma.sql`tenure`, alias: Prisma.sql`t` };
// Latest first; an unknown start sorts last.
const latestFirst = { expression: Prisma.sql`COALESCE(t.start_date, '0001-01-01'::date)`, direction: "desc" as const };

/** The offices an actor held. */
export const actorTenuresSpec: NestedConnectionSpec = {
  ...tenureTable,
  pairs: (actorIds) =>
    Prisma.sql`SELECT h.holder_id AS parent_id, h.id FROM tenure h WHERE h.holder_id = ANY(${actorIds}::uuid[])`,
  sort: () => latestFirst,
};

/** Who held an office. */
export const officeTenuresSpec: NestedConnectionSpec = {
  ...tenureTable,
  pairs: (officeIds) =>
    Prisma.sql`SELECT h.office_id AS parent_id, h.id FROM tenure h WHERE h.office_id = ANY(${officeIds}::uuid[])`,
  sort: () => latestFirst,
};
