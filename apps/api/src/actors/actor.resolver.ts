import { FieldResolver, ID, Resolver, Root } from "type-graphql";
import { toGlobalId } from "../common/global-id";
import { Actor } from "./actor.type";

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => ID)
  id(@Root() actor: Actor) {
    return toGlobalId("Actor", actor.id);
  }
}
