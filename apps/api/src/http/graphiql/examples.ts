import type { ExampleIds } from "./example-ids";

/** One tab the IDE opens with: a question from the seed article and the query that answers it. */
export type GraphiqlExample = { title: string; query: string; variables?: Record<string, unknown> };

/** Example tabs answering the questions in shared/seed/FACTS.md; `ids` fills their variables. */
export const graphiqlExamples = (ids: ExampleIds): GraphiqlExample[] => [
  {
    title: "Engagements, newest first",
    query: `# Which engagements does Accord know, and who took part?
# The Cho Tae-yul – Mark Rutte meeting (NATO headquarters, 2025-04-02) is one of them.
query Engagements {
  engagements(first: 10) {
    totalCount
    edges {
      node {
        id
        title
        kind
        startDate
        startPrecision
        dateInferred
        place
        city
        parent { title }
        participants {
          role
          titleAsReported
          actor { name kind }
          represents { name }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    title: "One engagement by ID",
    query: `# The Cho Tae-yul – Mark Rutte meeting by its global ID (any record can be fetched
# again by the ID another query returned): who represented whom, and where.
query EngagementById($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Engagement {
      title
      summary
      startDate
      startPrecision
      dateInferred
      country { name }
      participants { role actor { name } represents { name } }
    }
  }
}
`,
    variables: { id: ids.choRutteMeeting ?? "" },
  },
];
