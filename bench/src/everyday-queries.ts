// Suite 2, E1–E17: everyday reads outside suite 1, written once per server. Each rotates its variables
// through 48 records (states, engagements, topics, persons …) so that no server answers one hot record.
// Each page asks for no more rows than every rotated record has at every data size (10,000 engagements
// up), so an answer is the same size at every size and the growth check measures the server, not the data.
import { rowId } from "./data/shape";
import type { BenchRequest, Unsupported } from "./request";

export type EverydayQuery =
  | "E1"
  | "E2"
  | "E3"
  | "E4"
  | "E5"
  | "E6"
  | "E7"
  | "E8"
  | "E9"
  | "E10"
  | "E11"
  | "E12"
  | "E13"
  | "E14"
  | "E15"
  | "E16"
  | "E17";

export const everydayTitles: Record<EverydayQuery, string> = {
  E1: "a beneficiary's 15 newest commitments + committer, engagement, history",
  E2: "engagement detail by node(id): participants, topics, statements, commitments, citations",
  E3: "50 statements on a topic + speaker, engagement",
  E4: "a country's 25 newest engagements + participantCount",
  E5: "50 states after a cursor + identifiers, aliases",
  E6: "a country's 20 oldest engagements (last: 20, backward) + topics",
  E7: "search a name, second page of 10 (after) + labels",
  E8: "commitment detail by node(id): money, parties, statement, history, citations",
  E9: "a source + its 20 citations and cited engagements",
  E10: "a topic page: parent, children, 20 statements + speakers",
  E11: "a person's page: identifiers, 10 statements, 10 engagements + totalCount",
  E12: "nodes(ids: 10 engagements) + country, participantCount",
  E13: "a publisher's newest source + its first 3 citations",
  E14: "10 topics after a cursor + parent, children",
  E15: "a speaker's 10 statements (statements filter) + topics, mentions",
  E16: "a committer's 10 newest commitments + stages (kind, money, date)",
  E17: "pledged vs delivered of a committer: commitmentTotals by stage, currency",
};

export const everydayQueries = Object.keys(everydayTitles) as EverydayQuery[];

/** How many different records each query rotates through. */
export const variants = 48;

/** What a server's requests may need: the data size, and a way to ask the server (cursors it writes itself). */
export type EverydayContext = { engagements: number; ask: (query: string, variables?: object) => Promise<unknown> };

export const graphql = (query: string, variables: object = {}): BenchRequest => ({
  method: "POST",
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const accordCursor = (id: string) => Buffer.from(`cursor:${id}`, "utf8").toString("base64url");

/** The records each variant reads, the same for every server. */
export function everydayRecords(engagements: number) {
  const persons = Math.max(400, Math.round(engagements / 10)) - 250;
  const sources = Math.max(10, Math.round(engagements / 100));
  const spread = (i: number, of: number) => Math.floor((i * of) / variants);
  return {
    state: (i: number) => rowId("actor", (i * 4) % 200),
    otherState: (i: number) => rowId("actor", (i * 4 + 2) % 200),
    engagement: (i: number) => rowId("engagement", spread(i, engagements) + 7),
    // Commitments exist for even engagement numbers.
    commitment: (i: number) => rowId("commitment", 2 * spread(i, engagements / 2) + 4),
    leafTopic: (i: number) => rowId("topic", 6 + (i % 54)),
    otherLeafTopic: (i: number) => rowId("topic", 6 + ((i + 27) % 54)),
    topic: (i: number) => rowId("topic", i % 50),
    person: (i: number) => rowId("actor", 250 + spread(i, persons)),
    // The persons who speak: statement k=0 of engagement i is spoken by person (i·7919 + 104729) mod persons.
    speaker: (i: number) => rowId("actor", 250 + ((spread(i, engagements) * 7919 + 104729) % persons)),
    source: (i: number) => rowId("source", spread(i, sources)),
    // Source k is published by state k mod 200: these states publish at least one source at every size.
    publisher: (i: number) => rowId("actor", spread(i, Math.min(200, sources))),
    nameTerm: (i: number) => nameTerms[i % nameTerms.length] ?? "Kim",
    tenEngagements: (i: number) =>
      range(10).map((k) => rowId("engagement", (spread(i, engagements) + k * 97 + 3) % engagements)),
  };
}

// The data set's name parts (bench/src/data/load-sql.ts) that match at least 20 persons at 10,000 engagements
// (two full pages of E7); Goran, Hana and Park match fewer there.
const nameTerms = [
  ...["Anna", "Ben", "Cho", "Dana", "Emil", "Fatima", "Ivan", "Jin", "Karin", "Luis", "Mira", "Noah"],
  ...["Olga", "Quinn", "Rosa", "Sven", "Tae", "Uma", "Vera", "Wei", "Xenia", "Yuki", "Zoe", "Amir", "Bela"],
  ...["Chen", "Dario", "Kim", "Lee", "Schmidt", "Rossi", "Dubois", "Novak", "Tanaka", "Silva", "Garcia", "Nowak"],
  ...["Jensen", "Olsen", "Costa", "Ivanova", "Sato", "Nguyen", "Khan", "Haddad", "Moreau"],
];

export async function everydayRequests(
  server: "accord" | "postgraphile" | "floor",
  context: EverydayContext,
): Promise<Record<EverydayQuery, BenchRequest[] | Unsupported>> {
  const records = everydayRecords(context.engagements);
  if (server === "floor") return floorRequests(records);
  return server === "accord" ? accordRequests(records, context) : postgraphileRequests(records, context);
}

type Records = ReturnType<typeof everydayRecords>;

function floorRequests(r: Records): Record<EverydayQuery, BenchRequest[]> {
  const at = (pick: (i: number) => string | string[], name: string) =>
    range(variants).map((i): BenchRequest => {
      const value = pick(i);
      const query = new URLSearchParams();
      query.append("p", Array.isArray(value) ? `{${value.join(",")}}` : value);
      return { method: "GET", path: `/${name}?${query}` };
    });
  return {
    E1: at(r.state, "e1"),
    E2: at(r.engagement, "e2"),
    E3: at(r.leafTopic, "e3"),
    E4: at(r.state, "e4"),
    E5: at(r.state, "e5"),
    E6: at(r.otherState, "e6"),
    E7: at(r.nameTerm, "e7"),
    E8: at(r.commitment, "e8"),
    E9: at(r.source, "e9"),
    E10: at(r.otherLeafTopic, "e10"),
    E11: at(r.person, "e11"),
    E12: at(r.tenEngagements, "e12"),
    E13: at(r.publisher, "e13"),
    E14: at(r.topic, "e14"),
    E15: at(r.speaker, "e15"),
    E16: at(r.state, "e16"),
    E17: at(r.otherState, "e17"),
  };
}

const searchHit = `__typename ... on Actor { id name } ... on Engagement { id title startDate }
  ... on Statement { id gist } ... on Commitment { id description }`;

async function accordRequests(r: Records, context: EverydayContext): Promise<Record<EverydayQuery, BenchRequest[]>> {
  const each = (query: string, variables: (i: number) => object) =>
    range(variants).map((i) => graphql(query, variables(i)));
  const id = (type: string, pick: (i: number) => string) => (i: number) => ({ id: globalId(type, pick(i)) });
  // Search cursors hold the hit's rank: asked of the server for each term's first page.
  const searchFirst = `query ($q: String!) { search(query: $q, first: 10) { pageInfo { endCursor } } }`;
  const searchCursors: string[] = [];
  for (const i of range(variants)) {
    const answer = (await context.ask(searchFirst, { q: r.nameTerm(i) })) as {
      data?: { search?: { pageInfo?: { endCursor?: string } } };
    };
    searchCursors.push(answer.data?.search?.pageInfo?.endCursor ?? "");
  }
  return {
    E1: each(
      `query ($b: ID!) { commitments(filter: { beneficiary: $b }, first: 15) { edges { node { id description status madeOn
        money { amount currency } committer { id name } engagement { id title startDate }
        history { status effectiveOn recordedAt } } } } }`,
      (i) => ({ b: globalId("Actor", r.state(i)) }),
    ),
    E2: each(
      `query ($id: ID!) { node(id: $id) { ... on Engagement { id title kind status startDate endDate city summary
        country { id name } participants { role titleAsReported actor { id name kind } represents { id name } }
        topics { id name }
        statements(first: 20) { edges { node { id gist kind position speaker { id name } topics { id name } } } }
        commitments(first: 20) { edges { node { id description status money { amount currency } committer { id name } } } }
        citations { id locator source { id title url } } } } }`,
      id("Engagement", r.engagement),
    ),
    E3: each(
      `query ($t: ID!) { statements(filter: { topic: $t }, first: 50) { edges { node { id gist kind
        speaker { id name } engagement { id title startDate } } } } }`,
      (i) => ({ t: globalId("Topic", r.leafTopic(i)) }),
    ),
    E4: each(
      `query ($c: ID!) { engagements(filter: { country: $c }, first: 25) { edges { node { id title kind startDate
        participantCount } } } }`,
      (i) => ({ c: globalId("Actor", r.state(i)) }),
    ),
    E5: each(
      `query ($after: String) { actors(filter: { kind: [STATE] }, first: 50, after: $after) { edges { node { id name
        identifiers { scheme value } aliases { name language } } } } }`,
      (i) => ({ after: accordCursor(r.state(i)) }),
    ),
    E6: each(
      `query ($c: ID!) { engagements(filter: { country: $c }, last: 20) { pageInfo { hasPreviousPage startCursor }
        edges { node { id title startDate topics { id name } } } } }`,
      (i) => ({ c: globalId("Actor", r.otherState(i)) }),
    ),
    E7: each(
      `query ($q: String!, $after: String) { search(query: $q, first: 10, after: $after) {
        pageInfo { hasNextPage endCursor } edges { rank node { ${searchHit} } } } }`,
      (i) => ({ q: r.nameTerm(i), after: searchCursors[i] }),
    ),
    E8: each(
      `query ($id: ID!) { node(id: $id) { ... on Commitment { id description kind status madeOn periodStart periodEnd
        money { amount currency asReported } committer { id name } beneficiary { id name }
        engagement { id title startDate } statement { id gist speaker { id name } }
        history { status effectiveOn note recordedAt } citations { id locator source { id title } } } } }`,
      id("Commitment", r.commitment),
    ),
    E9: each(
      `query ($id: ID!) { node(id: $id) { ... on Source { id title url publishedOn publisher { id name }
        citations(first: 20) { totalCount edges { node { id locator
          record { __typename ... on Engagement { id title startDate } } } } } } } }`,
      id("Source", r.source),
    ),
    E10: each(
      `query ($id: ID!) { node(id: $id) { ... on Topic { id name slug path parent { id name } children { id name }
        statements(first: 20) { edges { node { id gist speaker { id name } engagement { id title startDate } } } } } } }`,
      id("Topic", r.otherLeafTopic),
    ),
    E11: each(
      `query ($id: ID!) { node(id: $id) { ... on Actor { id name kind identifiers { scheme value } aliases { name }
        statements(first: 10) { edges { node { id gist engagement { id title startDate } } } }
        engagements(first: 10) { totalCount edges { node { id title startDate country { id name } } } } } } }`,
      id("Actor", r.person),
    ),
    E12: each(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Engagement { id title startDate country { id name }
        participantCount } } }`,
      (i) => ({ ids: r.tenEngagements(i).map((e) => globalId("Engagement", e)) }),
    ),
    E13: each(
      `query ($p: ID!) { sources(filter: { publisher: $p }, first: 1) { totalCount edges { node { id title url
        publishedOn citations(first: 3) { totalCount edges { node { id locator } } } } } } }`,
      (i) => ({ p: globalId("Actor", r.publisher(i)) }),
    ),
    E14: each(
      `query ($after: String) { topics(first: 10, after: $after) { edges { node { id name slug
        parent { id name } children { id name } } } } }`,
      (i) => ({ after: accordCursor(r.topic(i)) }),
    ),
    E15: each(
      `query ($s: ID!) { statements(filter: { speaker: $s }, first: 10) { edges { node { id gist kind
        topics { id name } mentions { id name } engagement { id title startDate } } } } }`,
      (i) => ({ s: globalId("Actor", r.speaker(i)) }),
    ),
    E16: each(
      `query ($c: ID!) { commitments(filter: { committer: $c }, first: 10) { edges { node { id description status
        money { amount currency } stages { kind money { amount currency } occurred { edtf start end } } } } } }`,
      (i) => ({ c: globalId("Actor", r.state(i)) }),
    ),
    E17: each(
      `query ($c: ID!) { commitmentTotals(filter: { committer: $c }, groupBy: [STAGE]) { stage currency total count } }`,
      (i) => ({ c: globalId("Actor", r.otherState(i)) }),
    ),
  };
}

export type Cursored = { edges?: { cursor: string; node: { rowId: string } }[] };

/** PostGraphile's cursors are its own: asked of it once, for the rows the variants start after. */
export async function postgraphileCursors(context: EverydayContext, query: string): Promise<Map<string, string>> {
  const answer = (await context.ask(query)) as { data?: Record<string, Cursored> };
  const connection = Object.values(answer.data ?? {})[0];
  return new Map((connection?.edges ?? []).map((edge) => [edge.node.rowId, edge.cursor]));
}

async function postgraphileRequests(
  r: Records,
  context: EverydayContext,
): Promise<Record<EverydayQuery, BenchRequest[]>> {
  const each = (query: string, variables: (i: number) => object) =>
    range(variants).map((i) => graphql(query, variables(i)));
  const stateCursors = await postgraphileCursors(
    context,
    `{ allActors(condition: { kind: STATE }, orderBy: [NAME_ASC, ROW_ID_ASC]) { edges { cursor node { rowId } } } }`,
  );
  const topicCursors = await postgraphileCursors(
    context,
    `{ allTopics(orderBy: [PATH_ASC, ROW_ID_ASC]) { edges { cursor node { rowId } } } }`,
  );
  const searchCursors: string[] = [];
  for (const i of range(variants)) {
    const answer = (await context.ask(
      `query ($q: String!) { searchRecords(query: $q, first: 10) { pageInfo { endCursor } } }`,
      { q: r.nameTerm(i) },
    )) as { data?: { searchRecords?: { pageInfo?: { endCursor?: string } } } };
    searchCursors.push(answer.data?.searchRecords?.pageInfo?.endCursor ?? "");
  }
  const statementFields = `rowId gist kind actorBySpeakerId { rowId name } engagementByEngagementId { rowId title startDate }`;
  return {
    E1: each(
      `query ($b: UUID!) { actorByRowId(rowId: $b) { commitmentsByBeneficiaryId(first: 15, orderBy: [MADE_ON_DESC, ROW_ID_DESC]) {
        nodes { rowId description status madeOn amount currency actorByCommitterId { rowId name }
          engagementByEngagementId { rowId title startDate }
          commitmentStatusChangesByCommitmentId(orderBy: [RECORDED_AT_ASC, ROW_ID_ASC]) { nodes { status effectiveOn recordedAt } } } } } }`,
      (i) => ({ b: r.state(i) }),
    ),
    E2: each(
      `query ($id: UUID!) { engagementByRowId(rowId: $id) { rowId title kind status startDate endDate city summary
        actorByCountryId { rowId name }
        participantsByEngagementId { nodes { role titleAsReported
          actorByActorId { rowId name kind } actorByRepresentsId { rowId name } } }
        engagementTopicsByEngagementId { nodes { topicByTopicId { rowId name } } }
        statementsByEngagementId(first: 20, orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { rowId gist kind position
          actorBySpeakerId { rowId name } statementTopicsByStatementId { nodes { topicByTopicId { rowId name } } } } }
        commitmentsByEngagementId(first: 20, orderBy: [MADE_ON_DESC, ROW_ID_DESC]) { nodes { rowId description status
          amount currency actorByCommitterId { rowId name } } }
        citationsByEngagementId { nodes { rowId locator sourceBySourceId { rowId title url } } } } }`,
      (i) => ({ id: r.engagement(i) }),
    ),
    E3: each(
      `query ($t: UUID!) { topicByRowId(rowId: $t) { statements(first: 50) { nodes { ${statementFields} } } } }`,
      (i) => ({ t: r.leafTopic(i) }),
    ),
    E4: each(
      `query ($c: UUID!) { actorByRowId(rowId: $c) { engagementsByCountryId(first: 25, orderBy: [START_DATE_DESC, ROW_ID_DESC]) {
        nodes { rowId title kind startDate participantsByEngagementId { totalCount } } } } }`,
      (i) => ({ c: r.state(i) }),
    ),
    E5: each(
      `query ($after: Cursor) { allActors(condition: { kind: STATE }, orderBy: [NAME_ASC, ROW_ID_ASC], first: 50, after: $after) {
        nodes { rowId name actorIdentifiersByActorId { nodes { scheme value } } actorAliasesByActorId { nodes { name language } } } } }`,
      (i) => ({ after: stateCursors.get(r.state(i)) }),
    ),
    E6: each(
      `query ($c: UUID!) { actorByRowId(rowId: $c) { engagementsByCountryId(last: 20, orderBy: [START_DATE_DESC, ROW_ID_DESC]) {
        pageInfo { hasPreviousPage startCursor }
        nodes { rowId title startDate engagementTopicsByEngagementId { nodes { topicByTopicId { rowId name } } } } } } }`,
      (i) => ({ c: r.otherState(i) }),
    ),
    E7: each(
      `query ($q: String!, $after: Cursor) { searchRecords(query: $q, first: 10, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { type rowId rank label } } }`,
      (i) => ({ q: r.nameTerm(i), after: searchCursors[i] }),
    ),
    E8: each(
      `query ($id: UUID!) { commitmentByRowId(rowId: $id) { rowId description kind status madeOn periodStart periodEnd
        amount currency amountAsReported actorByCommitterId { rowId name } actorByBeneficiaryId { rowId name }
        engagementByEngagementId { rowId title startDate } statementByStatementId { rowId gist actorBySpeakerId { rowId name } }
        commitmentStatusChangesByCommitmentId(orderBy: [RECORDED_AT_ASC, ROW_ID_ASC]) { nodes { status effectiveOn note recordedAt } }
        citationsByCommitmentId { nodes { rowId locator sourceBySourceId { rowId title } } } } }`,
      (i) => ({ id: r.commitment(i) }),
    ),
    E9: each(
      `query ($id: UUID!) { sourceByRowId(rowId: $id) { rowId title url publishedOn actorByPublisherId { rowId name }
        citationsBySourceId(first: 20, orderBy: [ROW_ID_ASC]) { totalCount nodes { rowId locator
          engagementByEngagementId { rowId title startDate } } } } }`,
      (i) => ({ id: r.source(i) }),
    ),
    E10: each(
      `query ($id: UUID!) { topicByRowId(rowId: $id) { rowId name slug path topicByParentId { rowId name }
        topicsByParentId { nodes { rowId name } } statements(first: 20) { nodes { ${statementFields} } } } }`,
      (i) => ({ id: r.otherLeafTopic(i) }),
    ),
    E11: each(
      `query ($id: UUID!) { actorByRowId(rowId: $id) { rowId name kind actorIdentifiersByActorId { nodes { scheme value } }
        actorAliasesByActorId { nodes { name } }
        statements(first: 10) { nodes { rowId gist engagementByEngagementId { rowId title startDate } } }
        engagements(first: 10) { totalCount nodes { rowId title startDate actorByCountryId { rowId name } } } } }`,
      (i) => ({ id: r.person(i) }),
    ),
    // PostGraphile has node(id) but no nodes(ids): ten aliases of engagementByRowId, as a user would write.
    E12: each(
      `query (${range(10)
        .map((k) => `$e${k}: UUID!`)
        .join(", ")}) { ${range(10)
        .map(
          (k) =>
            `e${k}: engagementByRowId(rowId: $e${k}) { rowId title startDate actorByCountryId { rowId name } participantsByEngagementId { totalCount } }`,
        )
        .join(" ")} }`,
      (i) => Object.fromEntries(r.tenEngagements(i).map((e, k) => [`e${k}`, e])),
    ),
    E13: each(
      `query ($p: UUID!) { actorByRowId(rowId: $p) { sourcesByPublisherId(first: 1) {
        totalCount nodes { rowId title url publishedOn citationsBySourceId(first: 3, orderBy: [ROW_ID_ASC]) { totalCount nodes { rowId locator } } } } } }`,
      (i) => ({ p: r.publisher(i) }),
    ),
    E14: each(
      `query ($after: Cursor) { allTopics(first: 10, after: $after, orderBy: [PATH_ASC, ROW_ID_ASC]) { nodes { rowId name slug
        topicByParentId { rowId name } topicsByParentId { nodes { rowId name } } } } }`,
      (i) => ({ after: topicCursors.get(r.topic(i)) }),
    ),
    E15: each(
      `query ($s: UUID!) { actorByRowId(rowId: $s) { statements(first: 10) { nodes { rowId gist kind
        statementTopicsByStatementId { nodes { topicByTopicId { rowId name } } }
        statementMentionsByStatementId { nodes { actorByActorId { rowId name } } }
        engagementByEngagementId { rowId title startDate } } } } }`,
      (i) => ({ s: r.speaker(i) }),
    ),
    E16: each(
      `query ($c: UUID!) { actorByRowId(rowId: $c) { commitmentsByCommitterId(first: 10, orderBy: [MADE_ON_DESC, ROW_ID_DESC]) {
        nodes { rowId description status amount currency commitmentStagesByCommitmentId(orderBy: [POSITION_ASC]) {
          nodes { kind amount currency occurredOn occurredOnPrecision } } } } } }`,
      (i) => ({ c: r.state(i) }),
    ),
    // A function a PostGraphile user would add in SQL (bench/servers/postgraphile-extras.sql).
    E17: each(
      `query ($c: UUID!) { actorByRowId(rowId: $c) { stageTotals { nodes { kind currency total count } } } }`,
      (i) => ({ c: r.otherState(i) }),
    ),
  };
}
