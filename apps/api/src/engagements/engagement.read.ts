import { Prisma } from "@accord/db";
import { commitmentsSpec } from "../commitments/commitment.loaders";
import { listJson } from "../compiled-reads/connections";
import { connection, describeType, keysetRoot, reference, sql, storedGlobalId } from "../compiled-reads/describe";
import { notCompiled } from "../compiled-reads/sql";
import { smallListMax } from "../limits/list-size";
import { citationsOf } from "../sources/citation.read";
import { statementsByEngagementSpec } from "../statements/statement.loaders";
import { engagementConditions, engagementFilterSortsCandidates } from "./engagement.filter";
import type { EngagementsArgs } from "./engagement.input";
import { sideEngagementsSpec } from "./engagement.nested";
import { engagementTable } from "./engagement.service";
import { engagementSort } from "./engagement-order";
import { defaultParticipants, maxParticipants, participantsByEngagementSpec } from "./participants.loader";

export const engagementRead = describeType(
  "Engagement",
  "engagement",
  {
    id: storedGlobalId,
    citations: citationsOf("engagement_id"),
    sideEngagements: connection("EngagementConnection", "Engagement", () => sideEngagementsSpec),
    country: reference("Actor", "country_id"),
    parent: reference("Engagement", "parent_id"),
    participantCount: sql((row) => `(SELECT count(*)::int FROM participant WHERE engagement_id = ${row}.id)`),
    participants: (c, row, nodes) => {
      const first = (c.args("Engagement", nodes[0]).first as number | null) ?? defaultParticipants;
      if (first < 1 || first > maxParticipants) notCompiled("participants.first");
      const rows = (alias: string) =>
        Prisma.raw(
          `(SELECT * FROM participant WHERE engagement_id = ${row}.id ORDER BY position, id LIMIT ${first}) ${alias}`,
        );
      return listJson(c, "Participant", rows, nodes);
    },
    participantsConnection: connection("ParticipantConnection", "Participant", () => participantsByEngagementSpec),
    topics: (c, row, nodes) => {
      // Each topic by primary key (OFFSET 0 keeps it so): joined plainly, the topic table is hashed per engagement.
      const rows = (alias: string) =>
        Prisma.raw(`(SELECT t.* FROM engagement_topic et
        CROSS JOIN LATERAL (SELECT * FROM topic t0 WHERE t0.id = et.topic_id OFFSET 0) t
        WHERE et.engagement_id = ${row}.id ORDER BY t.path LIMIT ${smallListMax}) ${alias}`);
      return listJson(c, "Topic", rows, nodes);
    },
    statements: connection("StatementConnection", "Statement", () => statementsByEngagementSpec),
    commitments: connection("CommitmentConnection", "Commitment", () => commitmentsSpec("c.engagement_id")),
  },
  "Engagement",
);

export const engagementsRoot = keysetRoot(
  "engagements",
  "EngagementConnection",
  "Engagement",
  engagementTable,
  async (args, prisma) => {
    const { filter, orderBy } = args as unknown as EngagementsArgs;
    // The topic's subtree read by the statement: the SQL is kept, and repeats answered from the fast lane.
    const where = await engagementConditions(prisma, filter, { topicInSql: true });
    return { where, sort: engagementSort(orderBy), sortsCandidates: engagementFilterSortsCandidates(filter) };
  },
);
