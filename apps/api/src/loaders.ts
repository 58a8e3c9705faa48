import type { PrismaClient } from "@accord/db";
import { createCommitmentLoaders } from "./commitments/commitment.loaders";
import { byIdLoader, groupLoader } from "./common/loader-factories";
import { createSourceLoaders } from "./sources/source.loaders";
import { createStatementLoaders } from "./statements/statement.loaders";

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
    ...createStatementLoaders(prisma),
    ...createCommitmentLoaders(prisma),
    ...createSourceLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
