// Suite "probe", P1–P26: reads a new user of the public schema writes that neither suite 1 nor suite 2
// contains (issue 13: "unseen queries of the kinds above will be tried"). Each rotates its variables through
// 48 records with suite 2's machinery (everyday-queries.ts); PostGraphile answers with what a PostGraphile
// user would add in SQL (bench/servers/postgraphile-extras.sql). No floor version.

import { rowId } from "./data/shape";
import { type EverydayContext, everydayRecords, globalId, graphql, range, variants } from "./everyday-queries";
import type { BenchRequest, Unsupported } from "./request";

export const probeTitles = {
  P1: "a state by node: 10 commitments made and 10 received + stages, totalCount",
  P2: "engagements in a 3-month range of two kinds + citations, sources, publisher",
  P3: "a speaker's last 10 statements (statements filter, last: 10) + engagement, topics",
  P4: "a root topic's children + each one's first 3 statements and totalCount",
  P5: "commitments of a status made in a year, newest 20 + committer, beneficiary",
  P6: "commitments in a currency up to an amount, largest 15 first + parties, engagement",
  P7: "nodes(ids): 4 actors, 3 statements, 3 commitments",
  P8: "an engagement's participants + actors' and represented states' identifiers, aliases",
  P9: "a state's engagements in a year + topics, 5 statements with speakers",
  P10: "persons by name, 10 + identifiers, 3 newest engagements with totalCount",
  P11: "engagements of two states together, newest 10 + participants",
  P12: "statements by words and kind, newest 10 + speaker, engagement",
  P13: "engagements on a topic, newest 20 + country, participantCount",
  P14: "engagements last added (orderBy CREATED_AT) after a cursor, 20",
  P15: "commitments in a currency, largest first after a cursor, 15 + committer",
  P16: "a country's engagements of two kinds, oldest first (START_DATE ASC), 20 + topics",
  P17: "a committer's 10 oldest commitments (last: 10, backward) + beneficiary, stages",
  P18: "sources newest first after a cursor, 10 + each one's first 5 citations, totalCount",
  P19: "a state's 10 oldest engagements (Actor.engagements START_DATE ASC) + participantCount",
  P20: "states Z→A (NAME DESC), the 20 before a cursor (last/before) + identifiers",
  P21: "a statement by node: speaker, engagement + country, topics + parent, mentions, commitments",
  P22: "a committer's commitments oldest first (MADE_ON ASC), 10 + links, co-committers, items, history",
  P23: "two engagements by node, aliased: fields twice, statements first 2 and last 2, participants",
  P24: "a root's topics in reverse tree order (PATH DESC), 10 + parent, first 2 statements",
  P25: "a state by node: tenures, bodies, parent; officeHolders of its foreign minister on a day",
  P26: "engagements by a city's name and a kind, by title A→Z, 10 + country",
} as const;

export type ProbeQuery = keyof typeof probeTitles;
export const probeQueries = Object.keys(probeTitles) as ProbeQuery[];

const engagementKinds = ["BILATERAL_MEETING", "MULTILATERAL_MEETING", "VISIT", "CALL", "SUMMIT", "CONFERENCE"];
const commitmentStatuses = ["PROPOSED", "ANNOUNCED", "PLEDGED", "IN_PROGRESS", "DELIVERED"];
const currencies = ["USD", "EUR", "KRW", "JPY", "GBP"];
// One-word cities of the data set's engagements (bench/src/data/load-sql.ts), each ~3,300 at 100,000 engagements.
const cities = [
  "Rome",
  "Jakarta",
  "Ottawa",
  "Geneva",
  "Helsinki",
  "Dublin",
  "Madrid",
  "Oslo",
  "Nairobi",
  "Seoul",
  "Paris",
];
const statementKinds = ["WELCOME", "POSITION", "REQUEST", "PROPOSAL", "DEMAND", "AGREEMENT", "CONCERN", "HOPE"];

/** The probe's own rotated values, on top of suite 2's records (the data set spans 1950–2023). */
function probeRecords(engagements: number) {
  const r = everydayRecords(engagements);
  const pad = (n: number) => String(n).padStart(2, "0");
  // 48 different years: 3 is prime to the 74 years of the data set.
  const year = (i: number) => 1950 + ((i * 3) % 74);
  const spread = (i: number, of: number) => Math.floor((i * of) / variants);
  return {
    ...r,
    year,
    yearRange: (i: number) => ({ from: `${year(i)}-01-01`, to: `${year(i)}-12-31` }),
    quarter: (i: number) => {
      const start = (i * 17) % 880; // months since January 1950
      const end = start + 2;
      const day = (m: number) => `${1950 + Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
      const last = new Date(Date.UTC(1950 + Math.floor(end / 12), (end % 12) + 1, 0)).getUTCDate();
      return { from: `${day(start)}-01`, to: `${day(end)}-${pad(last)}` };
    },
    twoKinds: (i: number) => [engagementKinds[i % 6] ?? "VISIT", engagementKinds[(i + 2) % 6] ?? "CALL"],
    status: (i: number) => commitmentStatuses[i % 5] ?? "PLEDGED",
    currency: (i: number) => currencies[i % 5] ?? "USD",
    maxAmount: (i: number) => String((i + 1) * 2_000_000),
    rootTopic: (i: number) => rowId("topic", i % 6),
    statementKind: (i: number) => statementKinds[i % statementKinds.length] ?? "POSITION",
    // "topic N" matches statements about topic N (and statement numbers starting with N).
    words: (i: number) => `topic ${6 + (i % 54)}`,
    city: (i: number) => cities[i % cities.length] ?? "Rome",
    kind: (i: number) => engagementKinds[i % 6] ?? "VISIT",
    twoEngagements: (i: number) => [
      r.engagement(i),
      rowId("engagement", (spread(i, engagements) + 1009) % engagements),
    ],
    // A statement of every engagement number: k = 0 or 1 (two statements per engagement).
    statement: (i: number) => rowId(`statement:${spread(i, engagements) + 11}`, i % 2),
    mixed: (i: number) => ({
      actors: [r.state(i), r.person(i), r.otherState(i), r.speaker(i)],
      statements: [0, 1, 2].map((k) => rowId(`statement:${spread(i, engagements) + k * 131 + 5}`, k % 2)),
      commitments: [0, 1, 2].map((k) =>
        rowId("commitment", 2 * ((spread(i, engagements / 2) + k * 211 + 3) % (engagements / 2))),
      ),
    }),
  };
}

type Records = ReturnType<typeof probeRecords>;

export async function probeRequests(
  server: "accord" | "postgraphile" | "floor",
  context: EverydayContext,
): Promise<Record<ProbeQuery, BenchRequest[] | Unsupported>> {
  const records = probeRecords(context.engagements);
  if (server === "floor") {
    const none = { unsupported: "no floor version of the probe suite" };
    return Object.fromEntries(probeQueries.map((query) => [query, none])) as Record<ProbeQuery, Unsupported>;
  }
  // Pages after a record: each server's own cursors for the same rows (its first 100 in the page's order).
  const cursors = async (query: string, variables: object = {}) => {
    const answer = (await context.ask(query, variables)) as { data?: Record<string, { edges?: { cursor: string }[] }> };
    return (Object.values(answer.data ?? {})[0]?.edges ?? []).map((edge) => edge.cursor);
  };
  const accord = server === "accord";
  const added = await cursors(
    accord
      ? "{ engagements(orderBy: { field: CREATED_AT, direction: DESC }, first: 100) { edges { cursor } } }"
      : "{ allEngagements(orderBy: [CREATED_AT_DESC, ROW_ID_DESC], first: 100) { edges { cursor } } }",
  );
  const largest = await Promise.all(
    currencies.map((c) =>
      cursors(
        accord
          ? `query ($c: Currency) { commitments(filter: { currency: $c }, orderBy: { field: AMOUNT, direction: DESC }, first: 100) { edges { cursor } } }`
          : `query ($c: String) { allCommitments(condition: { currency: $c }, orderBy: [AMOUNT_DESC, ROW_ID_DESC], first: 100) { edges { cursor } } }`,
        { c },
      ),
    ),
  );
  const newestSources = await cursors(
    accord
      ? "{ sources(first: 100) { edges { cursor } } }"
      : "{ allSources(orderBy: [PUBLISHED_ON_DESC, ROW_ID_DESC], first: 100) { edges { cursor } } }",
  );
  const statesZa = await cursors(
    accord
      ? "{ actors(filter: { kind: [STATE] }, orderBy: { field: NAME, direction: DESC }, first: 100) { edges { cursor } } }"
      : "{ allActors(condition: { kind: STATE }, orderBy: [NAME_DESC, ROW_ID_DESC], first: 100) { edges { cursor } } }",
  );
  const after = {
    added: (i: number) => added[(i * 2) % Math.max(1, added.length)],
    largest: (i: number) => largest[i % 5]?.[Math.floor(i / 5) * 7],
    source: (i: number) => newestSources[i * 2],
    // The 20th to the 67th state Z→A: each has 20 before it.
    stateZa: (i: number) => statesZa[20 + i],
  };
  return accord ? accordRequests(records, after) : postgraphileRequests(records, after);
}

type After = Record<"added" | "largest" | "source" | "stateZa", (i: number) => string | undefined>;

const each = (query: string, variables: (i: number) => object) =>
  range(variants).map((i) => graphql(query, variables(i)));

function accordRequests(r: Records, after: After): Record<ProbeQuery, BenchRequest[]> {
  const actor = (pick: (i: number) => string) => (i: number) => globalId("Actor", pick(i));
  const commitmentNode = (party: string) => `id description status madeOn money { amount currency } ${party} { id name }
    stages { kind money { amount currency } }`;
  return {
    P1: each(
      `query ($id: ID!) { node(id: $id) { ... on Actor { id name kind
        commitmentsMade(first: 10) { totalCount edges { node { ${commitmentNode("beneficiary")} } } }
        commitmentsReceived(first: 10) { totalCount edges { node { ${commitmentNode("committer")} } } } } } }`,
      (i) => ({ id: actor(r.state)(i) }),
    ),
    P2: each(
      `query ($from: Date, $to: Date, $kinds: [EngagementKind!]) { engagements(filter: { date: { from: $from, to: $to }, kind: $kinds },
        first: 20) { edges { node { id title kind startDate
          citations { id locator source { id title url publisher { id name } } } } } } }`,
      (i) => ({ ...r.quarter(i), kinds: r.twoKinds(i) }),
    ),
    P3: each(
      `query ($s: ID!) { statements(filter: { speaker: $s }, last: 10) { pageInfo { hasPreviousPage startCursor }
        edges { node { id gist kind engagement { id title startDate } topics { id name } } } } }`,
      (i) => ({ s: actor(r.speaker)(i) }),
    ),
    P4: each(
      `query ($id: ID!) { node(id: $id) { ... on Topic { id name children { id name slug
        statements(first: 3) { totalCount edges { node { id gist } } } } } } }`,
      (i) => ({ id: globalId("Topic", r.rootTopic(i)) }),
    ),
    P5: each(
      `query ($status: CommitmentStatus, $from: Date, $to: Date) { commitments(filter: { status: $status, made: { from: $from, to: $to } },
        first: 20) { edges { node { id description status madeOn money { amount currency } committer { id name }
          beneficiary { id name } } } } }`,
      (i) => ({ status: r.status(i), ...r.yearRange(i) }),
    ),
    P6: each(
      `query ($c: Currency, $max: Decimal) { commitments(filter: { currency: $c, maxAmount: $max },
        orderBy: { field: AMOUNT, direction: DESC }, first: 15) { edges { node { id description money { amount currency }
          committer { id name } beneficiary { id name } engagement { id title } } } } }`,
      (i) => ({ c: r.currency(i), max: r.maxAmount(i) }),
    ),
    P7: each(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Actor { id name kind }
        ... on Statement { id gist speaker { id name } } ... on Commitment { id description status committer { id name } } } }`,
      (i) => {
        const m = r.mixed(i);
        return {
          ids: [
            ...m.actors.map((id) => globalId("Actor", id)),
            ...m.statements.map((id) => globalId("Statement", id)),
            ...m.commitments.map((id) => globalId("Commitment", id)),
          ],
        };
      },
    ),
    P8: each(
      `query ($id: ID!) { node(id: $id) { ... on Engagement { id title participants { role titleAsReported
        actor { id name kind identifiers { scheme value } aliases { name language } }
        represents { id name identifiers { scheme value } aliases { name } } } } } }`,
      (i) => ({ id: globalId("Engagement", r.engagement(i)) }),
    ),
    P9: each(
      `query ($c: ID!, $from: Date, $to: Date) { engagements(filter: { country: $c, date: { from: $from, to: $to } }, first: 10) {
        edges { node { id title startDate topics { id name }
          statements(first: 5) { edges { node { id gist speaker { id name } } } } } } } }`,
      (i) => ({ c: actor(r.otherState)(i), ...r.yearRange(i) }),
    ),
    P10: each(
      `query ($q: String!) { actors(filter: { name: $q, kind: [PERSON] }, first: 10) { edges { node { id name kind
        identifiers { scheme value }
        engagements(first: 3) { totalCount edges { node { id title startDate country { id name } } } } } } } }`,
      (i) => ({ q: r.nameTerm(i) }),
    ),
    P11: each(
      `query ($a: ID!, $b: ID!) { engagements(filter: { participants: { allOf: [$a, $b] } }, first: 10) { edges { node {
        id title startDate participants { role actor { id name } represents { id name } } } } } }`,
      (i) => ({ a: actor(r.state)(i), b: actor(r.otherState)(i) }),
    ),
    P12: each(
      `query ($q: String!, $k: StatementKind) { statements(filter: { text: $q, kind: $k }, first: 10) { edges { node {
        id gist kind speaker { id name } engagement { id title startDate } } } } }`,
      (i) => ({ q: r.words(i), k: r.statementKind(i) }),
    ),
    P13: each(
      `query ($t: ID!) { engagements(filter: { topic: $t }, first: 20) { edges { node { id title startDate
        country { id name } participantCount } } } }`,
      (i) => ({ t: globalId("Topic", r.leafTopic(i)) }),
    ),
    P14: each(
      `query ($after: String) { engagements(orderBy: { field: CREATED_AT, direction: DESC }, first: 20, after: $after) {
        edges { node { id title kind startDate } } } }`,
      (i) => ({ after: after.added(i) }),
    ),
    P15: each(
      `query ($c: Currency, $after: String) { commitments(filter: { currency: $c }, orderBy: { field: AMOUNT, direction: DESC },
        first: 15, after: $after) { edges { node { id description money { amount currency } committer { id name } } } } }`,
      (i) => ({ c: r.currency(i), after: after.largest(i) }),
    ),
    P16: each(
      `query ($c: ID!, $kinds: [EngagementKind!]) { engagements(filter: { country: $c, kind: $kinds },
        orderBy: { field: START_DATE, direction: ASC }, first: 20) { edges { node { id title kind startDate
          topics { id name } } } } }`,
      (i) => ({ c: actor(r.state)(i), kinds: r.twoKinds(i) }),
    ),
    P17: each(
      `query ($c: ID!) { commitments(filter: { committer: $c }, last: 10) { pageInfo { hasPreviousPage startCursor }
        edges { node { id description status madeOn money { amount currency } beneficiary { id name }
          stages { kind money { amount currency } } } } } }`,
      (i) => ({ c: actor(r.otherState)(i) }),
    ),
    P18: each(
      `query ($after: String) { sources(first: 10, after: $after) { edges { node { id title url publishedOn
        publisher { id name } citations(first: 5) { totalCount edges { node { id locator
          record { ... on Engagement { id title startDate } } } } } } } } }`,
      (i) => ({ after: after.source(i) }),
    ),
    P19: each(
      `query ($id: ID!) { node(id: $id) { ... on Actor { id name
        engagements(orderBy: { field: START_DATE, direction: ASC }, first: 10) { edges { node { id title kind startDate
          participantCount } } } } } }`,
      (i) => ({ id: actor(r.state)(i) }),
    ),
    P20: each(
      `query ($before: String) { actors(filter: { kind: [STATE] }, orderBy: { field: NAME, direction: DESC }, last: 20,
        before: $before) { pageInfo { hasPreviousPage } edges { node { id name kind identifiers { scheme value } } } } }`,
      (i) => ({ before: after.stateZa(i) }),
    ),
    P21: each(
      `query ($id: ID!) { node(id: $id) { ... on Statement { id gist quote kind position
        speaker { id name kind } engagement { id title startDate country { id name } }
        topics { id name path parent { id name } } mentions { id name kind }
        commitments { id description status money { amount currency } } } } }`,
      (i) => ({ id: globalId("Statement", r.statement(i)) }),
    ),
    P22: each(
      `query ($c: ID!) { commitments(filter: { committer: $c }, orderBy: { field: MADE_ON, direction: ASC }, first: 10) {
        edges { node { id description kind status madeOn links { kind direction other { id description } }
          coCommitters { id name } items { description quantity unit } history { status recordedAt } } } } }`,
      (i) => ({ c: actor(r.state)(i) }),
    ),
    P23: each(
      `query ($a: ID!, $b: ID!) { ${["a", "b"]
        .map(
          (k) => `${k}: node(id: $${k}) { ... on Engagement { key: id t: title when: startDate again: title
        firstTwo: statements(first: 2) { edges { node { id g: gist } } }
        lastTwo: statements(last: 2) { edges { node { id g: gist who: speaker { n: name } } } }
        people: participants(first: 3) { r: role a: actor { n: name } } } }`,
        )
        .join(" ")} }`,
      (i) => {
        const [a = "", b = ""] = r.twoEngagements(i);
        return { a: globalId("Engagement", a), b: globalId("Engagement", b) };
      },
    ),
    P24: each(
      `query ($root: ID!) { topics(filter: { under: $root }, orderBy: { field: PATH, direction: DESC }, first: 10) {
        edges { node { id name path parent { id name } statements(first: 2) { edges { node { id gist } } } } } } }`,
      (i) => ({ root: globalId("Topic", r.rootTopic(i)) }),
    ),
    P25: each(
      `query ($id: ID!, $on: Date!) { node(id: $id) { ... on Actor { id name validFrom validTo parent { id name }
        bodies(first: 5) { totalCount edges { node { id name } } }
        tenures(first: 5) { totalCount edges { node { id start { edtf } office { id name } } } } } }
        officeHolders(office: "Minister of Foreign Affairs", jurisdiction: $id, on: $on) { id holder { id name } } }`,
      (i) => ({ id: actor(r.state)(i), on: r.yearRange(i).from }),
    ),
    P26: each(
      `query ($q: String!, $k: [EngagementKind!]) { engagements(filter: { text: $q, kind: $k },
        orderBy: { field: TITLE, direction: ASC }, first: 10) { edges { node { id title kind startDate city
          country { id name } } } } }`,
      (i) => ({ q: r.city(i), k: [r.kind(i)] }),
    ),
  };
}

function postgraphileRequests(r: Records, after: After): Record<ProbeQuery, BenchRequest[]> {
  const commitmentNode = (party: string) => `rowId description status madeOn amount currency ${party} { rowId name }
    commitmentStagesByCommitmentId(orderBy: [POSITION_ASC]) { nodes { kind amount currency } }`;
  const newest = "orderBy: [MADE_ON_DESC, ROW_ID_DESC]";
  return {
    P1: each(
      `query ($id: UUID!) { actorByRowId(rowId: $id) { rowId name kind
        commitmentsByCommitterId(first: 10, ${newest}) { totalCount nodes { ${commitmentNode("actorByBeneficiaryId")} } }
        commitmentsByBeneficiaryId(first: 10, ${newest}) { totalCount nodes { ${commitmentNode("actorByCommitterId")} } } } }`,
      (i) => ({ id: r.state(i) }),
    ),
    P2: each(
      `query ($from: Date!, $to: Date!, $kinds: [EngagementKind]!) { engagementsBetween(from: $from, to: $to, kinds: $kinds, first: 20) {
        nodes { rowId title kind startDate citationsByEngagementId { nodes { rowId locator
          sourceBySourceId { rowId title url actorByPublisherId { rowId name } } } } } } }`,
      (i) => ({ ...r.quarter(i), kinds: r.twoKinds(i) }),
    ),
    P3: each(
      `query ($s: UUID!) { actorByRowId(rowId: $s) { statementsOldest(first: 10) { pageInfo { hasNextPage endCursor }
        nodes { rowId gist kind engagementByEngagementId { rowId title startDate }
          statementTopicsByStatementId { nodes { topicByTopicId { rowId name } } } } } } }`,
      (i) => ({ s: r.speaker(i) }),
    ),
    P4: each(
      `query ($id: UUID!) { topicByRowId(rowId: $id) { rowId name topicsByParentId { nodes { rowId name slug
        statements(first: 3) { totalCount nodes { rowId gist } } } } } }`,
      (i) => ({ id: r.rootTopic(i) }),
    ),
    P5: each(
      `query ($status: CommitmentStatus!, $from: Date!, $to: Date!) { commitmentsMadeBetween(status: $status, from: $from, to: $to,
        first: 20) { nodes { rowId description status madeOn amount currency actorByCommitterId { rowId name }
          actorByBeneficiaryId { rowId name } } } }`,
      (i) => ({ status: r.status(i), ...r.yearRange(i) }),
    ),
    P6: each(
      `query ($c: String!, $max: BigFloat!) { commitmentsUpTo(currency: $c, max: $max, first: 15) { nodes { rowId description
        amount currency actorByCommitterId { rowId name } actorByBeneficiaryId { rowId name }
        engagementByEngagementId { rowId title } } } }`,
      (i) => ({ c: r.currency(i), max: r.maxAmount(i) }),
    ),
    // No nodes(ids) in PostGraphile: an alias per record, as a user would write.
    P7: each(
      `query ($a0: UUID!, $a1: UUID!, $a2: UUID!, $a3: UUID!, $s0: UUID!, $s1: UUID!, $s2: UUID!, $c0: UUID!, $c1: UUID!, $c2: UUID!) {
        ${range(4)
          .map((k) => `a${k}: actorByRowId(rowId: $a${k}) { rowId name kind }`)
          .join(" ")}
        ${range(3)
          .map((k) => `s${k}: statementByRowId(rowId: $s${k}) { rowId gist actorBySpeakerId { rowId name } }`)
          .join(" ")}
        ${range(3)
          .map(
            (k) =>
              `c${k}: commitmentByRowId(rowId: $c${k}) { rowId description status actorByCommitterId { rowId name } }`,
          )
          .join(" ")} }`,
      (i) => {
        const m = r.mixed(i);
        return Object.fromEntries([
          ...m.actors.map((id, k) => [`a${k}`, id]),
          ...m.statements.map((id, k) => [`s${k}`, id]),
          ...m.commitments.map((id, k) => [`c${k}`, id]),
        ]);
      },
    ),
    P8: each(
      `query ($id: UUID!) { engagementByRowId(rowId: $id) { rowId title participantsByEngagementId { nodes { role titleAsReported
        actorByActorId { rowId name kind actorIdentifiersByActorId { nodes { scheme value } }
          actorAliasesByActorId { nodes { name language } } }
        actorByRepresentsId { rowId name actorIdentifiersByActorId { nodes { scheme value } }
          actorAliasesByActorId { nodes { name } } } } } } }`,
      (i) => ({ id: r.engagement(i) }),
    ),
    P9: each(
      `query ($c: UUID!, $from: Date!, $to: Date!) { actorByRowId(rowId: $c) { countryEngagementsBetween(from: $from, to: $to, first: 10) {
        nodes { rowId title startDate engagementTopicsByEngagementId { nodes { topicByTopicId { rowId name } } }
          statementsByEngagementId(first: 5, orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { rowId gist
            actorBySpeakerId { rowId name } } } } } } }`,
      (i) => ({ c: r.otherState(i), ...r.yearRange(i) }),
    ),
    P10: each(
      `query ($q: String!) { actorsNamed(term: $q, kind: PERSON, first: 10) { nodes { rowId name kind
        actorIdentifiersByActorId { nodes { scheme value } }
        engagements(first: 3) { totalCount nodes { rowId title startDate actorByCountryId { rowId name } } } } } }`,
      (i) => ({ q: r.nameTerm(i) }),
    ),
    P11: each(
      `query ($a: UUID!, $b: UUID!) { engagementsTogether(a: $a, b: $b, first: 10) { nodes { rowId title startDate
        participantsByEngagementId { nodes { role actorByActorId { rowId name } actorByRepresentsId { rowId name } } } } } }`,
      (i) => ({ a: r.state(i), b: r.otherState(i) }),
    ),
    P12: each(
      `query ($q: String!, $k: StatementKind!) { statementsMatching(words: $q, kind: $k, first: 10) { nodes { rowId gist kind
        actorBySpeakerId { rowId name } engagementByEngagementId { rowId title startDate } } } }`,
      (i) => ({ q: r.words(i), k: r.statementKind(i) }),
    ),
    P13: each(
      `query ($t: UUID!) { topicByRowId(rowId: $t) { engagements(first: 20) { nodes { rowId title startDate
        actorByCountryId { rowId name } participantsByEngagementId { totalCount } } } } }`,
      (i) => ({ t: r.leafTopic(i) }),
    ),
    P14: each(
      `query ($after: Cursor) { allEngagements(orderBy: [CREATED_AT_DESC, ROW_ID_DESC], first: 20, after: $after) {
        nodes { rowId title kind startDate } } }`,
      (i) => ({ after: after.added(i) }),
    ),
    P15: each(
      `query ($c: String, $after: Cursor) { allCommitments(condition: { currency: $c }, orderBy: [AMOUNT_DESC, ROW_ID_DESC],
        first: 15, after: $after) { nodes { rowId description amount currency actorByCommitterId { rowId name } } } }`,
      (i) => ({ c: r.currency(i), after: after.largest(i) }),
    ),
    P16: each(
      `query ($c: UUID!, $kinds: [EngagementKind]!) { actorByRowId(rowId: $c) { countryEngagementsOfKindsOldest(kinds: $kinds,
        first: 20) { nodes { rowId title kind startDate
          engagementTopicsByEngagementId { nodes { topicByTopicId { rowId name } } } } } } }`,
      (i) => ({ c: r.state(i), kinds: r.twoKinds(i) }),
    ),
    P17: each(
      `query ($c: UUID!) { actorByRowId(rowId: $c) { commitmentsByCommitterId(last: 10, ${newest}) {
        pageInfo { hasPreviousPage startCursor } nodes { rowId description status madeOn amount currency
          actorByBeneficiaryId { rowId name }
          commitmentStagesByCommitmentId(orderBy: [POSITION_ASC]) { nodes { kind amount currency } } } } } }`,
      (i) => ({ c: r.otherState(i) }),
    ),
    P18: each(
      `query ($after: Cursor) { allSources(orderBy: [PUBLISHED_ON_DESC, ROW_ID_DESC], first: 10, after: $after) {
        nodes { rowId title url publishedOn actorByPublisherId { rowId name }
          citationsBySourceId(first: 5, orderBy: [ROW_ID_ASC]) { totalCount nodes { rowId locator
            engagementByEngagementId { rowId title startDate } } } } } }`,
      (i) => ({ after: after.source(i) }),
    ),
    P19: each(
      `query ($id: UUID!) { actorByRowId(rowId: $id) { rowId name engagementsOldest(first: 10) { nodes { rowId title kind
        startDate participantsByEngagementId { totalCount } } } } }`,
      (i) => ({ id: r.state(i) }),
    ),
    P20: each(
      `query ($before: Cursor) { allActors(condition: { kind: STATE }, orderBy: [NAME_DESC, ROW_ID_DESC], last: 20,
        before: $before) { pageInfo { hasPreviousPage } nodes { rowId name kind
          actorIdentifiersByActorId { nodes { scheme value } } } } }`,
      (i) => ({ before: after.stateZa(i) }),
    ),
    P21: each(
      `query ($id: UUID!) { statementByRowId(rowId: $id) { rowId gist quote kind position
        actorBySpeakerId { rowId name kind } engagementByEngagementId { rowId title startDate actorByCountryId { rowId name } }
        statementTopicsByStatementId { nodes { topicByTopicId { rowId name path topicByParentId { rowId name } } } }
        statementMentionsByStatementId { nodes { actorByActorId { rowId name kind } } }
        commitmentsByStatementId { nodes { rowId description status amount currency } } } }`,
      (i) => ({ id: r.statement(i) }),
    ),
    P22: each(
      `query ($c: UUID!) { actorByRowId(rowId: $c) { commitmentsByCommitterId(orderBy: [MADE_ON_ASC, ROW_ID_ASC], first: 10) {
        nodes { rowId description kind status madeOn
          commitmentLinksByFromId { nodes { kind commitmentByToId { rowId description } } }
          commitmentLinksByToId { nodes { kind commitmentByFromId { rowId description } } }
          commitmentCoCommittersByCommitmentId { nodes { actorByActorId { rowId name } } }
          commitmentItemsByCommitmentId { nodes { description quantity unit } }
          commitmentStatusChangesByCommitmentId { nodes { status recordedAt } } } } } }`,
      (i) => ({ c: r.state(i) }),
    ),
    P23: each(
      `query ($a: UUID!, $b: UUID!) { ${["a", "b"]
        .map(
          (k) => `${k}: engagementByRowId(rowId: $${k}) { key: rowId t: title when: startDate again: title
        firstTwo: statementsByEngagementId(first: 2, orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { rowId g: gist } }
        lastTwo: statementsByEngagementId(last: 2, orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { rowId g: gist
          who: actorBySpeakerId { n: name } } }
        people: participantsByEngagementId(first: 3) { nodes { r: role a: actorByActorId { n: name } } } }`,
        )
        .join(" ")} }`,
      (i) => {
        const [a = "", b = ""] = r.twoEngagements(i);
        return { a, b };
      },
    ),
    P24: each(
      `query ($root: UUID!) { allTopics(condition: { parentId: $root }, orderBy: [PATH_DESC], first: 10) { nodes { rowId name
        path topicByParentId { rowId name } statements(first: 2) { nodes { rowId gist } } } } }`,
      (i) => ({ root: r.rootTopic(i) }),
    ),
    P25: each(
      `query ($id: UUID!, $on: Date!) { actorByRowId(rowId: $id) { rowId name validFrom validTo actorByParentId { rowId name }
        actorsByParentId(first: 5) { totalCount nodes { rowId name } }
        tenuresByHolderId(first: 5) { totalCount nodes { rowId startDate officeByOfficeId { rowId name } } }
        officeHoldersOn(office: "Minister of Foreign Affairs", on: $on) { nodes { rowId actorByHolderId { rowId name } } } } }`,
      (i) => ({ id: r.state(i), on: r.yearRange(i).from }),
    ),
    P26: each(
      `query ($q: String!, $k: EngagementKind!) { engagementsMatching(words: $q, kind: $k, first: 10) { nodes { rowId title
        kind startDate city actorByCountryId { rowId name } } } }`,
      (i) => ({ q: r.city(i), k: r.kind(i) }),
    ),
  };
}
