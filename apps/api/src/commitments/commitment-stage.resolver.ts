import { required } from "@accord/domain";
import { Ctx, FieldResolver, ID, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { Citation } from "../sources/citation.type";
import { Commitment } from "./commitment.type";
import { CommitmentItem } from "./commitment-item.type";
import { CommitmentStage } from "./commitment-stage.type";
import { Money } from "./money.type";

@Resolver(() => Commitment)
export class CommitmentStagesResolver {
  @ListSize({ max: smallListMax })
  @FieldResolver(() => [CommitmentStage], {
    description: "The commitment's steps in order (pledged, committed, disbursed …); the last gives its status.",
  })
  stages(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return loaders.stagesByCommitment.load(commitment.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [CommitmentItem], {
    description: "What is promised in kind (quantity, unit, estimated value); a stage lists what it handed over.",
  })
  items(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return loaders.itemsByCommitment.load(commitment.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Actor], {
    description: "Who commits together with the committer, in order (a joint commitment); empty for most.",
  })
  async coCommitters(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    const rows = await loaders.coCommittersByCommitment.load(commitment.id);
    return loaders.actor.loadMany(rows.map((row) => row.actorId));
  }
}

@Resolver(() => CommitmentStage)
export class CommitmentStageResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() stage: CommitmentStage) {
    return toGlobalId("CommitmentStage", stage.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [CommitmentItem], { description: "Items handed over or set aside in kind at this step." })
  items(@Root() stage: CommitmentStage, @Ctx() { loaders }: Context) {
    return loaders.itemsByStage.load(stage.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Citation], { description: "The passages of sources this step is known from." })
  citations(@Root() stage: CommitmentStage, @Ctx() { loaders }: Context) {
    return loaders.citationsByStage.load(stage.id);
  }

  @FieldResolver(() => Money, { nullable: true, description: "The money of this step, as reported; null if none." })
  money(@Root() stage: CommitmentStage): Money | null {
    if (stage.amount == null || stage.currency == null) return null;
    return { amount: stage.amount.toString(), currency: stage.currency, asReported: stage.amountAsReported };
  }

  @FieldResolver(() => Commitment, { description: "The commitment this is a step of." })
  commitment(@Root() stage: CommitmentStage, @Ctx() { loaders }: Context) {
    return loaders.commitment.load(stage.commitmentId);
  }

  @FieldResolver(() => Actor, { description: "Who provides at this step: the given provider, else the committer." })
  async provider(@Root() stage: CommitmentStage, @Ctx() { loaders }: Context) {
    if (stage.providerId) return loaders.actor.load(stage.providerId);
    const commitment = required(await loaders.commitment.load(stage.commitmentId), `Commitment ${stage.commitmentId}`);
    return loaders.actor.load(commitment.committerId);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: "Who receives at this step: the given receiver, else the beneficiary (if any).",
  })
  async receiver(@Root() stage: CommitmentStage, @Ctx() { loaders }: Context) {
    if (stage.receiverId) return loaders.actor.load(stage.receiverId);
    const beneficiaryId = (await loaders.commitment.load(stage.commitmentId))?.beneficiaryId;
    return beneficiaryId ? loaders.actor.load(beneficiaryId) : null;
  }
}
