// Q6–Q9: engagement analytics (engagementCounts, counterparts, statementCounts), written once per server.
// PostGraphile answers with @graphile/pg-aggregates where it can express the grouping.
import { rowId } from "./data/shape";
import type { BenchRequest, Unsupported } from "./request";

export type AnalyticsQuery = "Q6" | "Q7" | "Q8" | "Q9";

export const analyticsTitles: Record<AnalyticsQuery, string> = {
  Q6: "engagementCounts by year, kind (series)",
  Q7: "engagementCounts by country, status",
  Q8: "counterparts of a state (20, 5 engagements each)",
  Q9: "statementCounts of a state by kind",
};

/** The state whose counterparts and statements Q8 and Q9 read (about 3,000 participations at 100,000). */
export const analyticsActorIndex = 7;

const graphql = (query: string, variables: object = {}): BenchRequest => ({
  method: "POST",
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});

export function analyticsRequests(
  server: "accord" | "postgraphile" | "floor",
  globalId: (type: string, id: string) => string,
): Record<AnalyticsQuery, BenchRequest | Unsupported> {
  const actorId = rowId("actor", analyticsActorIndex);
  if (server === "floor") {
    return {
      Q6: { method: "GET", path: "/q6" },
      Q7: { method: "GET", path: "/q7" },
      Q8: { method: "GET", path: `/q8?actor=${actorId}` },
      Q9: { method: "GET", path: `/q9?actor=${actorId}` },
    };
  }
  if (server === "postgraphile") {
    return {
      Q6: { unsupported: "pg-aggregates truncates dates to the hour or day only, not the year" },
      Q7: graphql(
        `{ allEngagements { groupedAggregates(groupBy: [COUNTRY_ID, STATUS]) { keys distinctCount { rowId } } } }`,
      ),
      Q8: { unsupported: "no grouping over the participants of another participant's engagements" },
      Q9: graphql(
        `query ($id: UUID!) { allStatements(condition: { speakerId: $id }) { groupedAggregates(groupBy: [KIND]) {
          keys distinctCount { rowId } } } }`,
        { id: actorId },
      ),
    };
  }
  const actor = globalId("Actor", actorId);
  return {
    Q6: graphql(`{ engagementCounts(groupBy: [YEAR, KIND]) { year kind count firstDate lastDate } }`),
    Q7: graphql(`{ engagementCounts(groupBy: [COUNTRY, STATUS]) { country { id name } status count } }`),
    Q8: graphql(
      `query ($id: ID!) { counterparts(actor: $id, first: 20) { edges { node { actor { id name } count firstDate lastDate
        engagements(first: 5) { edges { node { id title startDate } } } } } } }`,
      { id: actor },
    ),
    Q9: graphql(`query ($id: ID!) { statementCounts(filter: { speaker: $id }, groupBy: [KIND]) { kind count } }`, {
      id: actor,
    }),
  };
}
