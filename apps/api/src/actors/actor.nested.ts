import { Prisma } from "@accord/db";
import type { NestedConnectionSpec } from "../common/nested-connection";
import { actorTable } from "./actor.service";

/** The bodies of an organisation (the North Atlantic Council of NATO), by name. */
export const actorBodiesSpec: NestedConnectionSpec = {
  ...actorTable,
  belongsTo: (parent) => Prisma.sql`a.parent_id = ${parent}`,
  sort: () => ({ expression: Prisma.sql`a.name`, direction: "asc" }),
};
