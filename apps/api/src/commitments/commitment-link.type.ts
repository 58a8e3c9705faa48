import { Field, ObjectType } from "type-graphql";
import { CommitmentLinkKind } from "../common/enums";
import { LinkDirection } from "./link-direction";

@ObjectType("CommitmentLink", {
  description:
    "A link between two commitments. C1 FOLLOWS C2 shows on C1 as OUTGOING FOLLOWS C2 and on C2 as INCOMING FOLLOWS C1 (C2 is followed by C1).",
})
export class CommitmentLink {
  @Field(() => CommitmentLinkKind, { description: "How the two relate." })
  kind!: CommitmentLinkKind;

  @Field(() => LinkDirection, { description: "OUTGOING: this one → other; INCOMING: other → this one." })
  direction!: LinkDirection;

  otherId!: string;
}
