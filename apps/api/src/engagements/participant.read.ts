import { columns, describeType, globalId, reference } from "../compiled-reads/describe";

export const participantRead = describeType("Participant", "participant", {
  id: globalId("Participant"),
  ...columns("Participant", ["role", "titleAsReported"]),
  actor: reference("Actor", "actor_id"),
  represents: reference("Actor", "represents_id"),
});
