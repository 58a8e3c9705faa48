import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { Citation } from "./citation.type";
import { createCitation, deleteCitation, updateCitation } from "./citation.write";
import { CreateCitationInput, UpdateCitationInput } from "./citation-write.input";
import { Source } from "./source.type";
import { createSource, deleteSource, updateSource } from "./source.write";
import { CreateSourceInput, UpdateSourceInput } from "./source-write.input";

@Resolver()
export class SourceMutations {
  @Authorized(...writerRoles)
  @Mutation(() => Source, { description: "Records a source with its authors (editor or admin)." })
  createSource(
    @Arg("input", () => CreateSourceInput, { validateFn: validateInput("input") }) input: CreateSourceInput,
    @Ctx() context: Context,
  ) {
    return createSource({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Source, {
    description: "Changes a source; `version` must be the one you read, else CONFLICT (editor or admin).",
  })
  updateSource(
    @Arg("input", () => UpdateSourceInput, { validateFn: validateInput("input") }) input: UpdateSourceInput,
    @Ctx() context: Context,
  ) {
    return updateSource({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, { description: "Deletes a source with all its citations; returns its ID (editor or admin)." })
  deleteSource(
    @Arg("id", () => ID, { description: "The source to delete." }) id: string,
    @Arg("version", () => Int, { nullable: true, description: "If given, must be current." }) version: number | null,
    @Ctx() context: Context,
  ) {
    return deleteSource({ ...writeContextOf(context), input: { id, version } });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Citation, {
    description: "Cites a source for an engagement, statement or commitment (editor or admin).",
  })
  createCitation(
    @Arg("input", () => CreateCitationInput, { validateFn: validateInput("input") }) input: CreateCitationInput,
    @Ctx() context: Context,
  ) {
    return createCitation({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Citation, {
    description: "Changes a citation's passage (quote, offsets, locator) (editor or admin).",
  })
  updateCitation(
    @Arg("input", () => UpdateCitationInput, { validateFn: validateInput("input") }) input: UpdateCitationInput,
    @Ctx() context: Context,
  ) {
    return updateCitation({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, { description: "Deletes a citation; returns its ID (editor or admin)." })
  deleteCitation(@Arg("id", () => ID, { description: "The citation to delete." }) id: string, @Ctx() context: Context) {
    return deleteCitation({ ...writeContextOf(context), input: { id } });
  }
}
