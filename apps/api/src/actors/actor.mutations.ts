import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { Actor } from "./actor.type";
import { createActor, deleteActor, updateActor } from "./actor.write";
import { mergeActors } from "./actor-merge.write";
import { CreateActorInput, UpdateActorInput } from "./actor-write.input";

@Resolver()
export class ActorMutations {
  @Authorized(...writerRoles)
  @Mutation(() => Actor, { description: "Creates an actor with its aliases and identifiers (editor or admin)." })
  createActor(
    @Arg("input", () => CreateActorInput, { validateFn: validateInput("input") }) input: CreateActorInput,
    @Ctx() context: Context,
  ) {
    return createActor({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Actor, {
    description: "Changes an actor; `version` must be the one you read, else CONFLICT (editor or admin).",
  })
  updateActor(
    @Arg("input", () => UpdateActorInput, { validateFn: validateInput("input") }) input: UpdateActorInput,
    @Ctx() context: Context,
  ) {
    return updateActor({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, {
    description: "Deletes an actor without statements or commitments; returns its ID (editor or admin).",
  })
  deleteActor(
    @Arg("id", () => ID, { description: "The actor to delete." }) id: string,
    @Arg("version", () => Int, { nullable: true, description: "If given, must be current." }) version: number | null,
    @Ctx() context: Context,
  ) {
    return deleteActor({ ...writeContextOf(context), input: { id, version } });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Actor, {
    description:
      "Merges two records of the same actor: every reference moves to `keepId`, the other's name, aliases and identifiers are kept, then it is deleted (editor or admin).",
  })
  mergeActors(
    @Arg("keepId", () => ID, { description: "The actor that stays." }) keepId: string,
    @Arg("mergeId", () => ID, { description: "The duplicate, deleted after its references move." }) mergeId: string,
    @Arg("keepVersion", () => Int, { nullable: true, description: "If given, the version of the keeper you read." })
    keepVersion: number | null,
    @Ctx() context: Context,
  ) {
    return mergeActors({ ...writeContextOf(context), input: { keepId, mergeId, keepVersion } });
  }
}
