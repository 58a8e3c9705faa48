// Differential test of compiled-reads/: two servers on one database, one answering every read by its
// resolvers, the other by one SQL statement where it can. Where the compiled path answers, the bodies
// must be byte-identical (keys, their order, list order, nulls, cursors, extensions.cost); where it
// does not, the resolvers answer on both and the bodies are still the same.
import { type GraphQLObjectType, getNamedType, isNonNullType, isObjectType } from "graphql";
import { toGlobalId } from "../src/common/global-id";
import { reads } from "../src/compiled-reads/reads";
import { resolverOnly } from "../src/compiled-reads/resolver-only";
import { buildAccordSchema } from "../src/schema/build-schema";
import { actorPage, engagementsPage, firstPage, gridCases, pageInfo, rootPage } from "./support/compiled-reads-grids";
import { type Case, type Fixture, useCompiledReadsPair, type Variables } from "./support/compiled-reads-pair";
import { sampledTotalsCases, totalsQuery } from "./support/totals-group-bys";

const pair = useCompiledReadsPair();
const { compare, endCursor } = pair;
const { orders: orderGrid, roots: rootGrid } = gridCases(endCursor);

const partialDate = "edtf iso start end precision inferred approximate";
const engagementFields = `id __typename kind status title summary startDate startPrecision endDate endPrecision
  dateInferred spanEnd place city participantCount start { ${partialDate} } end { ${partialDate} }`;
const actorFields = "id kind name description";
const commitmentFields = `id kind description status madeOn madeOnPrecision made { ${partialDate} } money { amount currency asReported }
  committer { name } beneficiary { name } engagement { title }`;
/** The endCursor of an engagement's first `first` statements, as the resolvers give it. */
const statementsEndCursor = (id: string, first: number) =>
  endCursor(
    `query($id: ID!) { node(id: $id) { ... on Engagement { statements(first: ${first}) { pageInfo { endCursor } } } } }`,
    { id },
    (data: { node: { statements: { pageInfo: { endCursor: string } } } }) => data.node.statements.pageInfo.endCursor,
  );

// Q1–Q5 of bench/src/queries.ts (accord), word for word.
const benchCases: Case[] = [
  {
    name: "Q1: 50 engagements + participants, actors, topics",
    query: `{ engagements(first: 50) { edges { node { id title kind startDate
      participants { role actor { id name kind } } topics { id name } } } } }`,
  },
  {
    name: "Q2: actor timeline (20) + commitments",
    query: `query ($id: ID!) { node(id: $id) { ... on Actor { name engagements(first: 20) { edges { node { id title startDate
        commitments(first: 5) { edges { node { id description money { amount currency } status } } } } } } } } }`,
    variables: (f) => ({ id: f.rok }),
  },
  {
    name: "Q3: commitmentTotals by committer, currency",
    query: "{ commitmentTotals(groupBy: [COMMITTER, CURRENCY]) { committer { id name } currency total count } }",
  },
  {
    name: 'Q4: search("korea"), 20 hits',
    query: `{ search(query: "korea", first: 20) { edges { rank node { __typename
      ... on Actor { id name } ... on Engagement { id title startDate } } } } }`,
  },
  {
    name: "Q5: deep: 10 × participants × 10 × 10",
    query: `{ engagements(first: 10) { edges { node { id title participants { actor { id name
      engagements(first: 10) { edges { node { id title statements(first: 10) { edges { node { id gist } } } } } } } } } } } }`,
  },
];

const selectionCases: Case[] = [
  {
    name: "aliases at every level",
    query: `{ a: engagements(first: 2) { e: edges { c: cursor n: node { t: title i: id p: participants(first: 1) { r: role } } } }
      b: engagements(first: 3, orderBy: { field: TITLE, direction: ASC }) { n: totalCount info: pageInfo { more: hasNextPage } }
      kind: __typename }`,
  },
  {
    name: "the same field twice, sub-selections merged",
    query: `{ engagements(first: 3) { edges { node { id title } } }
      engagements(first: 3) { totalCount edges { cursor node { kind title participants { role } } } pageInfo { endCursor } } }`,
  },
  {
    name: "the same nested field twice, merged inside fragments",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { name engagements(first: 5) { edges { node { title } } } }
      ... on Actor { engagements(first: 5) { totalCount edges { cursor node { id title startDate } } } name } } }`,
    variables: (f) => ({ id: f.rok }),
  },
  {
    name: "named fragments, nested and spread twice",
    query: `query($id: ID!) { engagements(first: 4) { ...Page } node(id: $id) { ...NodeParts ...ActorParts } }
      fragment Page on EngagementConnection { totalCount edges { node { ...EngagementParts ...NodeParts } } }
      fragment EngagementParts on Engagement { title participants { actor { ...ActorParts } } country { ...NodeParts } }
      fragment ActorParts on Actor { name kind ...NodeParts }
      fragment NodeParts on Node { __typename id }`,
    variables: (f) => ({ id: f.rok }),
  },
  {
    name: "inline fragments on Node, on the type, on another type and without a condition",
    query: `query($id: ID!) { node(id: $id) { ... on Node { id } ... on Engagement { title ... { kind } }
      ... on Actor { name } ... on Statement { gist } __typename ... on SearchResult { ... on Engagement { city } }
      ... on CitedRecord { ... on Node { cited: id } } } }`,
    variables: (f) => ({ id: f.e2 }),
  },
  {
    name: "inline fragments on the search union, on Node and on SearchResult",
    query: `{ search(query: "rok", first: 10) { edges { node { ... on SearchResult { __typename } ... on Node { id }
      ... on CitedRecord { cited: __typename }
      ... on Actor { name } ... on Engagement { title } ... on Statement { gist speaker { name } }
      ... on Commitment { description money { amount } } } } } }`,
  },
  {
    name: "__typename at every level",
    query: `{ __typename engagements(first: 2, orderBy: { field: START_DATE, direction: ASC }) { __typename
      edges { __typename cursor node { __typename id participants { __typename actor { __typename name }
      represents { __typename id } } topics { __typename slug parent { __typename slug } }
      statements(first: 2) { __typename edges { __typename node { __typename gist } } pageInfo { __typename hasNextPage } }
      commitments(first: 2) { __typename totalCount edges { __typename node { __typename money { __typename amount } } } } } }
      pageInfo { __typename endCursor } }
      search(query: "korea", first: 2) { __typename totalCount edges { __typename rank node { __typename } } pageInfo { __typename hasNextPage } }
      commitmentTotals(groupBy: [STATUS]) { __typename status total } }`,
  },
  {
    name: "@include and @skip with variables (true, false)",
    query: `query($yes: Boolean!, $no: Boolean!) { engagements(first: 3) { totalCount @include(if: $yes) pageInfo @skip(if: $yes) { endCursor }
      edges { node { id @skip(if: $no) title @include(if: $no) ... on Engagement @include(if: $yes) { kind }
      ...More @skip(if: $no) participants @include(if: $yes) { role } } } } }
      fragment More on Engagement { startDate participantCount }`,
    variables: () => ({ yes: true, no: false }),
  },
  {
    name: "@include and @skip with variables (false, true)",
    query: `query($yes: Boolean!, $no: Boolean!) { engagements(first: 3) { totalCount @include(if: $yes) pageInfo @skip(if: $yes) { endCursor }
      edges { node { id @skip(if: $no) title @include(if: $no) ... on Engagement @include(if: $yes) { kind }
      ...More @skip(if: $no) participants @include(if: $yes) { role } } } } }
      fragment More on Engagement { startDate participantCount }`,
    variables: () => ({ yes: false, no: true }),
  },
  {
    name: "@include and @skip with literals, a field both skipped and kept",
    query: `{ engagements(first: 2) { edges { node { title @skip(if: true) title @include(if: true) kind @include(if: false) } } } }`,
  },
  {
    name: "variables for ids and page sizes, with defaults",
    query: `query($id: ID!, $n: Int = 3, $m: Int, $p: Int) { node(id: $id) { ... on Actor { name
      engagements(first: $n) { totalCount edges { node { title participants(first: $p) { role } statements(first: $m) { totalCount } } } } } } }`,
    variables: (f) => ({ id: f.cho, m: 1, p: 1 }),
  },
  {
    name: "orderBy built from variables inside a literal, explicit null last and before",
    query: `query($field: EngagementOrderField!, $id: ID!) { node(id: $id) { ... on Actor {
      engagements(first: 3, last: null, before: null, orderBy: { field: $field, direction: ASC }) { edges { node { title } } } } }
      engagements(first: 2, after: "", last: null, orderBy: { field: $field, direction: DESC }) { totalCount ${pageInfo} } }`,
    variables: (f) => ({ field: "TITLE", id: f.nato }),
  },
  {
    name: "one operation of several, chosen by operationName",
    query: `query A { engagements(first: 1) { totalCount } } query B($id: ID!) { node(id: $id) { ...Name } }
      fragment Name on Actor { name }`,
    operationName: "B",
    variables: (f) => ({ id: f.rok }),
  },
  { name: "only __typename", query: "{ __typename }" },
  { name: "every root field skipped", query: "{ engagements @skip(if: true) { totalCount } }" },
  {
    name: "every field of an object skipped",
    query: "{ engagements(first: 2) { edges { node { title @skip(if: true) } } } }",
  },
  {
    name: "an inline fragment on Query and @include on a root field",
    query: `query($yes: Boolean!) { ... on Query { a: engagements(first: 1) { totalCount } }
      b: engagements(first: 1) @include(if: $yes) { edges { cursor } } c: search(query: "nato") @include(if: $yes) { totalCount } }`,
    variables: () => ({ yes: true }),
  },
  {
    name: "a fragment spread twice, once excluded",
    query: `{ engagements(first: 2) { edges { node { ...F @include(if: false) kind ...F } } } }
      fragment F on Engagement { title id }`,
  },
  {
    name: "connections with only totalCount or __typename (no aggregate selected)",
    query: `query($idle: ID!, $rok: ID!) { none: engagements(filter: { kind: [SIGNING], status: [CANCELLED] }) { totalCount }
      some: engagements { totalCount __typename } hits: search(query: "korea") { totalCount }
      nohits: search(query: "zzyzx") { totalCount __typename }
      idle: node(id: $idle) { ... on Actor { engagements { totalCount } statements { __typename } commitmentsMade { totalCount } } }
      rok: node(id: $rok) { ... on Actor { engagements(first: 1) { totalCount } statements { totalCount }
        commitmentsMade { totalCount } commitmentsReceived { __typename } } } }`,
    variables: (f) => ({ idle: f.idle, rok: f.rok }),
  },
  {
    name: "a nested connection under a null reference",
    query: `{ engagements(first: 20, orderBy: { field: TITLE, direction: ASC }) { edges { node { title
      parent { title statements(first: 1) { totalCount } commitments { totalCount } } } } } }`,
  },
  {
    name: "a null page size is the default page",
    query: "query($n: Int) { engagements(first: $n) { totalCount edges { cursor } pageInfo { hasNextPage } } }",
    variables: () => ({ n: null }),
  },
];

const orderCases = orderGrid.sampled;

const filterCases: Case[] = [
  { name: "engagements: default order, default page", query: engagementsPage },
  {
    name: "engagements: the last page (hasNextPage false)",
    query: engagementsPage,
    variables: async () => {
      const variables = { first: 100, orderBy: { field: "TITLE", direction: "DESC" } };
      return { ...variables, after: await endCursor(engagementsPage, variables, firstPage) };
    },
  },
  {
    name: "engagements: participants anyOf",
    query: engagementsPage,
    variables: (f) => ({ filter: { participants: { anyOf: [f.rok, f.a1] } } }),
  },
  {
    name: "engagements: participants allOf",
    query: engagementsPage,
    variables: (f) => ({ filter: { participants: { allOf: [f.cho, f.rutte] } } }),
  },
  {
    name: "engagements: participants anyOf empty",
    query: engagementsPage,
    variables: () => ({ filter: { participants: { anyOf: [] } } }),
  },
  {
    name: "engagements: date range, after a cursor",
    query: engagementsPage,
    variables: async () => {
      const variables = { first: 3, filter: { date: { from: "2005-01-01", to: "2015-12-31" } } };
      return { ...variables, after: await endCursor(engagementsPage, variables, firstPage) };
    },
  },
  {
    name: "engagements: date range open at one end",
    query: engagementsPage,
    variables: () => ({ filter: { date: { from: "2024-06-01" } } }),
  },
  {
    name: "engagements: kinds and statuses",
    query: engagementsPage,
    variables: () => ({ first: 5, filter: { kind: ["BILATERAL_MEETING", "BRIEFING", "CALL"], status: ["HELD"] } }),
  },
  {
    name: "engagements: country",
    query: engagementsPage,
    variables: (f) => ({ filter: { country: f.a1 } }),
  },
  { name: "engagements: parent", query: engagementsPage, variables: (f) => ({ filter: { parent: f.e1 } }) },
  {
    name: "engagements: topic (with sub-topics)",
    query: engagementsPage,
    variables: (f) => ({ filter: { topic: f.security } }),
  },
  { name: "engagements: topicSlug", query: engagementsPage, variables: () => ({ filter: { topicSlug: "t3" } }) },
  // The topic's subtree is read by the compiled statement itself (kept, and answered from the fast lane).
  {
    name: "engagements: a topic that does not exist",
    query: engagementsPage,
    variables: () => ({ filter: { topic: toGlobalId("Topic", "00000000-0000-4000-8000-000000000000") } }),
  },
  {
    name: "engagements: a topicSlug that does not exist",
    query: engagementsPage,
    variables: () => ({ filter: { topicSlug: "none" } }),
  },
  {
    name: "engagements: a topic and a kind, second page",
    query: engagementsPage,
    variables: async (f) => {
      const variables = { first: 2, filter: { topic: f.security, kind: ["BILATERAL_MEETING", "VISIT", "SUMMIT"] } };
      return { ...variables, after: await endCursor(engagementsPage, variables, firstPage) };
    },
  },
  {
    name: "engagements: text",
    query: engagementsPage,
    variables: () => ({ first: 4, orderBy: { field: "TITLE", direction: "ASC" }, filter: { text: "meeting word1" } }),
  },
  {
    name: "engagements: explicit null filter and orderBy",
    query: `{ engagements(first: 2, filter: null, orderBy: null) { totalCount edges { cursor } ${pageInfo} } }`,
  },
  {
    name: "engagements: after the cursor of a row that does not exist",
    query: engagementsPage,
    variables: () => ({
      first: 2,
      after: Buffer.from(`cursor:${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`).toString("base64url"),
    }),
  },
  {
    name: "engagements: a filter nothing matches (empty page, null cursors)",
    query: engagementsPage,
    variables: () => ({ filter: { kind: ["SIGNING"], status: ["CANCELLED"] } }),
  },
  {
    name: "engagements: every field of the type and its references, null and set",
    query: `{ engagements(first: 30, orderBy: { field: TITLE, direction: ASC }) { edges { node { ${engagementFields}
      country { ${actorFields} parent { name } } parent { id title parent { title } }
      participants { id role titleAsReported actor { ${actorFields} } represents { id name } }
      topics { id slug name description path parent { slug parent { slug } } } } } } }`,
  },
  {
    name: "engagements: the seed's engagements in full",
    query: `query($filter: EngagementFilter) { engagements(first: 5, filter: $filter, orderBy: { field: START_DATE, direction: ASC }) {
      totalCount edges { node { ${engagementFields} country { name } parent { title }
      participants { role titleAsReported actor { name parent { name } } represents { name } } topics { slug }
      statements(first: 20) { totalCount edges { node { id kind gist quote speaker { name } engagement { title } } } ${pageInfo} }
      commitments(first: 10) { totalCount edges { cursor node { ${commitmentFields} } } ${pageInfo} } } } } }`,
    variables: (f) => ({ filter: { participants: { anyOf: [f.nato] } } }),
  },
];

const nestedCases: Case[] = [
  {
    name: "nested connections with first smaller than the data",
    query: `query($id: ID!) { node(id: $id) { ... on Engagement { title
      statements(first: 3) { totalCount edges { cursor node { gist } } ${pageInfo} }
      commitments(first: 2) { totalCount edges { cursor node { description } } ${pageInfo} }
      participants(first: 1) { role actor { name } } participantCount } } }`,
    variables: (f) => ({ id: f.e2 }),
  },
  {
    name: "an actor's nested connections, first larger than the data",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { name parent { name }
      engagements(first: 100) { totalCount edges { cursor node { title } } ${pageInfo} }
      statements(first: 100) { totalCount edges { cursor node { gist engagement { title } } } ${pageInfo} }
      commitmentsMade(first: 100) { totalCount edges { cursor node { ${commitmentFields} } } ${pageInfo} }
      commitmentsReceived(first: 100) { totalCount edges { cursor node { description } } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.rok }),
  },
  {
    name: "an actor's nested connections, first smaller than the data",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { name
      statements(first: 2) { totalCount edges { cursor node { gist } } ${pageInfo} }
      commitmentsMade(first: 1) { totalCount edges { cursor node { description } } ${pageInfo} }
      commitmentsReceived(first: 1) { totalCount edges { cursor node { description } } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.ukraine }),
  },
  {
    name: "an actor with nothing: every nested list empty",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { name parent { name }
      engagements { totalCount edges { cursor } ${pageInfo} } statements { totalCount edges { cursor } ${pageInfo} }
      commitmentsMade { totalCount edges { cursor } ${pageInfo} } commitmentsReceived { totalCount edges { cursor } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.idle }),
  },
  {
    name: "a generated engagement: no statements of its own beyond one, no commitments, null references",
    query: `query($id: ID!) { node(id: $id) { ... on Engagement { ${engagementFields} country { name } parent { title }
      statements(first: 5) { totalCount edges { node { gist speaker { name } } } ${pageInfo} }
      commitments { totalCount edges { node { description } } ${pageInfo} } topics { slug } } } }`,
    variables: (f) => ({ id: f.g7 }),
  },
  {
    name: "an engagement with every list empty",
    query: `query($id: ID!) { node(id: $id) { ... on Engagement { ${engagementFields} participants { role } topics { slug }
      statements { totalCount edges { cursor } ${pageInfo} } commitments(first: 1) { totalCount edges { cursor } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.bare }),
  },
  {
    name: "a default-valued @include variable left out",
    query: `query($id: ID!, $more: Boolean = false) { node(id: $id) { ... on Engagement { title
      participants @include(if: $more) { role } topics @skip(if: $more) { slug } } } }`,
    variables: (f) => ({ id: f.e3 }),
  },
  {
    name: "commitments: money null and set, asReported null and set, references null and set",
    query: `query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Actor { commitmentsMade(first: 20) { edges { node { ${commitmentFields} } } } } }
      b: node(id: $b) { ... on Actor { commitmentsMade(first: 20) { edges { node { ${commitmentFields} } } } } } }`,
    variables: (f) => ({ a: f.rok, b: f.a1 }),
  },
  {
    name: "an actor taking part both directly and represented (counted once)",
    query: actorPage,
    variables: (f) => ({ id: f.nato, first: 10, orderBy: { field: "START_DATE", direction: "ASC" } }),
  },
  {
    name: "participants(first: 1), the default and a large limit",
    query: `{ engagements(first: 5) { edges { node { participantCount one: participants(first: 1) { role actor { name } }
      all: participants { role } many: participants(first: 500) { id } } } } }`,
  },
  {
    name: "participantsConnection: a page forward and one backward, with counts and cursors",
    query: `{ engagements(first: 5) { edges { node { participantCount
      ahead: participantsConnection(first: 2) { totalCount edges { cursor node { id role titleAsReported actor { name } represents { name } } } ${pageInfo} }
      behind: participantsConnection(last: 1) { edges { cursor node { role } } ${pageInfo} } } } } }`,
  },
];

const searchCases: Case[] = [
  ...[
    "korea",
    "nato rutte",
    "meeting",
    "word7",
    "cooperation",
    "ukr",
    "대한민국",
    "Cho Tae-yul",
    "o'brien & nato:*",
  ].map(
    (query): Case => ({
      name: `search "${query}"`,
      query: `query($q: String!) { search(query: $q, first: 5) { totalCount edges { rank node { __typename
        ... on Actor { id name } ... on Engagement { id title } ... on Statement { id gist } ... on Commitment { id description } } }
        pageInfo { hasNextPage hasPreviousPage } } }`,
      variables: () => ({ q: query }),
    }),
  ),
  {
    name: "search with no hits",
    query: `{ search(query: "zzyzx") { totalCount edges { rank node { __typename } } pageInfo { hasNextPage hasPreviousPage } } }`,
  },
  {
    name: "search: all hits of a small query, nested fields of the hits",
    query: `{ search(query: "cho", first: 100) { totalCount edges { rank node { ... on Actor { name engagements(first: 2) { totalCount } }
      ... on Statement { speaker { name } engagement { title } } ... on Engagement { participants { role } } } } } }`,
  },
];

// The other subsets of the group keys are asked in compiled-reads-exhaustive.slow.test.ts.
const totalsCases: Case[] = [
  ...sampledTotalsCases,
  {
    name: "commitmentTotals: committer filter without COMMITTER",
    query: totalsQuery,
    variables: (f) => ({ groupBy: ["STATUS", "BENEFICIARY"], filter: { committer: f.rok } }),
  },
  {
    name: "commitmentTotals: currency, statuses and madeFrom",
    query: totalsQuery,
    variables: () => ({
      groupBy: ["COMMITTER", "YEAR"],
      filter: { currency: "usd", statuses: ["ANNOUNCED", "DELIVERED"], madeFrom: "2024-06-01" },
    }),
  },
  {
    name: "commitmentTotals: a filter nothing matches",
    query: totalsQuery,
    variables: () => ({ groupBy: ["KIND"], filter: { currency: "JPY" } }),
  },
  {
    name: "commitmentTotals: committers, beneficiaries, kinds and amounts",
    query: totalsQuery,
    variables: (f) => ({
      groupBy: ["BENEFICIARY", "KIND"],
      filter: { committers: [f.rok, f.a1], beneficiaries: [f.ukraine, f.nato], kinds: ["FINANCIAL"], minAmount: "1" },
    }),
  },
];

// engagementCounts and statementCounts: every key alone, pairs with period, kind and status, and filters.
const countsFields = `period year quarter month count firstDate firstPrecision lastDate lastPrecision
  first { ${partialDate} } last { edtf precision }`;
const engagementCountsQuery = `query($groupBy: [EngagementCountGroupBy!]!, $filter: EngagementFilter, $orderBy: CountOrder) {
  engagementCounts(groupBy: $groupBy, filter: $filter, orderBy: $orderBy) { __typename ${countsFields} kind status
    country { id name } topic { slug } participant { name } represented { name } } }`;
const statementCountsQuery = `query($groupBy: [StatementCountGroupBy!]!, $filter: StatementFilter) {
  statementCounts(groupBy: $groupBy, filter: $filter) { ${countsFields} kind speaker { name } topic { slug } } }`;
const engagementCountKeys = [
  "YEAR",
  "QUARTER",
  "MONTH",
  "KIND",
  "STATUS",
  "COUNTRY",
  "TOPIC",
  "PARTICIPANT",
  "REPRESENTED",
];
const countsCases: Case[] = [
  ...engagementCountKeys.flatMap((key): Case[] => [
    { name: `engagementCounts by [${key}]`, query: engagementCountsQuery, variables: () => ({ groupBy: [key] }) },
    {
      name: `engagementCounts by [${key}, STATUS], CALL and VISIT, largest first`,
      query: engagementCountsQuery,
      variables: () => ({ groupBy: [key, "STATUS"], filter: { kind: ["CALL", "VISIT"] }, orderBy: "COUNT" }),
    },
  ]),
  { name: "engagementCounts: one total", query: engagementCountsQuery, variables: () => ({ groupBy: [] }) },
  ...[
    { groupBy: ["PARTICIPANT"], orderBy: "COUNT", first: 3 },
    { groupBy: ["YEAR"], first: 2 },
    { groupBy: ["KIND"], orderBy: "COUNT", first: 0 },
  ].map(
    (variables): Case => ({
      name: `engagementCounts by [${variables.groupBy}], the first ${variables.first}`,
      query: `query($groupBy: [EngagementCountGroupBy!]!, $orderBy: CountOrder, $first: Int) {
        engagementCounts(groupBy: $groupBy, orderBy: $orderBy, first: $first) { ${countsFields} kind participant { name } } }`,
      variables: () => variables,
    }),
  ),
  {
    name: "engagementCounts by [COUNTRY, YEAR] of a participant",
    query: engagementCountsQuery,
    variables: (f) => ({ groupBy: ["COUNTRY", "YEAR"], filter: { participants: { anyOf: [f.rok] } } }),
  },
  {
    name: "engagementCounts by [REPRESENTED] in a date range (its none group too)",
    query: engagementCountsQuery,
    variables: () => ({ groupBy: ["REPRESENTED"], filter: { date: { from: "2020-01-01", to: "2025-12-31" } } }),
  },
  {
    name: "engagementCounts by [TOPIC, MONTH] in a date range",
    query: engagementCountsQuery,
    variables: () => ({ groupBy: ["TOPIC", "MONTH"], filter: { date: { from: "2020-01-01", to: "2025-12-31" } } }),
  },
  ...["YEAR", "SPEAKER", "KIND", "TOPIC"].map(
    (key): Case => ({
      name: `statementCounts by [${key}]`,
      query: statementCountsQuery,
      variables: () => ({ groupBy: [key] }),
    }),
  ),
  // Without dates or periods the engagement is not joined: the counts must not change.
  ...[["KIND"], ["SPEAKER", "TOPIC"], ["YEAR"]].map(
    (groupBy): Case => ({
      name: `statementCounts by [${groupBy}], counts only`,
      query: `query($groupBy: [StatementCountGroupBy!]!, $filter: StatementFilter) {
        statementCounts(groupBy: $groupBy, filter: $filter) { kind count period speaker { name } topic { slug } } }`,
      variables: (f) => ({ groupBy, filter: groupBy[0] === "KIND" ? { speaker: f.rok } : undefined }),
    }),
  ),
  {
    name: "statementCounts of a speaker by [KIND, QUARTER]",
    query: statementCountsQuery,
    variables: (f) => ({ groupBy: ["KIND", "QUARTER"], filter: { speaker: f.rok } }),
  },
];

// counterparts: from the tally and grouped on the fly (representing:, a filter), pages of both and of their engagements.
const counterpartsQuery = `query($actor: ID!, $representing: ID, $kinds: [ActorKind!], $filter: EngagementFilter, $first: Int,
  $after: String, $page: Int, $last: Int, $before: String, $orderBy: EngagementOrder) {
  counterparts(actor: $actor, representing: $representing, kinds: $kinds, filter: $filter, first: $first, after: $after) {
    totalCount ${pageInfo} edges { cursor node { __typename actor { id name kind } count firstDate firstPrecision
      lastDate lastPrecision first { ${partialDate} } last { edtf }
      engagements(first: $page, last: $last, before: $before, orderBy: $orderBy) { totalCount ${pageInfo}
        edges { cursor node { id title startDate } } } } } } }`;
const counterpartsEndCursor = (variables: Variables) =>
  endCursor(
    "query($actor: ID!, $representing: ID, $filter: EngagementFilter) { counterparts(actor: $actor, representing: $representing, filter: $filter, first: 3) { pageInfo { endCursor } } }",
    variables,
    (data: { counterparts: { pageInfo: { endCursor: string } } }) => data.counterparts.pageInfo.endCursor,
  );
const counterpartsCases: Case[] = [
  { name: "counterparts of a state", query: counterpartsQuery, variables: (f) => ({ actor: f.rok, page: 3 }) },
  {
    name: "counterparts of a generated actor, after a cursor, engagements by title",
    query: counterpartsQuery,
    variables: async (f) => ({
      actor: f.a1,
      first: 4,
      after: await counterpartsEndCursor({ actor: f.a1 }),
      page: 2,
      orderBy: { field: "TITLE", direction: "ASC" },
    }),
  },
  {
    name: "counterparts' last engagements, oldest first",
    query: counterpartsQuery,
    variables: (f) => ({ actor: f.a1, first: 5, last: 2, orderBy: { field: "START_DATE", direction: "ASC" } }),
  },
  {
    name: "counterparts of kinds",
    query: counterpartsQuery,
    variables: (f) => ({ actor: f.rok, kinds: ["INTERNATIONAL_ORGANIZATION", "STATE"], page: 5 }),
  },
  {
    name: "counterparts representing a state",
    query: counterpartsQuery,
    variables: (f) => ({ actor: f.cho, representing: f.rok, page: 5 }),
  },
  {
    name: "counterparts in a date range, after a cursor, last engagements by title",
    query: counterpartsQuery,
    variables: async (f) => ({
      actor: f.a1,
      filter: { date: { from: "2015-01-01" } },
      first: 3,
      after: await counterpartsEndCursor({ actor: f.a1, filter: { date: { from: "2015-01-01" } } }),
      last: 2,
      orderBy: { field: "TITLE", direction: "DESC" },
    }),
  },
  {
    name: "counterparts in a date range, newest engagements first (ordered by the pairs' dates)",
    query: counterpartsQuery,
    variables: (f) => ({ actor: f.a1, filter: { date: { from: "2015-01-01" } }, first: 6, page: 2 }),
  },
  {
    name: "counterparts representing a state, last engagements oldest first",
    query: counterpartsQuery,
    variables: (f) => ({
      actor: f.cho,
      representing: f.rok,
      last: 2,
      orderBy: { field: "START_DATE", direction: "ASC" },
    }),
  },
  {
    name: "counterparts: edges twice, a fragment on DatedCount",
    query: `query($actor: ID!) { counterparts(actor: $actor, first: 2) { a: edges { node { ...d } } b: edges { cursor } totalCount } }
      fragment d on DatedCount { count firstDate }`,
    variables: (f) => ({ actor: f.rok }),
  },
];

const nodeQuery = `query($id: ID!) { node(id: $id) { __typename id ... on Engagement { title country { name } }
  ... on Actor { name parent { name } } ... on Participant { role titleAsReported actor { name } represents { name } }
  ... on Topic { slug path parent { slug } } ... on Statement { statementKind: kind gist quote speaker { name } statementOf: engagement { title } }
  ... on Commitment { ${commitmentFields} } } }`;
const nodeCases: Case[] = (
  [
    ["an Engagement", (f) => f.e2],
    ["an Actor with a parent", (f) => f.nac],
    ["a Participant", (f) => f.participant],
    ["a Topic with a parent", (f) => f.topic],
    ["a root Topic", (f) => f.security],
    ["a Statement", (f) => f.s12],
    ["a Commitment with money", (f) => f.c1],
    ["a Commitment without beneficiary or engagement", (f) => f.eur],
    ["an ID with no row", (f) => f.missing],
    ["an actor's uuid as an Engagement ID", (f) => f.actorAsEngagement],
    ["a malformed ID", () => "not an id!"],
    ["an ID that is not base64url of Type:id", () => Buffer.from("Engagement", "utf8").toString("base64url")],
    ["an ID whose id is not a uuid", () => toGlobalId("Actor", "42")],
  ] as [string, (f: Fixture) => string][]
).map(([name, id]) => ({ name: `node of ${name}`, query: nodeQuery, variables: (f) => ({ id: id(f) }) }));
nodeCases.push({
  name: "node whose type no fragment selects",
  query: "query($id: ID!) { node(id: $id) { ... on Engagement { title } } }",
  variables: (f) => ({ id: f.rok }),
});

// Every field the read descriptions added beyond the benchmark's: lists, histories, links, citations,
// sources, offices and tenures, the version fields, unions.
const citationFields = `id quote startOffset endOffset locator source { id title }
  record { __typename ... on Engagement { title } ... on Statement { gist } ... on Commitment { description } }`;
const sourceFields = `id kind title url publishedOn language content version publisher { name } authors { name }
  citations(first: 3) { totalCount edges { cursor node { ${citationFields} } } ${pageInfo} }`;
const pageCases: Case[] = [
  {
    name: "search with after",
    query: `query($after: String) { search(query: "korea", first: 2, after: $after) { edges { cursor rank } pageInfo { hasPreviousPage } } }`,
    variables: async () => ({
      after: await endCursor(
        `{ search(query: "korea", first: 2) { pageInfo { endCursor } } }`,
        {},
        (data: { search: { pageInfo: { endCursor: string } } }) => data.search.pageInfo.endCursor,
      ),
    }),
  },
  { name: "search edge cursors", query: `{ search(query: "korea", first: 2) { edges { cursor } } }` },
  {
    name: "last/before on engagements",
    query: engagementsPage.replace("first: $first", "last: $first"),
    variables: () => ({ first: 3 }),
  },
  {
    name: "before on engagements",
    query: engagementsPage.replace("after: $after", "before: $after"),
    variables: async () => ({ after: await endCursor(engagementsPage, { first: 5 }, firstPage) }),
  },
  {
    name: "last on a nested connection",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { engagements(last: 2) { totalCount edges { cursor } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.rok }),
  },
  {
    name: "after on a nested connection",
    query: `query($id: ID!, $after: String) { node(id: $id) { ... on Engagement { statements(first: 2, after: $after) {
      edges { cursor node { gist } } ${pageInfo} } } } }`,
    variables: async (f) => ({
      id: f.e2,
      after: await statementsEndCursor(f.e2, 2),
    }),
  },
  {
    name: "before on a nested connection",
    query: `query($id: ID!, $before: String) { node(id: $id) { ... on Engagement { statements(last: 2, before: $before) {
      totalCount edges { cursor node { gist } } ${pageInfo} } } } }`,
    variables: async (f) => ({
      id: f.e2,
      before: await statementsEndCursor(f.e2, 4),
    }),
  },
  {
    name: "a nested cursor from another list gives an empty page",
    query: `query($id: ID!, $after: String) { node(id: $id) { ... on Engagement { statements(first: 2, after: $after) {
      totalCount edges { cursor } ${pageInfo} } } } }`,
    variables: async (f) => ({
      id: f.e1,
      after: await statementsEndCursor(f.e2, 2),
    }),
  },
  {
    name: "an actor's timeline after a cursor, and backward, both directions",
    query: `query($id: ID!, $after: String) { node(id: $id) { ... on Actor {
      next: engagements(first: 3, after: $after) { edges { cursor node { title } } ${pageInfo} }
      back: engagements(last: 3, before: $after) { edges { cursor node { title } } ${pageInfo} }
      old: engagements(last: 2, orderBy: { field: START_DATE, direction: ASC }) { edges { node { title } } ${pageInfo} }
      byTitle: engagements(last: 3, orderBy: { field: TITLE, direction: ASC }) { totalCount edges { node { title } } ${pageInfo} } } } }`,
    variables: async (f) => ({
      id: f.rok,
      after: await endCursor(
        "query($id: ID!) { node(id: $id) { ... on Actor { engagements(first: 3) { pageInfo { endCursor } } } } }",
        { id: f.rok },
        (data: { node: { engagements: { pageInfo: { endCursor: string } } } }) =>
          data.node.engagements.pageInfo.endCursor,
      ),
    }),
  },
  {
    name: "backward pages of every nested connection",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { statements(last: 2) { edges { node { gist } } ${pageInfo} }
      commitmentsMade(last: 2) { edges { node { description } } ${pageInfo} }
      bodies(last: 1) { edges { node { name } } ${pageInfo} } tenures(last: 1) { edges { node { startDate } } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.rok }),
  },
  {
    name: "last 100 engagements",
    query: `{ engagements(last: 100) { totalCount edges { node { title } } ${pageInfo} } }`,
  },
];

const rootCases: Case[] = [...rootGrid.sampled];
rootCases.push(
  {
    name: "statements on a topic and its sub-topics",
    query: rootPage("statements", ", filter: { topic: $topic }", "gist").replace(
      "$before: String)",
      "$before: String, $topic: ID)",
    ),
    variables: (f) => ({ first: 5, topic: f.security }),
  },
  {
    name: "topics under one, by words",
    query: `query($id: ID!) { under: topics(filter: { under: $id }) { totalCount edges { node { path } } }
      words: topics(filter: { text: "military" }) { totalCount edges { node { name } } } }`,
    variables: (f) => ({ id: f.security }),
  },
  {
    name: "topics under one, in reverse tree order after a cursor, with their parents",
    query: `query($id: ID!) { topics(filter: { under: $id }, orderBy: { field: PATH, direction: DESC }, first: 2) {
      totalCount edges { cursor node { path parent { slug } } } ${pageInfo} } }`,
    variables: (f) => ({ id: f.security }),
  },
  {
    name: "statements and commitments of one actor",
    query: `query($id: ID!) { statements(first: 3, filter: { speaker: $id }) { totalCount edges { node { gist } } }
      commitments(first: 3, filter: { committer: $id }) { totalCount edges { node { description } } } }`,
    variables: (f) => ({ id: f.rok }),
  },
  {
    name: "nodes(ids:) of every kind, unknown and malformed",
    query: "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
    variables: (f) => ({
      ids: [
        f.e1,
        f.rok,
        f.missing,
        "not an id!",
        f.participant,
        f.source,
        // A type with a table but no ID of its own.
        toGlobalId("ActorAlias", "00000000-0000-4000-8000-000000000000"),
      ],
    }),
  },
  { name: "nodes(ids: [])", query: "{ nodes(ids: []) { id } }" },
  {
    name: "a root list beside another",
    query: "{ engagements(first: 1) { totalCount } actors(first: 1) { totalCount } }",
  },
  {
    name: "officeHolders",
    query: `{ officeHolders(office: "Foreign Minister", on: "2025-04-02") { id startDate endDate endPrecision
      holder { name } office { name jurisdiction { name } } } }`,
  },
  {
    name: "officeHolders with no match",
    query: `{ officeHolders(office: "Grand Vizier", on: "2025-04-02") { id } }`,
  },
  // The offices are matched by the statement itself (office.sql.ts): every way of naming one, with and without a
  // jurisdiction, an office of another jurisdiction, a LIKE wildcard (a name without words is the resolvers').
  ...(
    [
      ["an exact name in another case, of a jurisdiction", "minister OF foreign affairs", (f) => f.rok],
      ["words of a jurisdiction", "foreign minister", (f) => f.rok],
      ["an exact name of another jurisdiction", "Secretary General", (f) => f.rok],
      ["a name of the jurisdiction's", "Secretary General", (f) => f.nato],
      ["a wildcard", "Secretary_General", (f) => f.nato],
      ["a word that is part of a word", "gen", undefined],
    ] as [string, string, ((f: Fixture) => string) | undefined][]
  ).map(
    ([name, office, jurisdiction]): Case => ({
      name: `officeHolders: ${name}`,
      query: `query($office: String!, $j: ID) { officeHolders(office: $office, jurisdiction: $j, on: "2025-04-02") {
        id holder { name } office { name } } }`,
      variables: (f) => ({ office, j: jurisdiction ? jurisdiction(f) : null }),
    }),
  ),
);

const describedCases: Case[] = [
  {
    name: "Engagement.citations, sideEngagements, version",
    query: `query($id: ID!) { node(id: $id) { ... on Engagement { title version citations { ${citationFields} }
      sideEngagements(first: 2) { totalCount edges { node { title } } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.e2 }),
  },
  {
    name: "Statement.position deep inside other fields",
    query: "{ engagements(first: 2) { edges { node { statements(first: 2) { edges { node { gist position } } } } } } }",
  },
  {
    name: "Statement: mentions, topics, commitments, citations, version",
    query: `query($id: ID!) { node(id: $id) { ... on Statement { position version mentions { name } topics { path }
      commitments { description statement { gist } } citations { ${citationFields} } } } }`,
    variables: (f) => ({ id: f.s12 }),
  },
  {
    name: "Commitment: history, links, citations, period, statement, version",
    query: `query($id: ID!) { node(id: $id) { ... on Commitment { version periodStart periodEnd statement { gist }
      history { id status effectiveOn effectivePrecision note recordedAt commitment { description } }
      links { kind direction other { description } } citations { ${citationFields} } } } }`,
    variables: (f) => ({ id: f.c1 }),
  },
  {
    name: "Commitments of an engagement with their co-committers (C3 is ROK and NATO together)",
    query: `query($id: ID!) { node(id: $id) { ... on Engagement { commitments(first: 10) { edges { node {
      description committer { name } coCommitters { name kind } beneficiary { name } } } } } } }`,
    variables: (f) => ({ id: f.e2 }),
  },
  {
    name: "Commitment: stages with money, provider and receiver (defaulted to committer and beneficiary)",
    query: `query($id: ID!) { node(id: $id) { ... on Commitment { status instrument concessional channel { name } madeOnInferred stages { position kind occurredOn
      occurredOnPrecision occurredOnInferred note recordedAt money { amount currency asReported }
      provider { name } receiver { name } commitment { description } } } } }`,
    variables: (f) => ({ id: f.c1 }),
  },
  {
    name: "Commitment links seen from both ends",
    query: `query($a: ID!) { a: node(id: $a) { ... on Commitment { links { kind direction other { description
      links { kind direction other { description } } } } } } }`,
    variables: (f) => ({ a: f.eur }),
  },
  {
    name: "Actor: aliases, identifiers, bodies, tenures, version",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { version aliases { name language validFrom validTo }
      identifiers { scheme value } bodies(first: 5) { totalCount edges { cursor node { name } } ${pageInfo} }
      tenures(first: 5) { totalCount edges { node { id startDate startPrecision endDate endPrecision holder { name }
        office { id name description jurisdiction { name } tenures(first: 2) { totalCount edges { node { holder { name } } } } } } } } } } }`,
    variables: (f) => ({ id: f.nato }),
  },
  {
    name: "a person's tenures and offices",
    query: `query($id: ID!) { node(id: $id) { ... on Actor { tenures { edges { node { startDate office { name
      jurisdiction { name } } } } } } } }`,
    variables: (f) => ({ id: f.cho }),
  },
  {
    name: "Topic: children, statements",
    query: `query($id: ID!) { node(id: $id) { ... on Topic { children { slug children { slug } }
      statements(first: 3) { totalCount edges { cursor node { gist } } ${pageInfo} } } } }`,
    variables: (f) => ({ id: f.security }),
  },
  {
    name: "a Source by node",
    query: `query($id: ID!) { node(id: $id) { __typename ... on Source { ${sourceFields} } } }`,
    variables: (f) => ({ id: f.source }),
  },
];

// Reads the compiled path leaves to the resolvers: both servers must still answer alike.
const fallbackCases: Case[] = [
  { name: "a mutation", query: `mutation { createActor(input: { kind: STATE, name: "X" }) { id } }` },
  { name: "introspection (__schema)", query: "{ __schema { queryType { name } } }" },
  { name: "introspection (__type)", query: `{ __type(name: "Engagement") { name kind } }` },
  {
    name: "auditLog: only an ADMIN may read it, so only the resolvers answer",
    query: "{ auditLog(first: 1) { totalCount } }",
  },
  { name: "search after a cursor that is none", query: `{ search(query: "korea", after: "nope") { totalCount } }` },
  { name: "search without words", query: `{ search(query: "  ") { totalCount } }` },
  // The compiled statement reads the topic's path and leaves an unknown one to the resolvers (NOT_FOUND).
  {
    name: "topics under a topic that does not exist",
    query: `query($id: ID!) { topics(filter: { under: $id }) { totalCount } }`,
    variables: () => ({ id: toGlobalId("Topic", "00000000-0000-4000-8000-000000000000") }),
  },
  { name: "officeHolders without words", query: `{ officeHolders(office: " ... ", on: "2025-04-02") { id } }` },
  { name: "engagements(first: 101)", query: engagementsPage, variables: () => ({ first: 101 }) },
  { name: "engagements(first: 1000)", query: "{ engagements(first: 1000) { totalCount } }" },
  { name: "engagements(first: -1)", query: engagementsPage, variables: () => ({ first: -1 }) },
  { name: "first and last together", query: "{ engagements(first: 1, last: 1) { totalCount } }" },
  {
    name: "participants(first: 0) and out of range",
    query: "{ engagements(first: 2) { edges { node { none: participants(first: 0) { role } } } } }",
  },
  {
    name: "participants(first: 501)",
    query: "{ engagements(first: 2) { edges { node { participants(first: 501) { role } } } } }",
  },
  { name: "a malformed after cursor", query: engagementsPage, variables: () => ({ after: "nope" }) },
  {
    name: "a filter with an ID of the wrong type",
    query: engagementsPage,
    variables: (f) => ({ filter: { participants: { anyOf: [f.e1] } } }),
  },
  { name: "a text filter without words", query: engagementsPage, variables: () => ({ filter: { text: "--" } }) },
  {
    name: "a date range backwards",
    query: engagementsPage,
    variables: () => ({ filter: { date: { from: "2025-01-01", to: "2024-01-01" } } }),
  },
  { name: "a variable of the wrong type", query: engagementsPage, variables: () => ({ first: "ten" }) },
  {
    name: "a date that is no date",
    query: engagementsPage,
    variables: () => ({ filter: { date: { from: "2024-02-30" } } }),
  },
  {
    name: "an after cursor whose id looks like a uuid to the resolvers only",
    query: engagementsPage,
    variables: () => ({ after: Buffer.from(`cursor:${"-".repeat(36)}`).toString("base64url") }),
  },
  {
    name: "commitmentTotals with a bad committer ID",
    query: totalsQuery,
    variables: () => ({ groupBy: [], filter: { committer: "bad" } }),
  },
  {
    name: "a node ID whose id looks like a uuid to the resolvers only",
    query: nodeQuery,
    variables: () => ({ id: toGlobalId("Actor", "-".repeat(36)) }),
  },
];

const compiledCases = [
  ...benchCases,
  ...selectionCases,
  ...orderCases,
  ...filterCases,
  ...nestedCases,
  ...searchCases,
  ...totalsCases,
  ...countsCases,
  ...counterpartsCases,
  ...nodeCases,
  ...describedCases,
  ...pageCases,
  ...rootCases,
];

describe("compiled reads answer exactly as the resolvers do", () => {
  it.each(compiledCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const reply = await compare(c, true);
    expect(reply.status).toBe(200);
  });
});

describe("reads the compiled path leaves to the resolvers answer the same", () => {
  it.each(fallbackCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    await compare(c, false);
  });
});

// A page of 0 on every connection of the schema, root and nested, forward and backward: no edges, no
// cursors, hasNextPage (or hasPreviousPage) says whether records exist, and both paths give the same bytes.
it("every connection answers first: 0 and last: 0 alike on both paths", async () => {
  const f = pair.fixture;
  const schema = await buildAccordSchema();
  // Required arguments other than the page's, by field; a new one without an entry fails here.
  const required: Record<string, string> = {
    "Query.search": 'query: "korea"',
    "Query.counterparts": `actor: "${f.rok}"`,
  };
  const parents: Record<string, string> = {
    Actor: f.rok,
    Engagement: f.e1,
    Topic: f.security,
    Statement: f.s12,
    Commitment: f.c1,
    Source: f.source,
  };
  const walked: string[] = [];
  const connections = (type: GraphQLObjectType) =>
    Object.values(type.getFields()).filter((field) => getNamedType(field.type).name.endsWith("Connection"));
  const ask = async (owner: string, field: ReturnType<typeof connections>[number], wrap: (inner: string) => string) => {
    const connection = getNamedType(field.type) as GraphQLObjectType;
    const given = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const extra = given.length ? required[`${owner}.${field.name}`] : undefined;
    expect([`${owner}.${field.name}`, given.length > 0 && !extra]).toEqual([`${owner}.${field.name}`, false]);
    const compiled = owner !== "Query" || !Object.hasOwn(resolverOnly, `Query.${field.name}`);
    for (const page of field.args.some((arg) => arg.name === "last") ? ["first: 0", "last: 0"] : ["first: 0"]) {
      const total = connection.getFields().totalCount ? "totalCount" : "";
      const inner = `${field.name}(${[page, extra].filter(Boolean).join(", ")}) { ${total} edges { cursor } ${pageInfo} }`;
      const reply = await compare({ name: `${owner}.${field.name}(${page})`, query: wrap(inner) }, compiled);
      const found = JSON.stringify(reply.body.data).match(
        /"edges":\[(.*?)\].*?"hasNextPage":(\w+),"hasPreviousPage":(\w+),"startCursor":(\w+),"endCursor":(\w+)/,
      );
      const [, edges, next, previous, start, end] = found ?? [];
      expect([inner, edges, start, end]).toEqual([inner, "", "null", "null"]);
      // Without a cursor, records on the side the page walks towards are the only "more" there can be.
      const totalCount = JSON.stringify(reply.body.data).match(/"totalCount":(\d+)/)?.[1];
      if (totalCount !== undefined) {
        expect([inner, page === "first: 0" ? next : previous]).toEqual([inner, String(Number(totalCount) > 0)]);
      }
      walked.push(`${owner}.${field.name}(${page})`);
    }
  };
  for (const field of connections(schema.getQueryType()!)) {
    // The audit log answers an ADMIN only (auth.test.ts pages it); these servers are asked anonymously.
    if (/Authorized/.test(resolverOnly[`Query.${field.name}`] ?? "")) continue;
    await ask("Query", field, (inner) => `{ ${inner} }`);
  }
  for (const [typeName, description] of reads.types) {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || !description.table) continue;
    for (const field of connections(type)) {
      // Other types: their first row (a node of every type with connections, so node(id:) reaches it).
      const [first] = await pair.prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id::text FROM ${description.table} ORDER BY id LIMIT 1`,
      );
      const id = parents[typeName] ?? (first ? toGlobalId(typeName, first.id) : undefined);
      expect([typeName, id]).toEqual([typeName, expect.any(String)]);
      await ask(typeName, field, (inner) => `{ node(id: "${id}") { ... on ${typeName} { ${inner} } } }`);
    }
  }
  expect(walked).toEqual(expect.arrayContaining(["Query.engagements(last: 0)", "Actor.engagements(first: 0)"]));
  expect(walked.length).toBeGreaterThan(15);
});

it("the table covers what it means to", () => {
  expect(compiledCases.length).toBeGreaterThan(100);
  expect(fallbackCases.length).toBeGreaterThan(20);
});
