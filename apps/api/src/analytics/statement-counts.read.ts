import { describeType } from "../compiled-reads/describe";
import { groupColumn, groupReference } from "../compiled-reads/groups";
import type { StatementFilter } from "../statements/statement.input";
import { countGroupReads, countsRootRead } from "./counts.read";
import { statementCountsRequest } from "./statement-counts.service";
import type { StatementCountGroupBy } from "./statement-counts.type";

/** One group of statementCounts: a row of the counts SQL, not of a table. */
export const statementCountRead = describeType("StatementCount", undefined, {
  ...countGroupReads,
  kind: groupColumn("kind"),
  speaker: groupReference("Actor", "actor", "speakerId"),
  topic: groupReference("Topic", "topic", "topicId"),
});

export const statementCountsRoot = countsRootRead<StatementFilter, StatementCountGroupBy>(
  "statementCounts",
  "StatementCount",
  { request: statementCountsRequest },
);
