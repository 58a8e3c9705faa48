import { graphql } from "@accord/sdk";
import { PageFields } from "../api/page.fragment";
import { PartialDateFields } from "../api/partial-date.fragment";
import { CommitmentPageFields } from "../commitments/commitment-page.fragment";

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
        start {
          ...PartialDateFields
        }
        end {
          ...PartialDateFields
        }
        city
        place
        country {
          id
          name
        }
        parent {
          id
          title
          start {
            ...PartialDateFields
          }
        }
        topics {
          slug
          name
        }
        citations {
          id
        }
      }
    }
  }
`,
  [PartialDateFields],
);

/** One page of an engagement's participants (100 a page), in the order the source names them. */
export const EngagementParticipantsQuery = graphql(
  `
  query ExplorerEngagementParticipants($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Engagement {
        participantsConnection(first: 100, after: $after) {
          totalCount
          edges {
            node {
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

/** One page of an engagement's statements, in the source's order. */
export const EngagementStatementsQuery = graphql(
  `
  query ExplorerEngagementStatements($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Engagement {
        statements(first: 20, after: $after) {
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

/** One page of the commitments made at an engagement. */
export const EngagementCommitmentsQuery = graphql(
  `
    query ExplorerEngagementCommitments($id: ID!, $after: String) {
      node(id: $id) {
        __typename
        ... on Engagement {
          commitments(first: 20, after: $after) {
            ...CommitmentPageFields
          }
        }
      }
    }
  `,
  [CommitmentPageFields],
);

/** One page of the engagements held on an engagement's sidelines. */
export const SideEngagementsQuery = graphql(
  `
  query ExplorerSideEngagements($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Engagement {
        sideEngagements(first: 20, after: $after) {
          totalCount
          edges {
            node {
              id
              title
              start {
                ...PartialDateFields
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
