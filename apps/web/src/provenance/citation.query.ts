import { graphql } from "@accord/sdk";

export const CitationQuery = graphql(`
  query ExplorerCitation($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Citation {
        quote
        locator
        startOffset
        endOffset
        record {
          __typename
          ... on Statement {
            id
            position
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
            committer {
              id
              name
            }
          }
          ... on Engagement {
            id
            title
          }
        }
        source {
          id
          title
          kind
          language
          publishedOn
          url
          content
          publisher {
            id
            name
          }
          authors {
            id
            name
          }
        }
      }
    }
  }
`);
