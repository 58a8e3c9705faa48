import { graphql } from "graphql";
import { buildSchema, Field, FieldResolver, ObjectType, Query, Resolver } from "type-graphql";
import { Root } from "./plain-roots";

// A type of this file's own: the check holds whatever the API's schema becomes.
@ObjectType("PlainRootsProbe")
class Probe {
  @Field()
  name!: string;
}

const row = { name: "row" };
const seen: unknown[] = [];

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe)
  probe(): unknown {
    return row;
  }

  @FieldResolver(() => Boolean)
  same(@Root() parent: Probe): boolean {
    seen.push(parent);
    return parent === row;
  }
}

test("a field resolver's Root is the parent's row itself, not a copy (type-graphql's behaviour checked)", async () => {
  const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
  const result = await graphql({ schema, source: "{ probe { name same } }" });
  expect(result).toEqual({ data: { probe: { name: "row", same: true } } });
  expect(seen).toEqual([row]);
  expect(seen[0]).toBe(row);
  expect(seen[0]).not.toBeInstanceOf(Probe);
});
