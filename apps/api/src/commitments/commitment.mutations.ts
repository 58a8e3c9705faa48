import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { createCommitment, deleteCommitment, updateCommitment } from "./commitment.write";
import { CreateCommitmentInput, UpdateCommitmentInput } from "./commitment-write.input";

@Resolver()
export class CommitmentMutations {
  @Authorized(...writerRoles)
  @Mutation(() => ID, {
    description: "Records a commitment; its status starts its history. Returns its ID (editor or admin).",
  })
  async createCommitment(
    @Arg("input", () => CreateCommitmentInput, { validateFn: validateInput("input") }) input: CreateCommitmentInput,
    @Ctx() context: Context,
  ) {
    return toGlobalId("Commitment", (await createCommitment({ ...writeContextOf(context), input })).id);
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, {
    description:
      "Changes a commitment; a new status appends to its history; `version` must be current, else CONFLICT. Returns its ID (editor or admin).",
  })
  async updateCommitment(
    @Arg("input", () => UpdateCommitmentInput, { validateFn: validateInput("input") }) input: UpdateCommitmentInput,
    @Ctx() context: Context,
  ) {
    return toGlobalId("Commitment", (await updateCommitment({ ...writeContextOf(context), input })).id);
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
