import { graphql } from "@accord/sdk";
import { CommitmentFields } from "../commitments/commitment.fragment";

export const ActorQuery = graphql(
  `
    query ExplorerActor($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Actor {
          name
          kind
          description
          parent {
            id
            name
          }
          aliases {
            name
          }
          tenures(first: 50) {
            edges {
              node {
                id
                startDate
                startPrecision
                endDate
                endPrecision
                office {
                  name
                  jurisdiction {
                    id
                    name
                  }
                }
              }
            }
          }
          commitmentsMade(first: 50) {
            totalCount
            edges {
              node {
                ...CommitmentFields
              }
            }
          }
          commitmentsReceived(first: 50) {
            totalCount
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

/** One page of an actor's engagements; the timeline walks every page. */
export const ActorEngagementsQuery = graphql(`
  query ExplorerActorEngagements($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Actor {
        engagements(first: 100, after: $after) {
          totalCount
          edges {
            node {
              id
              title
              kind
              startDate
              startPrecision
              spanEnd
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);
