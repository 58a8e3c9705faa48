import { createUnionType } from "type-graphql";
import { Commitment } from "../commitments/commitment.type";
import { CommitmentStage } from "../commitments/commitment-stage.type";
import { Engagement } from "../engagements/engagement.type";
import { Statement } from "../statements/statement.type";

/** What a citation supports; rows are tagged with __typename by the citation resolver. */
export const CitedRecord = createUnionType({
  name: "CitedRecord",
  description: "The engagement, statement, commitment or commitment stage a citation supports.",
  types: () => [Engagement, Statement, Commitment, CommitmentStage] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});
