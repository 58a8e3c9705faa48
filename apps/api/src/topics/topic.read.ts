import { columns, connection, describeType, list, reference, storedGlobalId } from "../compiled-reads/describe";
import { statementsByTopicSpec } from "../statements/statement.loaders";

export const topicRead = describeType("Topic", "topic", {
  id: storedGlobalId,
  ...columns("Topic", ["slug", "name", "description", "path"]),
  parent: reference("Topic", "parent_id"),
  children: list("Topic", (row) => `SELECT * FROM topic WHERE parent_id = ${row}.id ORDER BY name, id`),
  statements: connection("StatementConnection", "Statement", () => statementsByTopicSpec),
});
