import type { PrismaClient } from "@accord/db";
import { byIdLoader, groupLoader } from "./common/loader-factories";

/** Per-request DataLoaders: the SQL a request runs does not grow with its page size. */
export function createLoaders(prisma: PrismaClient) {
  return {
    actor: byIdLoader((ids) => prisma.actor.findMany({ where: { id: { in: ids } } })),
    engagement: byIdLoader((ids) => prisma.engagement.findMany({ where: { id: { in: ids } } })),
    participantsByEngagement: groupLoader(
      (ids) =>
        prisma.participant.findMany({
          where: { engagementId: { in: ids } },
          orderBy: [{ position: "asc" }, { id: "asc" }],
        }),
      (row) => row.engagementId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
