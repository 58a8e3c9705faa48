import { ActorMutations } from "../actors/actor.mutations";
import { Actor } from "../actors/actor.type";
import { AuditResolver } from "../audit/audit.resolver";
import { CommitmentMutations } from "../commitments/commitment.mutations";
import { EngagementMutations } from "../engagements/engagement.mutations";
import { Engagement } from "../engagements/engagement.type";
import { SourceMutations } from "../sources/source.mutations";
import { StatementMutations } from "../statements/statement.mutations";
import { TopicMutations } from "../topics/topic.mutations";
import { versionFieldResolver } from "./version-field.resolver";

/** The write side of the API: mutations, the audit log and the version fields updates need. */
export const writeResolvers = [
  AuditResolver,
  ActorMutations,
  EngagementMutations,
  TopicMutations,
  StatementMutations,
  CommitmentMutations,
  SourceMutations,
  versionFieldResolver(Actor, "actor"),
  versionFieldResolver(Engagement, "engagement"),
] as const;
