import { IsArray, IsEnum, IsInt, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ActorKind } from "../common/enums";
import { DateScalar } from "../common/scalars";
import { languageTagPattern, NotNullIfPresent, OptionalOrNull, schemePattern } from "../writes/input-rules";

@InputType("ActorAliasInput", { description: "Another name an actor is known by." })
export class ActorAliasInput {
  @Field(() => String, { description: "The name (e.g. South Korea, ROK, 대한민국)." })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true, description: "BCP 47 language tag (en, ko); null for acronyms." })
  @OptionalOrNull()
  @Matches(languageTagPattern, { message: "language must be a BCP 47 tag such as en, ko or pt-BR" })
  language?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the name came into use, if known." })
  validFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "When the name went out of use, if known." })
  validTo?: Date | null;
}

@InputType("ActorIdentifierInput", { description: "An identifier of an actor in a scheme." })
export class ActorIdentifierInput {
  @Field(() => String, { description: "The scheme (iso3166-1-alpha2, wikidata …)." })
  @Matches(schemePattern, { message: "scheme must be lower-case letters, digits, '.', '_' or '-' (at most 64)" })
  scheme!: string;

  @Field(() => String, { description: "The value, unique within its scheme (KR, Q884 …)." })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  value!: string;
}

@InputType("CreateActorInput", { description: "A new actor with its aliases and identifiers." })
export class CreateActorInput {
  @Field(() => ActorKind, { description: "What kind of party the actor is." })
  @IsEnum(ActorKind)
  kind!: ActorKind;

  @Field(() => String, { description: "The name Accord shows." })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true, description: "A short description." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The organisation this actor is a body of." })
  parentId?: string | null;

  @Field(() => [ActorAliasInput], { nullable: true, description: "Other names." })
  @OptionalOrNull()
  @IsArray()
  @ValidateNested({ each: true })
  aliases?: ActorAliasInput[] | null;

  @Field(() => [ActorIdentifierInput], { nullable: true, description: "Identifiers in schemes." })
  @OptionalOrNull()
  @IsArray()
  @ValidateNested({ each: true })
  identifiers?: ActorIdentifierInput[] | null;
}

@InputType("UpdateActorInput", {
  description: "Changes to an actor; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateActorInput {
  @Field(() => ID, { description: "The actor to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ActorKind, { nullable: true, description: "What kind of party the actor is." })
  @NotNullIfPresent()
  @IsEnum(ActorKind)
  kind?: ActorKind;

  @Field(() => String, { nullable: true, description: "The name Accord shows." })
  @NotNullIfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @Field(() => String, { nullable: true, description: "A short description; null clears it." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The organisation this actor is a body of; null clears it." })
  parentId?: string | null;

  @Field(() => [ActorAliasInput], { nullable: true, description: "Replaces all aliases." })
  @NotNullIfPresent()
  @IsArray()
  @ValidateNested({ each: true })
  aliases?: ActorAliasInput[];

  @Field(() => [ActorIdentifierInput], { nullable: true, description: "Replaces all identifiers." })
  @NotNullIfPresent()
  @IsArray()
  @ValidateNested({ each: true })
  identifiers?: ActorIdentifierInput[];
}
