import { Field, ObjectType, registerEnumType } from "type-graphql";
import { EngagementKind, EngagementStatus } from "../common/enums";
import { CountGroup } from "./count-group.type";

export enum EngagementCountGroupBy {
  YEAR = "YEAR",
  QUARTER = "QUARTER",
  MONTH = "MONTH",
  KIND = "KIND",
  STATUS = "STATUS",
  COUNTRY = "COUNTRY",
  TOPIC = "TOPIC",
  PARTICIPANT = "PARTICIPANT",
  REPRESENTED = "REPRESENTED",
}

registerEnumType(EngagementCountGroupBy, {
  name: "EngagementCountGroupBy",
  description: "What engagement counts are grouped by.",
  valuesConfig: {
    YEAR: { description: "The year of the start date." },
    QUARTER: { description: "The year and quarter of the start date (quarter null when only the year is known)." },
    MONTH: { description: "The year and month of the start date (month null when only the year is known)." },
    KIND: { description: "The engagement's kind." },
    STATUS: { description: "The engagement's status." },
    COUNTRY: { description: "The country where it took place (null: not recorded)." },
    TOPIC: {
      description: "Each topic on its agenda, as tagged (not its parents); null for engagements without topics.",
    },
    PARTICIPANT: { description: "Each participant (the actor itself, not whom it represents)." },
    REPRESENTED: {
      description:
        "Each actor a participant represents (counted once per engagement); null when nobody represents anyone.",
    },
  },
});

@ObjectType("EngagementCount", {
  implements: CountGroup,
  description: "How many engagements fall in one group, with the first and last date; keys not grouped by are null.",
})
export class EngagementCount extends CountGroup {
  @Field(() => EngagementKind, { nullable: true, description: "The kind, when grouped by KIND." })
  kind!: EngagementKind | null;

  @Field(() => EngagementStatus, { nullable: true, description: "The status, when grouped by STATUS." })
  status!: EngagementStatus | null;

  countryId!: string | null;
  topicId!: string | null;
  participantId!: string | null;
  representedId!: string | null;
}
