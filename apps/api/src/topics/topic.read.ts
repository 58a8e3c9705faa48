import { columns, describeType, reference, storedGlobalId } from "../compiled-reads/describe";

export const topicRead = describeType("Topic", "topic", {
  id: storedGlobalId,
  ...columns("Topic", ["slug", "name", "description", "path"]),
  parent: reference("Topic", "parent_id"),
});
