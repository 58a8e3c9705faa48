import { graphql } from "@accord/sdk";
import { PageFields } from "../api/page.fragment";
import { CommitmentFields } from "./commitment.fragment";

/** A page of commitments as every commitment list reads it: the count, each commitment, and where the next begins. */
export const CommitmentPageFields = graphql(
  `
    fragment CommitmentPageFields on CommitmentConnection {
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
  `,
  [CommitmentFields, PageFields],
);
