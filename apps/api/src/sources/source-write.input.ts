import { IsArray, IsDate, IsEnum, IsInt, IsString, IsUrl, Matches, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { SourceKind } from "../common/enums";
import { DateScalar } from "../common/scalars";
import { languageTagPattern, NotNullIfPresent, OptionalOrNull } from "../writes/input-rules";

@InputType("SourceFieldsBase", { description: "Fields shared by source inputs (not used directly)." })
class SourceFields {
  @Field(() => ID, { nullable: true, description: "Who published it (an Actor)." })
  @OptionalOrNull()
  @IsString()
  publisherId?: string | null;

  @Field(() => String, { nullable: true, description: "Where it can be read (http or https)." })
  @OptionalOrNull()
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "url must be an http(s) URL" })
  @MaxLength(2000)
  url?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it was published." })
  @OptionalOrNull()
  @IsDate()
  publishedOn?: Date | null;

  @Field(() => String, { nullable: true, description: "BCP 47 language tag of the text." })
  @OptionalOrNull()
  @Matches(languageTagPattern, { message: "language must be a BCP 47 tag such as en, ko or pt-BR" })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "The full text, so that citations' offsets can be checked." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(2_000_000)
  content?: string | null;

  @Field(() => [ID], { nullable: true, description: "The authors (Actors), in order (replaces them)." })
  @NotNullIfPresent()
  @IsArray()
  @IsString({ each: true })
  authorIds?: string[];
}

@InputType("CreateSourceInput", { description: "A new source: an article, an official record, a data set." })
export class CreateSourceInput extends SourceFields {
  @Field(() => SourceKind, { description: "The kind of document." })
  @IsEnum(SourceKind)
  kind!: SourceKind;

  @Field(() => String, { description: "The title." })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  title!: string;
}

@InputType("UpdateSourceInput", { description: "Changes to a source; absent fields stay as they are." })
export class UpdateSourceInput extends SourceFields {
  @Field(() => ID, { description: "The source to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => SourceKind, { nullable: true, description: "The kind of document." })
  @NotNullIfPresent()
  @IsEnum(SourceKind)
  kind?: SourceKind;

  @Field(() => String, { nullable: true, description: "The title." })
  @NotNullIfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  title?: string;
}
