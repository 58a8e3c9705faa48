import { Ctx, FieldResolver, ID, Resolver } from "type-graphql";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { Root } from "../schema/plain-roots";
import { Commitment } from "./commitment.type";
import { CommitmentStatusChange } from "./commitment-history.type";
import { CommitmentLink } from "./commitment-link.type";

@Resolver(() => CommitmentStatusChange)
export class CommitmentStatusChangeResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() change: CommitmentStatusChange) {
    return toGlobalId("CommitmentStatusChange", change.id);
  }

  @FieldResolver(() => Commitment, { description: "The commitment whose status changed." })
  async commitment(@Root() change: CommitmentStatusChange, @Ctx() { loaders }: Context) {
    return loaders.commitment.load(change.commitmentId);
  }
}

@Resolver(() => CommitmentLink)
export class CommitmentLinkResolver {
  @FieldResolver(() => Commitment, { description: "The commitment at the other end of the link." })
  async other(@Root() link: CommitmentLink, @Ctx() { loaders }: Context) {
    return loaders.commitment.load(link.otherId);
  }
}
