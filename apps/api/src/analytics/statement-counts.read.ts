import { describeType, rootRead } from "../compiled-reads/describe";
import { groupColumn, groupReference } from "../compiled-reads/groups";
import type { StatementFilter } from "../statements/statement.input";
import type { CountOrder } from "./count-group.type";
import { countGroupReads, countGroupsRoot } from "./counts.read";
import { countsStatement } from "./counts.sql";
import { statementCountsRequest } from "./statement-counts.service";
import type { StatementCountGroupBy } from "./statement-counts.type";

/** One group of statementCounts: a row of the counts SQL, not of a table. */
export const statementCountRead = describeType("StatementCount", undefined, {
  ...countGroupReads,
  kind: groupColumn("kind"),
  speaker: groupReference("Actor", "actor", "speakerId"),
  topic: groupReference("Topic", "topic", "topicId"),
});

export const statementCountsRoot = rootRead("statementCounts", async (c, nodes, prisma) => {
  const args = c.args("Query", nodes[0]) as {
    filter?: StatementFilter | null;
    groupBy: StatementCountGroupBy[];
    orderBy: CountOrder;
  };
  // A topic filter reads the topic's path while building the conditions: the SQL holds it.
  if (args.filter?.topic) c.cacheable = false;
  const request = await statementCountsRequest({
    prisma,
    filter: args.filter,
    groupBy: args.groupBy,
    order: args.orderBy,
  });
  return countGroupsRoot(c, "StatementCount", nodes, countsStatement(request));
});
