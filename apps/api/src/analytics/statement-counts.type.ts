import { Field, ObjectType, registerEnumType } from "type-graphql";
import { StatementKind } from "../common/enums";
import { CountGroup } from "./count-group.type";

export enum StatementCountGroupBy {
  YEAR = "YEAR",
  QUARTER = "QUARTER",
  MONTH = "MONTH",
  SPEAKER = "SPEAKER",
  KIND = "KIND",
  TOPIC = "TOPIC",
}

registerEnumType(StatementCountGroupBy, {
  name: "StatementCountGroupBy",
  description: "What statement counts are grouped by; periods are those of the engagement the statement was made in.",
  valuesConfig: {
    YEAR: { description: "The year of the engagement's start date." },
    QUARTER: {
      description: "The year and quarter of the engagement's start date (quarter null when only the year is known).",
    },
    MONTH: {
      description: "The year and month of the engagement's start date (month null when only the year is known).",
    },
    SPEAKER: { description: "The actor who made the statement." },
    KIND: { description: "The statement's kind." },
    TOPIC: {
      description: "Each topic the statement is tagged with (not its parents); null for statements without topics.",
    },
  },
});

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
