import { graphql } from "@accord/sdk";
import { PageFields } from "../api/page.fragment";
import { CommitmentFields } from "./commitment.fragment";

/** One page of the commitments a filter selects: an actor's made or received, or the ones behind a bar. */
export const CommitmentsQuery = graphql(
  `
    query ExplorerCommitments($filter: CommitmentFilter, $after: String) {
      commitments(filter: $filter, first: 20, after: $after) {
        totalCount
        edges {
          node {
            ...CommitmentFields
          }
        }
        pageInfo {
          ...PageFields
        }
      }
    }
  `,
  [CommitmentFields, PageFields],
);
