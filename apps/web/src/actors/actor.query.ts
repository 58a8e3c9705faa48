import { graphql } from "@accord/sdk";
import { PageFields } from "../api/page.fragment";
import { PartialDateFields } from "../api/partial-date.fragment";

export const ActorQuery = graphql(`
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
      }
    }
  }
`);

/** An actor's name alone, for headings that name one. */
export const ActorNameQuery = graphql(`
  query ExplorerActorName($id: ID!) {
    node(id: $id) {
      __typename
      ... on Actor {
        name
      }
    }
  }
`);

/** One page of the offices an actor held. */
export const ActorTenuresQuery = graphql(
  `
  query ExplorerActorTenures($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Actor {
        tenures(first: 20, after: $after) {
          totalCount
          edges {
            node {
              id
              start {
                ...PartialDateFields
              }
              end {
                ...PartialDateFields
              }
              office {
                name
                jurisdiction {
                  id
                  name
                }
              }
            }
          }
          pageInfo {
            ...PageFields
          }
        }
      }
    }
  }
`,
  [PageFields, PartialDateFields],
);

/** An actor's engagements for the timeline, oldest first, in one list (up to 5,000 a request): light fields only. */
export const ActorTimelineQuery = graphql(
  `
  query ExplorerActorTimeline($id: ID!, $first: Int!, $after: ID) {
    node(id: $id) {
      __typename
      ... on Actor {
        timeline(first: $first, after: $after) {
          id
          title
          kind
          start {
            ...PartialDateFields
          }
          end {
            ...PartialDateFields
          }
        }
      }
    }
  }
`,
  [PartialDateFields],
);
