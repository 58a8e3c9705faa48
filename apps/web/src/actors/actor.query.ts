import { graphql } from "@accord/sdk";
import { PageFields } from "../api/page.fragment";

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
                iso
                precision
              }
              end {
                iso
                precision
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
  [PageFields],
);

/** One page of an actor's engagements; the timeline walks every page. */
export const ActorEngagementsQuery = graphql(
  `
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
              start {
                start
                end
                iso
                precision
              }
              end {
                start
                end
                iso
                precision
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
  [PageFields],
);
