import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { Commitment } from "./commitment.type";
import { AddCommitmentStageInput } from "./commitment-stage.input";
import { addCommitmentStage } from "./commitment-stage.write";

@Resolver()
export class CommitmentStageMutations {
  @Authorized(...writerRoles)
  @Mutation(() => Commitment, {
    description:
      "Appends a stage (pledged, committed, disbursed …) with its own money and date; the commitment's status follows it; `version` must be current, else CONFLICT (editor or admin).",
  })
  addCommitmentStage(
    @Arg("input", () => AddCommitmentStageInput, { validateFn: validateInput("input") }) input: AddCommitmentStageInput,
    @Ctx() context: Context,
  ) {
    return addCommitmentStage({ ...writeContextOf(context), input });
  }
}
