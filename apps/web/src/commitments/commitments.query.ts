import { graphql } from "@accord/sdk";
import { CommitmentPageFields } from "./commitment-page.fragment";

/** One page of the commitments a filter selects: an actor's made or received, or the ones behind a bar. */
export const CommitmentsQuery = graphql(
  `
    query ExplorerCommitments($filter: CommitmentFilter, $after: String) {
      commitments(filter: $filter, first: 20, after: $after) {
        ...CommitmentPageFields
      }
    }
  `,
  [CommitmentPageFields],
);
