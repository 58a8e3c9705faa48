import { registerEnumType } from "type-graphql";

export enum LinkDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}

registerEnumType(LinkDirection, {
  name: "CommitmentLinkDirection",
  description: "Which way a link between two commitments runs, seen from the commitment asked about.",
  valuesConfig: {
    OUTGOING: { description: "This commitment FOLLOWS / SUPERSEDES / RESTATES / is PART_OF the other." },
    INCOMING: { description: "The other commitment FOLLOWS / SUPERSEDES / RESTATES / is PART_OF this one." },
  },
});
