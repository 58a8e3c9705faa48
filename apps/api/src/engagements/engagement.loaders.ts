import type { PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import { byIdLoader, groupLoader } from "../common/loader-factories";
import { windowConnectionLoader } from "../common/window-connection";
import { sideEngagementsSpec } from "./engagement.nested";
import type { Engagement } from "./engagement.type";
import { boundedParticipantsLoader, participantCountLoader } from "./participants.loader";

/** Participants by ID, an engagement's side engagements and topics, batched per request. */
export function createEngagementLoaders(prisma: PrismaClient, engagement: DataLoader<string, Engagement | null>) {
  return {
    participant: byIdLoader((ids) => prisma.participant.findMany({ where: { id: { in: ids } } })),
    participantsBounded: boundedParticipantsLoader(prisma),
    participantCount: participantCountLoader(prisma),
    sideEngagements: windowConnectionLoader(prisma, sideEngagementsSpec, engagement),
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
  };
}
