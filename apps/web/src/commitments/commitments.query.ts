import { graphql } from "@accord/sdk";
import { CommitmentFields } from "./commitment.fragment";

export const CommitmentsQuery = graphql(
  `
    query ExplorerCommitments($filter: CommitmentFilter) {
      commitments(filter: $filter, first: 100) {
        totalCount
        edges {
          node {
            ...CommitmentFields
          }
        }
      }
    }
  `,
  [CommitmentFields],
);
