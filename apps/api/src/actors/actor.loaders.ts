import type { PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import { groupLoader } from "../common/loader-factories";
import { windowConnectionLoader } from "../common/window-connection";
import { actorEngagementsSpec } from "../engagements/engagement.nested";
import type { Engagement } from "../engagements/engagement.type";
import type { Tenure } from "../offices/office.type";
import { actorTenuresSpec } from "../offices/tenure.nested";
import { actorBodiesSpec } from "./actor.nested";
import type { Actor } from "./actor.type";
import { actorTimelineLoader } from "./actor-timeline";

/** The row loaders an actor's nested connections fill their pages from. */
export type ActorNodeLoaders = {
  actor: DataLoader<string, Actor | null>;
  engagement: DataLoader<string, Engagement | null>;
  tenure: DataLoader<string, Tenure | null>;
};

/** An actor's lists, batched per request; nested connections take the row loader of their node type. */
export function createActorLoaders(prisma: PrismaClient, nodes: ActorNodeLoaders) {
  return {
    actorAliases: groupLoader(
      (ids) =>
        prisma.actorAlias.findMany({ where: { actorId: { in: ids } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (row) => row.actorId,
    ),
    actorIdentifiers: groupLoader(
      (ids) =>
        prisma.actorIdentifier.findMany({
          where: { actorId: { in: ids } },
          orderBy: [{ scheme: "asc" }, { value: "asc" }],
        }),
      (row) => row.actorId,
    ),
    actorBodies: windowConnectionLoader(prisma, actorBodiesSpec, nodes.actor),
    actorEngagements: windowConnectionLoader(prisma, actorEngagementsSpec, nodes.engagement),
    actorTimeline: actorTimelineLoader(prisma, nodes.engagement),
    actorTenures: windowConnectionLoader(prisma, actorTenuresSpec, nodes.tenure),
  };
}
