import { Prisma } from "@accord/db";
import { commitmentsSpec } from "../commitments/commitment.loaders";
import { countSql, pageSql } from "../common/keyset";
import { listJson, rootConnection } from "../compiled-reads/connections";
import {
  columns,
  connection,
  describeType,
  reference,
  rootRead,
  sql,
  storedGlobalId,
} from "../compiled-reads/describe";
import { keysetPage, requestedPage } from "../compiled-reads/pages";
import { notCompiled } from "../compiled-reads/sql";
import { smallListMax } from "../limits/list-size";
import { citationsOf } from "../sources/citation.read";
import { statementsByEngagementSpec } from "../statements/statement.loaders";
import { engagementConditions } from "./engagement.filter";
import type { EngagementsArgs } from "./engagement.input";
import { sideEngagementsSpec } from "./engagement.nested";
import { engagementTable } from "./engagement.service";
import { engagementSort } from "./engagement-order";
import { defaultParticipants, maxParticipants } from "./participants.loader";

export const engagementRead = describeType("Engagement", "engagement", {
  id: storedGlobalId,
  ...columns("Engagement", [
    "kind",
    "status",
    "title",
    "summary",
    "startDate",
    "startPrecision",
    "endDate",
    "endPrecision",
    "dateInferred",
    "spanEnd",
    "place",
    "city",
    "version",
  ]),
  citations: citationsOf("engagement_id"),
  sideEngagements: connection("EngagementConnection", "Engagement", () => sideEngagementsSpec),
  country: reference("Actor", "country_id"),
  parent: reference("Engagement", "parent_id"),
  participantCount: sql((row) => `(SELECT count(*)::int FROM participant WHERE engagement_id = ${row}.id)`),
  participants: (c, row, nodes) => {
    const first = (c.args("Engagement", nodes[0]!).first as number | null) ?? defaultParticipants;
    if (first < 1 || first > maxParticipants) notCompiled("participants.first");
    const rows = (alias: string) =>
      Prisma.raw(
        `(SELECT * FROM participant WHERE engagement_id = ${row}.id ORDER BY position, id LIMIT ${first}) ${alias}`,
      );
    return listJson(c, "Participant", rows, nodes);
  },
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
});

export const engagementsRoot = rootRead("engagements", async (c, nodes, prisma) => {
  const args = c.args("Query", nodes[0]!) as unknown as EngagementsArgs;
  const request = requestedPage(args);
  if (args.filter) c.cacheable = false;
  const where = await engagementConditions(prisma, args.filter);
  const ids = pageSql({ ...engagementTable, where, sort: engagementSort(args.orderBy), ...request });
  // totalCount counts the filter's matches, not what follows the cursor.
  const page = keysetPage(request, "Engagement", ids, countSql({ ...engagementTable, where }));
  return rootConnection(c, "EngagementConnection", page, nodes);
});
