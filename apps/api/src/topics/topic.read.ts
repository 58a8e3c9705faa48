import {
  columns,
  connection,
  describeType,
  keysetRoot,
  list,
  reference,
  storedGlobalId,
} from "../compiled-reads/describe";
import { statementsByTopicSpec } from "../statements/statement.loaders";
import type { TopicsArgs } from "./topic.input";
import { topicConditions, topicSort, topicTable } from "./topic.sql";

export const topicRead = describeType("Topic", "topic", {
  id: storedGlobalId,
  ...columns("Topic", ["slug", "name", "description", "path"]),
  parent: reference("Topic", "parent_id"),
  children: list("Topic", (row) => `SELECT * FROM topic WHERE parent_id = ${row}.id ORDER BY name, id`),
  statements: connection("StatementConnection", "Statement", () => statementsByTopicSpec),
});

export const topicsRoot = keysetRoot("topics", "TopicConnection", "Topic", topicTable, async (args, prisma, c) => {
  const { filter, orderBy } = args as unknown as TopicsArgs;
  // The `under` topic's path is read while compiling: the SQL holds it.
  if (filter?.under) c.cacheable = false;
  return { where: await topicConditions(prisma, filter), sort: topicSort(orderBy) };
});
