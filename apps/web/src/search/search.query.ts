import { graphql } from "@accord/sdk";

export const SearchQuery = graphql(`
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 12) {
      totalCount
      edges {
        node {
          __typename
          ... on Actor {
            id
            name
            actorKind: kind
          }
          ... on Engagement {
            id
            title
            engagementKind: kind
            startDate
            startPrecision
          }
          ... on Statement {
            id
            gist
            speaker {
              name
            }
            engagement {
              id
              title
            }
          }
          ... on Commitment {
            id
            description
            status
            committer {
              id
              name
            }
            madeAt: engagement {
              id
            }
          }
        }
      }
    }
  }
`);
