import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { Commitment } from "./commitment.type";
import { createCommitment, deleteCommitment, updateCommitment } from "./commitment.write";
import { CreateCommitmentInput, UpdateCommitmentInput } from "./commitment-write.input";

@Resolver()
export class CommitmentMutations {
  @Authorized(...writerRoles)
  @Mutation(() => Commitment, {
    description: "Records a commitment; its status starts its history (editor or admin).",
  })
  createCommitment(
    @Arg("input", () => CreateCommitmentInput, { validateFn: validateInput("input") }) input: CreateCommitmentInput,
    @Ctx() context: Context,
  ) {
    return createCommitment({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Commitment, {
    description:
      "Changes a commitment; a new status appends to its history; `version` must be current, else CONFLICT (editor or admin).",
  })
  updateCommitment(
    @Arg("input", () => UpdateCommitmentInput, { validateFn: validateInput("input") }) input: UpdateCommitmentInput,
    @Ctx() context: Context,
  ) {
    return updateCommitment({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, {
    description: "Deletes a commitment with its history, links and citations; returns its ID (editor or admin).",
  })
  deleteCommitment(
    @Arg("id", () => ID, { description: "The commitment to delete." }) id: string,
    @Arg("version", () => Int, { nullable: true, description: "If given, must be current." }) version: number | null,
    @Ctx() context: Context,
  ) {
    return deleteCommitment({ ...writeContextOf(context), input: { id, version } });
  }
}
