import { describeType, rootRead } from "../compiled-reads/describe";
import { groupColumn, groupReference } from "../compiled-reads/groups";
import type { EngagementFilter } from "../engagements/engagement.input";
import type { CountOrder } from "./count-group.type";
import { countGroupReads, countGroupsRoot } from "./counts.read";
import { countsStatement } from "./counts.sql";
import { engagementCountsRequest } from "./engagement-counts.service";
import type { EngagementCountGroupBy } from "./engagement-counts.type";

/** One group of engagementCounts: a row of the counts SQL, not of a table. */
export const engagementCountRead = describeType("EngagementCount", undefined, {
  ...countGroupReads,
  kind: groupColumn("kind"),
  status: groupColumn("status"),
  country: groupReference("Actor", "actor", "countryId"),
  topic: groupReference("Topic", "topic", "topicId"),
  participant: groupReference("Actor", "actor", "participantId"),
  represented: groupReference("Actor", "actor", "representedId"),
});

export const engagementCountsRoot = rootRead("engagementCounts", async (c, nodes, prisma) => {
  const args = c.args("Query", nodes[0]) as {
    filter?: EngagementFilter | null;
    groupBy: EngagementCountGroupBy[];
    orderBy: CountOrder;
  };
  // A topic filter reads its subtree while building the conditions: the SQL holds it.
  if (args.filter?.topic || args.filter?.topicSlug != null) c.cacheable = false;
  const request = await engagementCountsRequest({
    prisma,
    filter: args.filter,
    groupBy: args.groupBy,
    order: args.orderBy,
  });
  return countGroupsRoot(c, "EngagementCount", nodes, countsStatement(request));
});
