import {
  ActorKind,
  CommitmentKind,
  CommitmentLinkKind,
  CommitmentStatus,
  DatePrecision,
  EngagementKind,
  EngagementStatus,
  ParticipantRole,
  Role,
  SourceKind,
  StatementKind,
} from "@accord/db";
import { registerEnumType } from "type-graphql";

// The GraphQL enums are the database's enums, so the two cannot drift apart.
registerEnumType(ActorKind, { name: "ActorKind", description: "What kind of party an actor is." });
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How much of a date is known: day, month or year.",
});
registerEnumType(EngagementKind, { name: "EngagementKind", description: "The form an engagement takes." });
registerEnumType(EngagementStatus, {
  name: "EngagementStatus",
  description: "Whether an engagement is planned, held or cancelled.",
});
registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "The part an actor plays in an engagement.",
});
registerEnumType(StatementKind, {
  name: "StatementKind",
  description: "What a statement does: welcome, request, pledge …",
});
registerEnumType(CommitmentKind, { name: "CommitmentKind", description: "The field a commitment belongs to." });
registerEnumType(CommitmentStatus, {
  name: "CommitmentStatus",
  description: "Where a commitment stands; DELIVERED means provided or fulfilled.",
});
registerEnumType(CommitmentLinkKind, {
  name: "CommitmentLinkKind",
  description: "How one commitment relates to another.",
});
registerEnumType(SourceKind, { name: "SourceKind", description: "The kind of document a source is." });
registerEnumType(Role, { name: "Role", description: "What an API token may do." });

export {
  ActorKind,
  CommitmentKind,
  CommitmentLinkKind,
  CommitmentStatus,
  DatePrecision,
  EngagementKind,
  EngagementStatus,
  ParticipantRole,
  Role,
  SourceKind,
  StatementKind,
};
