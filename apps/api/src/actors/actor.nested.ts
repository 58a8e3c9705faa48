import { Prisma } from "@accord/db";
import type { NestedConnectionSpec } from "../common/nested-connection";
import { actorTable } from "./actor.service";

/** The bodies of an organisation (the North Atlantic Council of NATO), by name. */
export const actorBodiesSpec: NestedConnectionSpec = {
  ...actorTable,
  pairs: (parentIds) => Prisma.sql`SELECT b.parent_id, b.id FROM actor b WHERE b.parent_id = ANY(${parentIds}::uuid[])`,
  sort: () => ({ expression: Prisma.sql`a.name`, direction: "asc" }),
};
