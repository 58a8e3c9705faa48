import { graphql } from "@accord/sdk";

/** What usePagedList and the SDK's paginate read of every connection: whether there is more, and from where. */
export const PageFields = graphql(`
  fragment PageFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
