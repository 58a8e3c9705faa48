import { ActorMutations } from "../actors/actor.mutations";
import { Actor } from "../actors/actor.type";
import { AuditResolver } from "../audit/audit.resolver";
import { EngagementMutations } from "../engagements/engagement.mutations";
import { Engagement } from "../engagements/engagement.type";
import { versionFieldResolver } from "./version-field.resolver";

/** The write side of the API: mutations, the audit log and the version fields updates need. */
export const writeResolvers = [
  AuditResolver,
  ActorMutations,
  EngagementMutations,
  versionFieldResolver(Actor, "actor"),
  versionFieldResolver(Engagement, "engagement"),
] as const;
