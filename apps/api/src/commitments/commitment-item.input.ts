import { Field, InputType } from "type-graphql";
import { IsEnum, IsString, Matches, MaxLength, MinLength } from "../common/class-validator";
import { ValuationMethod } from "../common/enums";
import { DecimalScalar } from "../common/scalars";
import { OptionalOrNull } from "../writes/input-rules";

@InputType("CommitmentItemInput", {
  description: "An item given in kind: what, how many, and an estimated value with how it was found.",
})
export class CommitmentItemInput {
  @Field(() => String, { description: "What the item is." })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'How many, exact ("40", "2.5").' })
  @OptionalOrNull()
  @IsString()
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'What the quantity counts ("units", "rounds").' })
  @OptionalOrNull()
  @IsString()
  @MaxLength(100)
  unit?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Estimated value, exact, with a currency." })
  @OptionalOrNull()
  @IsString()
  estimatedValue?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the estimated value." })
  @OptionalOrNull()
  @Matches(/^[A-Z]{3}$/, { message: "currency must be three capital letters (ISO 4217), e.g. USD" })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: "The value as the source wrote it." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(200)
  valueAsReported?: string | null;

  @Field(() => ValuationMethod, { nullable: true, description: "How the estimated value was found (needs a value)." })
  @OptionalOrNull()
  @IsEnum(ValuationMethod)
  valuationMethod?: ValuationMethod | null;

  @Field(() => String, { nullable: true, description: "Where the value comes from, in words." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(2000)
  valuationNote?: string | null;
}
