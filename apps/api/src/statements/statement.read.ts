import { OrderDirection } from "../common/order-direction";
import { rootConnection } from "../compiled-reads/connections";
import { describeType, list, reference, rootRead, storedGlobalId } from "../compiled-reads/describe";
import { keysetPage, requestedPage } from "../compiled-reads/pages";
import { citationsOf } from "../sources/citation.read";
import { statementFilterParts, withTopics } from "./statement.filter";
import type { StatementsArgs } from "./statement.input";
import { statementCountSql, statementPageSql } from "./statement.page";

export const statementRead = describeType(
  "Statement",
  "statement",
  {
    id: storedGlobalId,
    speaker: reference("Actor", "speaker_id"),
    engagement: reference("Engagement", "engagement_id"),
    mentions: list(
      "Actor",
      (row) =>
        `SELECT a.* FROM statement_mention sm JOIN actor a ON a.id = sm.actor_id WHERE sm.statement_id = ${row}.id ORDER BY sm.actor_id`,
    ),
    topics: list(
      "Topic",
      (row) =>
        `SELECT t.* FROM statement_topic st JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = ${row}.id ORDER BY t.path`,
    ),
    commitments: list(
      "Commitment",
      (row) => `SELECT * FROM commitment WHERE statement_id = ${row}.id ORDER BY made_on DESC NULLS LAST, id DESC`,
    ),
    citations: citationsOf("statement_id"),
  },
  "Statement",
);

export const statementsRoot = rootRead("statements", async (c, nodes, prisma) => {
  const args = c.args("Query", nodes[0]) as unknown as StatementsArgs;
  const request = requestedPage(args);
  const { where, topics } = await statementFilterParts(prisma, args.filter, { topicInSql: true });
  const direction = args.orderBy?.direction ?? OrderDirection.DESC;
  const ids = statementPageSql({ where, topics, direction, ...request });
  return rootConnection(
    c,
    "StatementConnection",
    keysetPage(request, "Statement", ids, statementCountSql(withTopics(where, topics))),
    nodes,
  );
});
