import { describeType, globalId, reference } from "../compiled-reads/describe";

export const participantRead = describeType(
  "Participant",
  "participant",
  {
    id: globalId("Participant"),
    actor: reference("Actor", "actor_id"),
    represents: reference("Actor", "represents_id"),
  },
  "Participant",
);
