import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's global object identification: every record has an opaque, global ID. */
@InterfaceType("Node", {
  description: "A record with a global ID that `node(id:)` can fetch again.",
  // Rows are plain Prisma objects: whoever returns one as a Node tags it with its type name.
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID of the record." })
  id!: string;
}
