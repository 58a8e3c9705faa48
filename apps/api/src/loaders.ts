import type { PrismaClient } from "@accord/db";
import { actorBodiesSpec } from "./actors/actor.nested";
import { loadAll } from "./common/load-all";
import { byIdLoader, groupLoader } from "./common/loader-factories";
import { nestedConnectionLoader } from "./common/nested-connection";
import { actorEngagementsSpec, sideEngagementsSpec } from "./engagements/engagement.nested";
import { actorTenuresSpec, officeTenuresSpec } from "./offices/tenure.nested";

/** Per-request DataLoaders: the SQL a request runs does not grow with its page size. */
export function createLoaders(prisma: PrismaClient) {
  const actor = byIdLoader((ids) => prisma.actor.findMany({ where: { id: { in: ids } } }));
  const engagement = byIdLoader((ids) => prisma.engagement.findMany({ where: { id: { in: ids } } }));
  const tenure = byIdLoader((ids) => prisma.tenure.findMany({ where: { id: { in: ids } } }));
  return {
    actor,
    engagement,
    participantsByEngagement: groupLoader(
      (ids) =>
        prisma.participant.findMany({
          where: { engagementId: { in: ids } },
          orderBy: [{ position: "asc" }, { id: "asc" }],
        }),
      (row) => row.engagementId,
    ),
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
    actorBodies: nestedConnectionLoader(prisma, actorBodiesSpec, (ids) => loadAll(actor, ids)),
    actorEngagements: nestedConnectionLoader(prisma, actorEngagementsSpec, (ids) => loadAll(engagement, ids)),
    actorTenures: nestedConnectionLoader(prisma, actorTenuresSpec, (ids) => loadAll(tenure, ids)),
    sideEngagements: nestedConnectionLoader(prisma, sideEngagementsSpec, (ids) => loadAll(engagement, ids)),
    topic: byIdLoader((ids) => prisma.topic.findMany({ where: { id: { in: ids } } })),
    topicChildren: groupLoader(
      (ids) => prisma.topic.findMany({ where: { parentId: { in: ids } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (row) => row.parentId ?? "",
    ),
    topicsByEngagement: groupLoader(
      async (ids) =>
        (
          await prisma.engagementTopic.findMany({
            where: { engagementId: { in: ids } },
            include: { topic: true },
            orderBy: [{ topic: { path: "asc" } }],
          })
        ).map((link) => ({ engagementId: link.engagementId, ...link.topic })),
      (row) => row.engagementId,
    ),
    office: byIdLoader((ids) => prisma.office.findMany({ where: { id: { in: ids } } })),
    tenure,
    officeTenures: nestedConnectionLoader(prisma, officeTenuresSpec, (ids) => loadAll(tenure, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
