import { Field, ObjectType, registerEnumType } from "type-graphql";
import { CommitmentLinkKind } from "../common/enums";

export enum LinkDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}

registerEnumType(LinkDirection, {
  name: "CommitmentLinkDirection",
  description: "Which way a link between two commitments runs, seen from the commitment asked about.",
  valuesConfig: {
    OUTGOING: { description: "This commitment FOLLOWS / SUPERSEDES / is PART_OF the other." },
    INCOMING: { description: "The other commitment FOLLOWS / SUPERSEDES / is PART_OF this one." },
  },
});

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
