import { ActorMutations } from "../actors/actor.mutations";
import { Actor } from "../actors/actor.type";
import { AuditResolver } from "../audit/audit.resolver";
import { CommitmentMutations } from "../commitments/commitment.mutations";
import { Commitment } from "../commitments/commitment.type";
import { EngagementMutations } from "../engagements/engagement.mutations";
import { Engagement } from "../engagements/engagement.type";
import { SourceMutations } from "../sources/source.mutations";
import { Source } from "../sources/source.type";
import { StatementMutations } from "../statements/statement.mutations";
import { Statement } from "../statements/statement.type";
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
  versionFieldResolver(Statement, "statement"),
  versionFieldResolver(Commitment, "commitment"),
  versionFieldResolver(Source, "source"),
] as const;
