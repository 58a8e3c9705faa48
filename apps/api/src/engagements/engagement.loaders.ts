import type { PrismaClient } from "@accord/db";
import { byIdLoader, groupLoader } from "../common/loader-factories";
import { nestedConnectionLoader } from "../common/nested-connection";
import { sideEngagementsSpec } from "./engagement.nested";
import { boundedParticipantsLoader, participantCountLoader } from "./participants.loader";

/** Participants by ID, an engagement's side engagements and topics, batched per request. */
export function createEngagementLoaders(prisma: PrismaClient) {
  return {
    participant: byIdLoader((ids) => prisma.participant.findMany({ where: { id: { in: ids } } })),
    participantsBounded: boundedParticipantsLoader(prisma),
    participantCount: participantCountLoader(prisma),
    sideEngagements: nestedConnectionLoader(prisma, sideEngagementsSpec),
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
