import type { NonEmptyArray } from "type-graphql";
import { ActorMutations } from "../actors/actor.mutations";
import { ActorResolver } from "../actors/actor.resolver";
import { AuditResolver } from "../audit/audit.resolver";
import { NodeResolver } from "../common/node.resolver";
import { EngagementMutations } from "../engagements/engagement.mutations";
import { EngagementResolver } from "../engagements/engagement.resolver";
import { ParticipantResolver } from "../engagements/participant.resolver";

/** Every feature's resolvers; a new feature adds its own here. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ActorResolver,
  EngagementResolver,
  ParticipantResolver,
  AuditResolver,
  ActorMutations,
  EngagementMutations,
];
