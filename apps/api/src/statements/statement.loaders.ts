import type { PrismaClient } from "@accord/db";
import { byIdLoader, groupLoader } from "../common/loader-factories";
import { type WindowListSpec, windowConnectionLoader } from "../common/window-connection";

/** What was said in one engagement, in the source's order. */
export const statementsByEngagementSpec: WindowListSpec = {
  from: "statement s",
  id: "s.id",
  parent: "s.engagement_id",
  order: "s.position, s.id",
};

/** What one actor said, newest engagement first. */
export const statementsBySpeakerSpec: WindowListSpec = {
  from: "statement s JOIN engagement e ON e.id = s.engagement_id",
  id: "s.id",
  parent: "s.speaker_id",
  order: "e.start_date DESC, s.engagement_id DESC, s.position, s.id",
};

/** Statements tagged with exactly one topic, newest engagement first: the topic's copy of each sort key, in its index. */
export const statementsByTopicSpec: WindowListSpec = {
  from: "statement_topic st",
  id: "st.statement_id",
  parent: "st.topic_id",
  order: "st.engagement_start_date DESC, st.engagement_id DESC, st.statement_position, st.statement_id",
};

/** Statements and what hangs off them, batched per request. */
export function createStatementLoaders(prisma: PrismaClient) {
  const statement = byIdLoader((ids) => prisma.statement.findMany({ where: { id: { in: ids } } }));
  return {
    statement,
    statementsByEngagement: windowConnectionLoader(prisma, statementsByEngagementSpec, statement),
    statementsBySpeaker: windowConnectionLoader(prisma, statementsBySpeakerSpec, statement),
    statementsByTopic: windowConnectionLoader(prisma, statementsByTopicSpec, statement),
    mentionsByStatement: groupLoader(
      (ids) => prisma.statementMention.findMany({ where: { statementId: { in: ids } }, orderBy: { actorId: "asc" } }),
      (row) => row.statementId,
    ),
    topicLinksByStatement: groupLoader(
      (ids) => prisma.statementTopic.findMany({ where: { statementId: { in: ids } }, orderBy: { topicId: "asc" } }),
      (row) => row.statementId,
    ),
  };
}
