import { describeType } from "../compiled-reads/describe";

export const actorAliasRead = describeType("ActorAlias", "actor_alias", {}, "ActorAlias");

export const actorIdentifierRead = describeType("ActorIdentifier", "actor_identifier", {}, "ActorIdentifier");
