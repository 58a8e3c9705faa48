import { columns, describeType, reference, storedGlobalId } from "../compiled-reads/describe";

export const statementRead = describeType("Statement", "statement", {
  id: storedGlobalId,
  ...columns("Statement", ["kind", "gist", "quote"]),
  speaker: reference("Actor", "speaker_id"),
  engagement: reference("Engagement", "engagement_id"),
});
