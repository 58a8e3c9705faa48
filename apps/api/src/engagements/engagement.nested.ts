import type { ConnectionArgs } from "../common/connection.type";
import type { WindowListSpec } from "../common/window-connection";
import type { EngagementPageArgs } from "./engagement.input";
import { engagementOrderList } from "./engagement-order";

const byArgs = (args: ConnectionArgs) => engagementOrderList((args as EngagementPageArgs).orderBy);

/**
 * An actor's engagements: those it takes part in directly or through a participant representing it
 * (UNION, so an actor in both ways counts the engagement once).
 */
export const actorEngagementsSpec: WindowListSpec = {
  from: `engagement e JOIN (SELECT p.engagement_id, p.actor_id FROM participant p
    UNION SELECT p.engagement_id, p.represents_id FROM participant p WHERE p.represents_id IS NOT NULL) ep
    ON ep.engagement_id = e.id`,
  id: "e.id",
  parent: "ep.actor_id",
  order: byArgs,
};

/** Engagements held on the sidelines of another. */
export const sideEngagementsSpec: WindowListSpec = {
  from: "engagement e",
  id: "e.id",
  parent: "e.parent_id",
  order: byArgs,
};
