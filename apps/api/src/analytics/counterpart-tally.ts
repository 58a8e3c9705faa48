import type { PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "../common/connection.type";
import { uuidPattern } from "../common/global-id";
import { windowConnectionLoader } from "../common/window-connection";
import { type ActorEngagementCondition, actorEngagementsSpecWhere } from "../engagements/engagement.nested";
import type { Engagement } from "../engagements/engagement.type";
import type { CounterpartsOf } from "./counterparts.type";

/**
 * Whether counterpart_tally (migration 20261206010000) holds the ranking: it keeps every actor's dyads
 * without `representing:` and without a filter on the engagements (kinds filter counterparts, not engagements).
 */
export function tallied(of: Pick<CounterpartsOf, "representingId" | "filter">): boolean {
  return !of.representingId && Object.values(of.filter ?? {}).every((value) => value == null);
}

/**
 * The rule the tally counts, as a condition on engagement `e` (starting on `d`) for the actor's counterpart
 * `c` (all SQL): the actor is in it (as a participant or represented), and no one row holds both. The
 * counterpart's own presence comes from walking its engagements. The actor's presence is probed in its
 * timeline indexes (actor or represented, start date, engagement): index-only, or hashed once for a state.
 */
export function sharedWith(actorId: string) {
  if (!uuidPattern.test(actorId)) throw new Error(`sharedWith: "${actorId}" is not a uuid`);
  return sharedWithSql(`'${actorId}'::uuid`);
}

/** sharedWith for the actor given as a trusted SQL expression of its uuid (a column of the ranking's rows). */
export function sharedWithSql(x: string): ActorEngagementCondition {
  const present = (column: string, e: string, d: string) =>
    `EXISTS (SELECT FROM participant tl_x WHERE tl_x.${column} = ${x} AND tl_x.engagement_start_date = ${d} AND tl_x.engagement_id = ${e})`;
  return (e: string, c: string, d: string) =>
    `(${present("actor_id", e, d)} OR ${present("represents_id", e, d)})
      AND NOT EXISTS (SELECT FROM participant tl_w WHERE tl_w.engagement_id = ${e}
        AND ((tl_w.actor_id = ${x} AND tl_w.represents_id = ${c}) OR (tl_w.actor_id = ${c} AND tl_w.represents_id = ${x})))`;
}

export type CounterpartEngagementsLoader = {
  load(actorId: string, counterpartId: string, args: ConnectionArgs): Promise<Connection<Engagement>>;
};

/** Pages of the engagements each counterpart of one actor was counted for: one statement for every counterpart of a page. */
export function counterpartEngagementsLoader(
  prisma: PrismaClient,
  engagement: DataLoader<string, Engagement | null>,
): CounterpartEngagementsLoader {
  const byActor = new Map<string, ReturnType<typeof windowConnectionLoader<Engagement>>>();
  return {
    load(actorId, counterpartId, args) {
      let loader = byActor.get(actorId);
      if (!loader) {
        loader = windowConnectionLoader(prisma, actorEngagementsSpecWhere(sharedWith(actorId)), engagement);
        byActor.set(actorId, loader);
      }
      return loader.load(counterpartId, args);
    },
  };
}
