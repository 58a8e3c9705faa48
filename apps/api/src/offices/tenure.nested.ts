import { Prisma } from "@accord/db";
import type { NestedConnectionSpec } from "../common/nested-connection";

const tenureTable = { table: Prisma.sql`tenure`, alias: Prisma.sql`t` };
// Latest first; an unknown start sorts last.
const latestFirst = { expression: Prisma.sql`COALESCE(t.start_date, '0001-01-01'::date)`, direction: "desc" as const };

/** The offices an actor held. */
export const actorTenuresSpec: NestedConnectionSpec = {
  ...tenureTable,
  belongsTo: (actor) => Prisma.sql`t.holder_id = ${actor}`,
  sort: () => latestFirst,
};

/** Who held an office. */
export const officeTenuresSpec: NestedConnectionSpec = {
  ...tenureTable,
  belongsTo: (office) => Prisma.sql`t.office_id = ${office}`,
  sort: () => latestFirst,
};
