import { Prisma } from "@accord/db";
import type { NestedConnectionSpec } from "../common/nested-connection";
import type { EngagementPageArgs } from "./engagement.input";
import { engagementTable } from "./engagement.service";
import { engagementSort } from "./engagement-order";

/** An actor's engagements: those it takes part in directly or through a participant representing it. */
export const actorEngagementsSpec: NestedConnectionSpec = {
  ...engagementTable,
  belongsTo: (actor) => Prisma.sql`e.id IN (SELECT p.engagement_id FROM participant p WHERE p.actor_id = ${actor}
    UNION ALL SELECT p.engagement_id FROM participant p WHERE p.represents_id = ${actor})`,
  sort: (args) => engagementSort((args as EngagementPageArgs).orderBy),
};

/** Engagements held on the sidelines of another. */
export const sideEngagementsSpec: NestedConnectionSpec = {
  ...engagementTable,
  belongsTo: (parent) => Prisma.sql`e.parent_id = ${parent}`,
  sort: (args) => engagementSort((args as EngagementPageArgs).orderBy),
};
