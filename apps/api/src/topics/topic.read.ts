import { countSql, pageSql } from "../common/keyset";
import { rootConnection } from "../compiled-reads/connections";
import {
  columns,
  connection,
  describeType,
  list,
  reference,
  rootRead,
  storedGlobalId,
} from "../compiled-reads/describe";
import { keysetPage, requestedPage } from "../compiled-reads/pages";
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

export const topicsRoot = rootRead("topics", async (c, nodes, prisma) => {
  const args = c.args("Query", nodes[0]!) as unknown as TopicsArgs;
  const request = requestedPage(args);
  // The `under` topic's path is read while compiling: the SQL holds it.
  if (args.filter?.under) c.cacheable = false;
  const where = await topicConditions(prisma, args.filter);
  const ids = pageSql({ ...topicTable, where, sort: topicSort(args.orderBy), ...request });
  return rootConnection(
    c,
    "TopicConnection",
    keysetPage(request, "Topic", ids, countSql({ ...topicTable, where })),
    nodes,
  );
});
