import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { Topic } from "./topic.type";
import { createTopic, deleteTopic, updateTopic } from "./topic.write";
import { CreateTopicInput, UpdateTopicInput } from "./topic-write.input";

@Resolver()
export class TopicMutations {
  @Authorized(...writerRoles)
  @Mutation(() => Topic, { description: "Creates a topic (editor or admin)." })
  createTopic(
    @Arg("input", () => CreateTopicInput, { validateFn: validateInput("input") }) input: CreateTopicInput,
    @Ctx() context: Context,
  ) {
    return createTopic({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Topic, {
    description: "Changes a topic; a new slug or parent moves its sub-topics too (editor or admin).",
  })
  updateTopic(
    @Arg("input", () => UpdateTopicInput, { validateFn: validateInput("input") }) input: UpdateTopicInput,
    @Ctx() context: Context,
  ) {
    return updateTopic({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, { description: "Deletes a topic without sub-topics; returns its ID (editor or admin)." })
  deleteTopic(@Arg("id", () => ID, { description: "The topic to delete." }) id: string, @Ctx() context: Context) {
    return deleteTopic({ ...writeContextOf(context), input: { id } });
  }
}
