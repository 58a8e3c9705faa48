import { columns, describeType, list, reference, storedGlobalId } from "../compiled-reads/describe";
import { citationsOf } from "../sources/citation.read";

export const statementRead = describeType("Statement", "statement", {
  id: storedGlobalId,
  ...columns("Statement", ["kind", "gist", "quote", "position", "version"]),
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
});
