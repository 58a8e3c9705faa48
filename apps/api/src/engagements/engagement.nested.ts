import { Prisma } from "@accord/db";
import type { NestedConnectionSpec } from "../common/nested-connection";
import type { EngagementPageArgs } from "./engagement.input";
import { engagementTable } from "./engagement.service";
import { engagementSort } from "./engagement-order";

/** An actor's engagements: those it takes part in directly or through a participant representing it. */
export const actorEngagementsSpec: NestedConnectionSpec = {
  ...engagementTable,
  pairs: (
    actorIds,
  ) => Prisma.sql`SELECT p.actor_id AS parent_id, p.engagement_id AS id FROM participant p WHERE p.actor_id = ANY(${actorIds}::uuid[])
    UNION SELECT p.represents_id, p.engagement_id FROM participant p WHERE p.represents_id = ANY(${actorIds}::uuid[])`,
  sort: (args) => engagementSort((args as EngagementPageArgs).orderBy),
};

/** Engagements held on the sidelines of another. */
export const sideEngagementsSpec: NestedConnectionSpec = {
  ...engagementTable,
  pairs: (parentIds) =>
    Prisma.sql`SELECT s.parent_id, s.id FROM engagement s WHERE s.parent_id = ANY(${parentIds}::uuid[])`,
  sort: (args) => engagementSort((args as EngagementPageArgs).orderBy),
};
