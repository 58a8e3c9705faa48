import type { PrismaClient } from "@accord/db";
import { groupLoader } from "../common/loader-factories";
import { nestedConnectionLoader } from "../common/nested-connection";
import { actorEngagementsSpec } from "../engagements/engagement.nested";
import { actorTenuresSpec } from "../offices/tenure.nested";
import { actorBodiesSpec } from "./actor.nested";

/** An actor's lists, batched per request; nested connections take the row loader of their node type. */
export function createActorLoaders(prisma: PrismaClient) {
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
    actorBodies: nestedConnectionLoader(prisma, actorBodiesSpec),
    actorEngagements: nestedConnectionLoader(prisma, actorEngagementsSpec),
    actorTenures: nestedConnectionLoader(prisma, actorTenuresSpec),
  };
}
