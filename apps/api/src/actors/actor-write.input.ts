import { Field, ID, InputType } from "type-graphql";
import { IsString, Matches, MaxLength, MinLength } from "../common/class-validator";
import { ActorKind } from "../common/enums";
import { DateScalar } from "../common/scalars";
import { choice, day, nested, text } from "../writes/field-shapes";
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
  kind: choice(ActorKind, "What kind of party the actor is.", { kind: "required" }),
  name: text("The name Accord shows.", 300, { kind: "required" }),
  description: text("A short description.", 5000, { update: "A short description; null clears it." }),
  parentId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "The organisation this actor is a body of.",
    update: "The organisation this actor is a body of; null clears it.",
    // Checked as an ID where the write decodes it.
    rules: [],
  }),
  validFrom: day("The first day the actor existed as such (a state founded, the Soviet Union on 1922-12-30).", {
    update: "The first day the actor existed as such; null clears it.",
  }),
  validTo: day("The last day the actor existed as such (the Soviet Union on 1991-12-26); none while it exists.", {
    update: "The last day the actor existed as such; null clears it.",
  }),
  aliases: nested(ActorAliasInput, "Other names.", { kind: "noClear", update: "Replaces all aliases." }),
  identifiers: nested(ActorIdentifierInput, "Identifiers in schemes.", {
    kind: "noClear",
    update: "Replaces all identifiers.",
  }),
};

@InputType("CreateActorInput", { description: "A new actor with its aliases and identifiers." })
export class CreateActorInput extends createFields("Actor", actorFields) {}

@InputType("UpdateActorInput", {
  description: "Changes to an actor; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateActorInput extends updateFields("Actor", actorFields, { versioned: true }) {}
