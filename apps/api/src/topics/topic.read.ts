import { connection, describeType, keysetRoot, list, reference, storedGlobalId } from "../compiled-reads/describe";
import { statementsByTopicSpec } from "../statements/statement.loaders";
import type { TopicsArgs } from "./topic.input";
import { topicConditions, topicSort, topicTable } from "./topic.sql";

export const topicRead = describeType(
  "Topic",
  "topic",
  {
    id: storedGlobalId,
    parent: reference("Topic", "parent_id"),
    children: list("Topic", (row) => `SELECT * FROM topic WHERE parent_id = ${row}.id ORDER BY name, id`),
    statements: connection("StatementConnection", "Statement", () => statementsByTopicSpec),
  },
  "Topic",
);

export const topicsRoot = keysetRoot("topics", "TopicConnection", "Topic", topicTable, async (args, prisma) => {
  const { filter, orderBy } = args as unknown as TopicsArgs;
  return { where: await topicConditions(prisma, filter, { underInSql: true }), sort: topicSort(orderBy) };
});
