import { graphql } from "@accord/sdk";
import { PageFields } from "../api/page.fragment";
import { PartialDateFields } from "../api/partial-date.fragment";

export const SearchQuery = graphql(
  `
  query ExplorerSearch($query: String!, $after: String) {
    search(query: $query, first: 12, after: $after) {
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
            start {
              ...PartialDateFields
            }
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
      pageInfo {
        ...PageFields
      }
    }
  }
`,
  [PageFields, PartialDateFields],
);
