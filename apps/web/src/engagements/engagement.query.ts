import { graphql } from "@accord/sdk";
import { CommitmentFields } from "../commitments/commitment.fragment";

export const EngagementQuery = graphql(
  `
    query ExplorerEngagement($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Engagement {
          title
          kind
          status
          summary
          startDate
          startPrecision
          endDate
          endPrecision
          city
          place
          country {
            id
            name
          }
          parent {
            id
            title
            startDate
            startPrecision
          }
          sideEngagements(first: 50) {
            edges {
              node {
                id
                title
                startDate
                startPrecision
              }
            }
          }
          topics {
            slug
            name
          }
          participants(first: 100) {
            id
            role
            titleAsReported
            actor {
              id
              name
            }
            represents {
              id
              name
            }
          }
          citations {
            id
          }
          statements(first: 100) {
            totalCount
            edges {
              node {
                id
                position
                kind
                gist
                quote
                speaker {
                  id
                  name
                }
                citations {
                  id
                }
              }
            }
          }
          commitments(first: 100) {
            edges {
              node {
                ...CommitmentFields
              }
            }
          }
        }
      }
    }
  `,
  [CommitmentFields],
);
