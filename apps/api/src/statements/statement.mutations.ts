import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { writerRoles } from "../auth/auth-checker";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { writeContextOf } from "../writes/write-context";
import { Statement } from "./statement.type";
import { createStatement, deleteStatement, updateStatement } from "./statement.write";
import { CreateStatementInput, UpdateStatementInput } from "./statement-write.input";

@Resolver()
export class StatementMutations {
  @Authorized(...writerRoles)
  @Mutation(() => Statement, {
    description: "Records a statement with its topics and mentions (editor or admin).",
  })
  createStatement(
    @Arg("input", () => CreateStatementInput, { validateFn: validateInput("input") }) input: CreateStatementInput,
    @Ctx() context: Context,
  ) {
    return createStatement({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => Statement, {
    description: "Changes a statement; `version` must be the one you read, else CONFLICT (editor or admin).",
  })
  updateStatement(
    @Arg("input", () => UpdateStatementInput, { validateFn: validateInput("input") }) input: UpdateStatementInput,
    @Ctx() context: Context,
  ) {
    return updateStatement({ ...writeContextOf(context), input });
  }

  @Authorized(...writerRoles)
  @Mutation(() => ID, { description: "Deletes a statement with its citations; returns its ID (editor or admin)." })
  deleteStatement(
    @Arg("id", () => ID, { description: "The statement to delete." }) id: string,
    @Arg("version", () => Int, { nullable: true, description: "If given, must be current." }) version: number | null,
    @Ctx() context: Context,
  ) {
    return deleteStatement({ ...writeContextOf(context), input: { id, version } });
  }
}
