// Suite 1: Q1–Q5, written once per server so each asks for the same records and fields. Suite 2, the
// everyday reads E1–E17: everyday-queries.ts. Suite 3, analytics: Q6–Q9 (analytics-queries.ts) and A1–A31
// (analytics-suite.ts). The probe suite, P1–P26 (reads outside both suites): probe-queries.ts.
import { type AnalyticsQuery, analyticsRequests, analyticsTitles } from "./analytics-queries";
import { type AnalyticsSuiteQuery, analyticsSuiteRequests, analyticsSuiteTitles } from "./analytics-suite";
import { rowId, timelineActorIndex } from "./data/shape";
import { type EverydayContext, type EverydayQuery, everydayRequests, everydayTitles } from "./everyday-queries";
import { type ProbeQuery, probeRequests, probeTitles } from "./probe-queries";
import type { BenchRequest, Unsupported, Workload } from "./request";

export type { BenchRequest } from "./request";
export type ServerName = "accord" | "postgraphile" | "floor";
export type CoreQuery = "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | AnalyticsQuery;
export type QueryName = CoreQuery | EverydayQuery | AnalyticsSuiteQuery | ProbeQuery;

export const queryTitles: Record<QueryName, string> = {
  Q1: "50 engagements + participants, actors, topics",
  Q2: "actor timeline (20) + commitments",
  Q3: "commitmentTotals by committer, currency",
  Q4: 'search("korea"), 20 hits',
  Q5: "deep: 10 × participants × 10 × 10",
  ...analyticsTitles,
  ...everydayTitles,
  ...analyticsSuiteTitles,
  ...probeTitles,
};

const graphql = (query: string, variables: object = {}): BenchRequest => ({
  method: "POST",
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

export function benchRequests(server: ServerName): Record<CoreQuery, BenchRequest | Unsupported> {
  return { ...coreRequests(server), ...analyticsRequests(server, globalId) };
}

/**
 * What each asked query sends to one server. Suite 2's requests are built only when one of its queries
 * is asked: some need cursors the running server writes (`context.ask`).
 */
export async function workloads(
  server: ServerName,
  queries: QueryName[],
  context: EverydayContext,
): Promise<Partial<Record<QueryName, Workload>>> {
  const core = benchRequests(server);
  const everyday = queries.some((query) => query.startsWith("E")) ? await everydayRequests(server, context) : undefined;
  const probe = queries.some((query) => query.startsWith("P")) ? await probeRequests(server, context) : undefined;
  const suite3 = analyticsSuiteRequests(server, context.engagements);
  const picked: Partial<Record<QueryName, Workload>> = {};
  for (const query of queries) {
    const entry = query.startsWith("E")
      ? everyday?.[query as EverydayQuery]
      : query.startsWith("P")
        ? probe?.[query as ProbeQuery]
        : query.startsWith("A")
          ? suite3[query as AnalyticsSuiteQuery]
          : core[query as CoreQuery];
    if (!entry) continue;
    picked[query] = Array.isArray(entry) ? { requests: entry } : "unsupported" in entry ? entry : { requests: [entry] };
  }
  return picked;
}

function coreRequests(server: ServerName): Record<Exclude<CoreQuery, AnalyticsQuery>, BenchRequest> {
  const actorId = rowId("actor", timelineActorIndex);
  if (server === "floor") {
    return {
      Q1: { method: "GET", path: "/q1" },
      Q2: { method: "GET", path: `/q2?actor=${actorId}` },
      Q3: { method: "GET", path: "/q3" },
      Q4: { method: "GET", path: "/q4" },
      Q5: { method: "GET", path: "/q5" },
    };
  }
  return server === "accord" ? accordRequests(globalId("Actor", actorId)) : postgraphileRequests(actorId);
}

function accordRequests(actorId: string): Record<Exclude<CoreQuery, AnalyticsQuery>, BenchRequest> {
  return {
    Q1: graphql(`{ engagements(first: 50) { edges { node { id title kind startDate
      participants { role actor { id name kind } } topics { id name } } } } }`),
    Q2: graphql(
      `query ($id: ID!) { node(id: $id) { ... on Actor { name engagements(first: 20) { edges { node { id title startDate
        commitments(first: 5) { edges { node { id description money { amount currency } status } } } } } } } } }`,
      { id: actorId },
    ),
    Q3: graphql(`{ commitmentTotals(groupBy: [COMMITTER, CURRENCY]) { committer { id name } currency total count } }`),
    Q4: graphql(`{ search(query: "korea", first: 20) { edges { rank node { __typename
      ... on Actor { id name } ... on Engagement { id title startDate } ... on Statement { id gist }
      ... on Commitment { id description } } } } }`),
    Q5: graphql(`{ engagements(first: 10) { edges { node { id title participants { actor { id name
      engagements(first: 10) { edges { node { id title statements(first: 10) { edges { node { id gist } } } } } } } } } } } }`),
  };
}

function postgraphileRequests(actorId: string): Record<Exclude<CoreQuery, AnalyticsQuery>, BenchRequest> {
  return {
    Q1: graphql(`{ allEngagements(first: 50, orderBy: [START_DATE_DESC, ROW_ID_DESC]) { nodes { rowId title kind startDate
      participantsByEngagementId { nodes { role actorByActorId { rowId name kind } } }
      engagementTopicsByEngagementId { nodes { topicByTopicId { rowId name } } } } } }`),
    Q2: graphql(
      `query ($id: UUID!) { actorByRowId(rowId: $id) { name engagements(first: 20) { nodes { rowId title startDate
        commitmentsByEngagementId(first: 5, orderBy: [MADE_ON_DESC, ROW_ID_DESC]) { nodes { rowId description amount currency status } } } } } }`,
      { id: actorId },
    ),
    Q3: graphql(`{ commitmentTotalsByCommitter { nodes { committerId committerName currency total count } } }`),
    Q4: graphql(`{ searchRecords(query: "korea", first: 20) { nodes { type rowId rank label } } }`),
    Q5: graphql(`{ allEngagements(first: 10, orderBy: [START_DATE_DESC, ROW_ID_DESC]) { nodes { rowId title
      participantsByEngagementId { nodes { actorByActorId { rowId name engagements(first: 10) { nodes { rowId title
        statementsByEngagementId(first: 10) { nodes { rowId gist } } } } } } } } } }`),
  };
}
