import { columns, describeType } from "../compiled-reads/describe";

export const actorAliasRead = describeType("ActorAlias", "actor_alias", {
  ...columns("ActorAlias", ["name", "language", "validFrom", "validTo"]),
});

export const actorIdentifierRead = describeType("ActorIdentifier", "actor_identifier", {
  ...columns("ActorIdentifier", ["scheme", "value"]),
});
