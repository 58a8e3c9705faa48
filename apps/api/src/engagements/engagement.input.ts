import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { EngagementKind, EngagementStatus } from "../common/enums";
import { OrderDirection } from "../common/order-direction";
import { DateRangeInput } from "../dates/date-range.input";
import { EngagementOrderField } from "./engagement-order";

@InputType("ParticipantsFilter", {
  description:
    "Actors taking part. An actor takes part when it is a participant or when a participant represents it: the Republic of Korea takes part in the Cho–Rutte meeting through Cho Tae-yul.",
})
export class ParticipantsFilter {
  @Field(() => [ID], { nullable: true, description: "Engagements in which at least one of these actors takes part." })
  anyOf?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Engagements in which every one of these actors takes part." })
  allOf?: string[] | null;
}

@InputType("EngagementFilter", { description: "Conditions an engagement must all meet." })
export class EngagementFilter {
  @Field(() => ParticipantsFilter, { nullable: true, description: "Who takes part, directly or represented." })
  participants?: ParticipantsFilter | null;

  @Field(() => [EngagementKind], { nullable: true, description: "Any of these kinds." })
  kind?: EngagementKind[] | null;

  @Field(() => [EngagementStatus], { nullable: true, description: "Any of these statuses." })
  status?: EngagementStatus[] | null;

  @Field(() => DateRangeInput, {
    nullable: true,
    description:
      "Engagements whose days overlap the range (match: OVERLAPS) or lie wholly in it (WITHIN). A partial date counts as its whole period: a briefing dated only '2024' overlaps June 2024 and is within 2024.",
  })
  date?: DateRangeInput | null;

  @Field(() => ID, { nullable: true, description: "The country (an Actor) where the engagement took place." })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: "On this topic or any of its sub-topics (a Topic ID)." })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: "On the topic with this slug or any of its sub-topics." })
  topicSlug?: string | null;

  @Field(() => ID, { nullable: true, description: "Side engagements of this engagement (an Engagement ID)." })
  parent?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only engagements that have side engagements (a journey made of trips); false: only those without, so counting trips counts no journey twice.",
  })
  hasSideEngagements?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Full-text search over title, summary, place and city; each word matches as a prefix, accents ignored.",
  })
  text?: string | null;
}

@InputType("EngagementOrder", { description: "How to sort engagements; ties are broken by ID." })
export class EngagementOrder {
  @Field(() => EngagementOrderField, { description: "The field to sort by." })
  field!: EngagementOrderField;

  @Field(() => OrderDirection, { description: "Ascending or descending." })
  direction!: OrderDirection;
}

@ArgsType()
export class EngagementPageArgs extends ConnectionArgs {
  @Field(() => EngagementOrder, { nullable: true, description: "Sort order; newest start date first by default." })
  orderBy?: EngagementOrder | null;
}

@ArgsType()
export class EngagementsArgs extends EngagementPageArgs {
  @Field(() => EngagementFilter, { nullable: true, description: "Conditions the engagements must meet." })
  filter?: EngagementFilter | null;
}
