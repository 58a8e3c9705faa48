import { Ctx, FieldResolver, ID, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { Root } from "../schema/plain-roots";
import { Participant } from "./participant.type";

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() participant: Participant) {
    return toGlobalId("Participant", participant.id);
  }

  @FieldResolver(() => Actor, { description: "The actor taking part." })
  async actor(@Root() participant: Participant, @Ctx() { loaders }: Context) {
    return loaders.actor.load(participant.actorId);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: "The actor this participant represents (Cho Tae-yul represents the Republic of Korea).",
  })
  represents(@Root() participant: Participant, @Ctx() { loaders }: Context) {
    return participant.representsId ? loaders.actor.load(participant.representsId) : null;
  }
}
