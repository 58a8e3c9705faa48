import { describeType } from "../compiled-reads/describe";
import { groupColumn, groupReference } from "../compiled-reads/groups";
import type { EngagementFilter } from "../engagements/engagement.input";
import { countGroupReads, countsRootRead } from "./counts.read";
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

export const engagementCountsRoot = countsRootRead<EngagementFilter, EngagementCountGroupBy>(
  "engagementCounts",
  "EngagementCount",
  { request: engagementCountsRequest },
);
