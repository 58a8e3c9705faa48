import type { NonEmptyArray } from "type-graphql";
import { ActorResolver } from "../actors/actor.resolver";
import { NodeResolver } from "../common/node.resolver";
import { EngagementResolver } from "../engagements/engagement.resolver";
import { ParticipantResolver } from "../engagements/participant.resolver";
import { OfficeResolver, TenureResolver } from "../offices/office.resolver";
import { SearchResolver } from "../search/search.resolver";
import { TopicResolver } from "../topics/topic.resolver";
import { writeResolvers } from "../writes/write-resolvers";

/** Every feature's resolvers; a new feature adds its own here. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ActorResolver,
  EngagementResolver,
  ParticipantResolver,
  TopicResolver,
  OfficeResolver,
  TenureResolver,
  SearchResolver,
  ...writeResolvers,
];
