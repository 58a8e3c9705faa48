import { ownEntry } from "@accord/domain";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { ListSize, maxNodeIds } from "../limits/list-size";
import type { Loaders } from "../loaders";
import { fromGlobalId } from "./global-id";
import { Node } from "./node";

/** Which loader fetches each Node type; a feature adds its type here. */
const nodeLoaders: Record<string, (loaders: Loaders, id: string) => Promise<object | null>> = {
  Actor: (loaders, id) => loaders.actor.load(id),
  Engagement: (loaders, id) => loaders.engagement.load(id),
  Participant: (loaders, id) => loaders.participant.load(id),
  Topic: (loaders, id) => loaders.topic.load(id),
  Office: (loaders, id) => loaders.office.load(id),
  Tenure: (loaders, id) => loaders.tenure.load(id),
  Statement: (loaders, id) => loaders.statement.load(id),
  Commitment: (loaders, id) => loaders.commitment.load(id),
  CommitmentStatusChange: (loaders, id) => loaders.commitmentStatusChange.load(id),
  CommitmentStage: (loaders, id) => loaders.commitmentStage.load(id),
  Source: (loaders, id) => loaders.source.load(id),
  Citation: (loaders, id) => loaders.citation.load(id),
};

async function loadNode(globalId: string, loaders: Loaders): Promise<object | null> {
  let decoded: { type: string; id: string };
  try {
    decoded = fromGlobalId(globalId);
  } catch {
    return null;
  }
  const load = ownEntry(nodeLoaders, decoded.type);
  if (!load || !/^[0-9a-f-]{36}$/i.test(decoded.id)) return null;
  const row = await load(loaders, decoded.id);
  return row ? { ...row, __typename: decoded.type } : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any record by its global ID; null when there is none." })
  node(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loadNode(id, loaders);
  }

  @ListSize({ max: maxNodeIds, sizeArg: "ids" })
  @Query(() => [Node], {
    nullable: "items",
    description: "Fetches records by global IDs, in the same order; null where there is none.",
  })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() { loaders }: Context) {
    return Promise.all(ids.map((id) => loadNode(id, loaders)));
  }
}
