import { Prisma, type PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import { byIdLoader, groupLoader } from "../common/loader-factories";
import { windowConnectionLoader } from "../common/window-connection";
import type { Topic } from "../topics/topic.type";
import { sideEngagementsSpec } from "./engagement.nested";
import type { Engagement } from "./engagement.type";
import {
  type ActorRow,
  boundedParticipantsLoader,
  participantCountLoader,
  participantsByEngagementSpec,
} from "./participants.loader";

/** Participants by ID and by engagement, an engagement's side engagements and topics, batched per request. */
export function createEngagementLoaders(
  prisma: PrismaClient,
  engagement: DataLoader<string, Engagement | null>,
  primeActors?: (actors: ActorRow[]) => void,
) {
  const participant = byIdLoader((ids) => prisma.participant.findMany({ where: { id: { in: ids } } }));
  return {
    participant,
    participantsByEngagement: windowConnectionLoader(prisma, participantsByEngagementSpec, participant),
    participantsBounded: boundedParticipantsLoader(prisma, primeActors),
    participantCount: participantCountLoader(prisma),
    sideEngagements: windowConnectionLoader(prisma, sideEngagementsSpec, engagement),
    // One statement with the join (Prisma's include would send a second one for the topics).
    topicsByEngagement: groupLoader(
      (ids) =>
        prisma.$queryRaw<(Topic & { engagementId: string })[]>(Prisma.sql`
          SELECT et.engagement_id::text AS "engagementId", t.id::text AS id, t.slug, t.name, t.description,
            t.parent_id::text AS "parentId", t.path
          FROM engagement_topic et JOIN topic t ON t.id = et.topic_id
          WHERE et.engagement_id = ANY(${ids}::uuid[]) ORDER BY t.path`),
      (row) => row.engagementId,
    ),
  };
}
