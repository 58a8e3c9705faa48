import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../common/node";

@ObjectType("Citation", {
  implements: Node,
  description:
    "Ties one engagement, statement, commitment or commitment stage to the passage of a source it comes from.",
})
export class Citation extends Node {
  @Field(() => String, {
    nullable: true,
    description: "The quoted passage, exactly as it stands in the source between the offsets.",
  })
  quote!: string | null;

  @Field(() => Int, { nullable: true, description: "Where the passage starts in the source's content (0-based)." })
  startOffset!: number | null;

  @Field(() => Int, { nullable: true, description: "Where the passage ends in the source's content (exclusive)." })
  endOffset!: number | null;

  @Field(() => String, { nullable: true, description: "Where in the source when offsets do not apply (file, record)." })
  locator!: string | null;

  sourceId!: string;
  engagementId!: string | null;
  statementId!: string | null;
  commitmentId!: string | null;
  commitmentStageId!: string | null;
}
