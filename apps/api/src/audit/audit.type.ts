import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../common/scalars";
import { JSONScalar } from "./json.scalar";

@ObjectType("AuditEntry", { description: "One write to Accord: who made it, when, and what changed." })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's number; entries are numbered in the order they were written." })
  id!: string;

  @Field(() => DateTimeScalar, { description: "When the write was committed." })
  at!: Date;

  @Field(() => String, { description: "The name of the token that wrote it, as it was then." })
  actorLabel!: string;

  @Field(() => ID, { nullable: true, description: "The database ID of that token (null once the token is deleted)." })
  tokenId!: string | null;

  @Field(() => String, { description: "CREATE, UPDATE, DELETE or MERGE." })
  action!: string;

  @Field(() => String, { description: "The type of record written (Actor, Engagement …)." })
  entityType!: string;

  @Field(() => ID, { description: "The global ID of the record written (it may have been deleted since)." })
  entityId!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "What changed: { field: { before, after } } for each field that changed, plus details of merges.",
  })
  changes!: unknown;
}
