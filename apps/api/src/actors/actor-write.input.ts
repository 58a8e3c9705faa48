import {
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ActorKind } from "../common/enums";
import { DateScalar } from "../common/scalars";
import { languageTagPattern, OptionalOrNull, schemePattern } from "../writes/input-rules";
import { createFields, field, updateFields } from "../writes/write-inputs";

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

/** Each field of CreateActorInput and UpdateActorInput, declared once. */
const actorFields = {
  kind: field<ActorKind>()({
    kind: "required",
    type: () => ActorKind,
    description: "What kind of party the actor is.",
    rules: [IsEnum(ActorKind)],
  }),
  name: field<string>()({
    kind: "required",
    type: () => String,
    description: "The name Accord shows.",
    rules: [IsString(), MinLength(1), MaxLength(300)],
  }),
  description: field<string>()({
    kind: "optional",
    type: () => String,
    description: "A short description.",
    update: "A short description; null clears it.",
    rules: [IsString(), MaxLength(5000)],
  }),
  parentId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "The organisation this actor is a body of.",
    update: "The organisation this actor is a body of; null clears it.",
    // Checked as an ID where the write decodes it.
    rules: [],
  }),
  validFrom: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "The first day the actor existed as such (a state founded, the Soviet Union on 1922-12-30).",
    update: "The first day the actor existed as such; null clears it.",
    rules: [IsDate()],
  }),
  validTo: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "The last day the actor existed as such (the Soviet Union on 1991-12-26); none while it exists.",
    update: "The last day the actor existed as such; null clears it.",
    rules: [IsDate()],
  }),
  aliases: field<ActorAliasInput[]>()({
    kind: "noClear",
    type: () => [ActorAliasInput],
    description: "Other names.",
    update: "Replaces all aliases.",
    rules: [IsArray(), ValidateNested({ each: true })],
  }),
  identifiers: field<ActorIdentifierInput[]>()({
    kind: "noClear",
    type: () => [ActorIdentifierInput],
    description: "Identifiers in schemes.",
    update: "Replaces all identifiers.",
    rules: [IsArray(), ValidateNested({ each: true })],
  }),
};

@InputType("CreateActorInput", { description: "A new actor with its aliases and identifiers." })
export class CreateActorInput extends createFields("Actor", actorFields) {}

@InputType("UpdateActorInput", {
  description: "Changes to an actor; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateActorInput extends updateFields("Actor", actorFields) {
  @Field(() => ID, { description: "The actor to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;
}
