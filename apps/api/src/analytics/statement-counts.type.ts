import { Field, ObjectType } from "type-graphql";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { StatementKind } from "../common/enums";
import { CountGroup, periodGroups } from "./count-group.type";

export const StatementCountGroupBy = describedEnum(
  "StatementCountGroupBy",
  "What statement counts are grouped by; periods are those of the engagement the statement was made in.",
  {
    ...periodGroups("the engagement's start date"),
    SPEAKER: "The actor who made the statement.",
    KIND: "The statement's kind.",
    TOPIC: "Each topic the statement is tagged with (not its parents); null for statements without topics.",
  },
);
export type StatementCountGroupBy = EnumOf<typeof StatementCountGroupBy>;

@ObjectType("StatementCount", {
  implements: CountGroup,
  description: "How many statements fall in one group, with the first and last date; keys not grouped by are null.",
})
export class StatementCount extends CountGroup {
  @Field(() => StatementKind, { nullable: true, description: "The kind, when grouped by KIND." })
  kind!: StatementKind | null;

  speakerId!: string | null;
  topicId!: string | null;
}
