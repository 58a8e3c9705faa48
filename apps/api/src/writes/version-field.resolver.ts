import type { ClassType } from "type-graphql";
import { FieldResolver, Int, Resolver } from "type-graphql";
import { Root } from "../schema/plain-roots";

/** Adds `version` to a versioned record type: what an update must send back to prove it read the latest. */
export function versionFieldResolver(type: ClassType, what: string): ClassType {
  @Resolver(() => type)
  class VersionFieldResolver {
    @FieldResolver(() => Int, {
      description: `The ${what}'s version, raised by every change; send it with an update (a stale one is a CONFLICT).`,
    })
    version(@Root() record: { version: number }): number {
      return record.version;
    }
  }
  return VersionFieldResolver;
}
