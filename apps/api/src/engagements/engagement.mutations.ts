import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { Engagement } from "./engagement.type";
import { createEngagement, deleteEngagement, updateEngagement } from "./engagement.write";
import { CreateEngagementInput, UpdateEngagementInput } from "./engagement-write.input";

@Resolver()
export class EngagementMutations {
  @Authorized(...writerRoles)
  @Mutation(() => Engagement, {
    description: "Creates an engagement with its participants and topics (editor or admin).",
  })
  createEngagement(
    @Arg("input", () => CreateEngagementInput, { validateFn: validateInput("input") }) input: CreateEngagementInput,
    @Ctx() context: Context,
  ) {
    return createEngagement({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Engagement, {
    description: "Changes an engagement; `version` must be the one you read, else CONFLICT (editor or admin).",
  })
  updateEngagement(
    @Arg("input", () => UpdateEngagementInput, { validateFn: validateInput("input") }) input: UpdateEngagementInput,
    @Ctx() context: Context,
  ) {
    return updateEngagement({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, {
    description:
      "Deletes an engagement with its participants, statements and citations; its commitments stay, unlinked. Returns its ID (editor or admin).",
  })
  deleteEngagement(
    @Arg("id", () => ID, { description: "The engagement to delete." }) id: string,
    @Arg("version", () => Int, { nullable: true, description: "If given, must be current." }) version: number | null,
    @Ctx() context: Context,
  ) {
    return deleteEngagement({ ...writeContextOf(context), input: { id, version } });
  }
}
