import type { PrismaClient } from "@accord/db";
import { createActorLoaders } from "./actors/actor.loaders";
import { counterpartEngagementsLoader } from "./analytics/counterpart-tally";
import { createCommitmentLoaders } from "./commitments/commitment.loaders";
import { byIdLoader } from "./common/loader-factories";
import { createEngagementLoaders } from "./engagements/engagement.loaders";
import { createOfficeLoaders } from "./offices/office.loaders";
import { createSourceLoaders } from "./sources/source.loaders";
import { createStatementLoaders } from "./statements/statement.loaders";
import { createTopicLoaders } from "./topics/topic.loaders";

/** Per-request DataLoaders: the SQL a request runs does not grow with its page size. */
export function createLoaders(prisma: PrismaClient) {
  const actor = byIdLoader((ids) => prisma.actor.findMany({ where: { id: { in: ids } } }));
  const engagement = byIdLoader((ids) => prisma.engagement.findMany({ where: { id: { in: ids } } }));
  const offices = createOfficeLoaders(prisma);
  return {
    actor,
    engagement,
    ...createActorLoaders(prisma, { actor, engagement, tenure: offices.tenure }),
    ...createEngagementLoaders(prisma, engagement, (actors) => {
      for (const row of actors) actor.prime(row.id, row);
    }),
    ...createTopicLoaders(prisma),
    ...offices,
    ...createStatementLoaders(prisma),
    ...createCommitmentLoaders(prisma),
    ...createSourceLoaders(prisma),
    counterpartEngagements: counterpartEngagementsLoader(prisma, engagement),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
