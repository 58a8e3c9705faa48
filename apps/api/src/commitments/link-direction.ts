import { describedEnum, type EnumOf } from "../common/described-enum";

export const LinkDirection = describedEnum(
  "CommitmentLinkDirection",
  "Which way a link between two commitments runs, seen from the commitment asked about.",
  {
    OUTGOING: "This commitment FOLLOWS / SUPERSEDES / RESTATES / is PART_OF the other.",
    INCOMING: "The other commitment FOLLOWS / SUPERSEDES / RESTATES / is PART_OF this one.",
  },
);
export type LinkDirection = EnumOf<typeof LinkDirection>;
