import { Field, ObjectType } from "type-graphql";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { EngagementKind, EngagementStatus } from "../common/enums";
import { CountGroup, periodGroups } from "./count-group.type";

export const EngagementCountGroupBy = describedEnum(
  "EngagementCountGroupBy",
  "What engagement counts are grouped by.",
  {
    ...periodGroups("the start date"),
    KIND: "The engagement's kind.",
    STATUS: "The engagement's status.",
    COUNTRY: "The country where it took place (null: not recorded).",
    TOPIC: "Each topic on its agenda, as tagged (not its parents); null for engagements without topics.",
    PARTICIPANT: "Each participant (the actor itself, not whom it represents).",
    REPRESENTED:
      "Each actor a participant represents (counted once per engagement); null when nobody represents anyone.",
  },
);
export type EngagementCountGroupBy = EnumOf<typeof EngagementCountGroupBy>;

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
