import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsString, MaxLength } from "../common/class-validator";
import { DateTimeScalar } from "../common/scalars";

@InputType("AuditLogFilter", { description: "Which audit entries to return; all conditions must hold." })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Only writes to the record with this global ID." })
  @IsOptional()
  @IsString()
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: "Only writes to records of this type (Actor, Engagement …)." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only writes at or after this moment." })
  @IsOptional()
  since?: Date | null;
}
