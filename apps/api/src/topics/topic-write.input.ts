import { IsString, Matches, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NotNullIfPresent, OptionalOrNull } from "../writes/input-rules";

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugMessage = "slug must be lower-case letters and digits joined by single hyphens (russia-dprk)";

@InputType("CreateTopicInput", { description: "A new topic, at the root or under a parent." })
export class CreateTopicInput {
  @Field(() => String, { description: "Stable, URL-safe key, unique among all topics." })
  @Matches(slugPattern, { message: slugMessage })
  @MaxLength(100)
  slug!: string;

  @Field(() => String, { description: "The topic's name." })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true, description: "What the topic covers." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The parent topic; none for a root topic." })
  @OptionalOrNull()
  @IsString()
  parentId?: string | null;
}

@InputType("UpdateTopicInput", {
  description: "Changes to a topic; absent fields stay. A new slug or parent moves its sub-topics' paths too.",
})
export class UpdateTopicInput {
  @Field(() => ID, { description: "The topic to change." })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: "Stable, URL-safe key." })
  @NotNullIfPresent()
  @Matches(slugPattern, { message: slugMessage })
  @MaxLength(100)
  slug?: string;

  @Field(() => String, { nullable: true, description: "The topic's name." })
  @NotNullIfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @Field(() => String, { nullable: true, description: "What the topic covers; null clears it." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The parent topic; null makes it a root topic." })
  @OptionalOrNull()
  @IsString()
  parentId?: string | null;
}
