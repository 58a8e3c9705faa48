// Suite 3, A1–A40: every grouping of engagementCounts, statementCounts and counterparts, each alone (the
// whole table, one request) and with a typical filter rotating through 48 records (states, years, topics,
// persons), written once per server. The floor's SQL is bench/servers/floor-analytics-sql.mjs (one GROUP BY
// each); PostGraphile answers with @graphile/pg-aggregates where its groupBy and condition can say it.
import { rowId } from "./data/shape";
import type { BenchRequest, Unsupported } from "./request";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const graphql = (query: string, variables: object = {}): BenchRequest => ({
  method: "POST",
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});

/** How many different records each filtered query rotates through. */
const variants = 48;

/** The records a variant reads, the same for every server. */
export function analyticsRecords(engagements: number) {
  const persons = Math.max(400, Math.round(engagements / 10)) - 250;
  return {
    state: (i: number) => rowId("actor", (i * 4) % 200),
    otherState: (i: number) => rowId("actor", (i * 4 + 2) % 200),
    // The data set's engagements start 1950–2023: one year of them.
    year: (i: number) => 1960 + i,
    topic: (i: number) => rowId("topic", 6 + (i % 54)),
    // A person representing a state: participant person P represents state P mod 200 (load-sql.ts).
    person: (i: number) => 250 + Math.floor((i * persons) / variants),
  };
}
type Records = ReturnType<typeof analyticsRecords>;

/** What each query asks: its grouping, its filter (none: the whole table) and the records it rotates through. */
type Spec = {
  title: string;
  accord: (r: Records, i: number) => BenchRequest;
  floor: (r: Records, i: number) => [string, ...(string | number)[]];
  postgraphile?: (r: Records, i: number) => BenchRequest;
  /** Whether it rotates through the variants (a filter); otherwise one request, the whole table. */
  rotates: boolean;
  unsupported?: string;
};

const dated = "count firstDate lastDate";
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** engagementCounts with a group key's fields, a filter's declaration and value. */
function engagementCounts(groupBy: string, fields: string, filter?: { declare: string; filter: string }) {
  return (variables: object = {}) =>
    graphql(
      `query ${filter ? `(${filter.declare})` : ""} { engagementCounts(${filter ? `filter: ${filter.filter}, ` : ""}groupBy: [${groupBy}]) { ${fields} ${dated} } }`,
      variables,
    );
}
const byCountry = { declare: "$c: ID!", filter: "{ country: $c }" };
const byYear = { declare: "$d: DateRangeInput!", filter: "{ date: $d }" };
const byState = { declare: "$a: ID!", filter: "{ participants: { anyOf: [$a] } }" };
const byPair = { declare: "$a: ID!, $b: ID!", filter: "{ participants: { allOf: [$a, $b] } }" };
const byTopic = { declare: "$t: ID!", filter: "{ topic: $t }" };
/** Years `from` to `from + span - 1`, as the date filter and as the floor's two years. */
const yearsRange = (from: number, span: number) => ({ from: `${from}-01-01`, to: `${from + span - 1}-12-31` });
const countryVars = (r: Records, i: number) => ({ c: globalId("Actor", r.state(i)) });
const yearVars = (r: Records, i: number) => ({ d: yearRange(r.year(i)) });
const actor = "{ id name }";

function statementCounts(groupBy: string, fields: string, filter?: { declare: string; filter: string }) {
  return (variables: object = {}) =>
    graphql(
      `query ${filter ? `(${filter.declare})` : ""} { statementCounts(${filter ? `filter: ${filter.filter}, ` : ""}groupBy: [${groupBy}]) { ${fields} ${dated} } }`,
      variables,
    );
}
const bySpeaker = { declare: "$s: ID!", filter: "{ speaker: $s }" };
const byMention = { declare: "$m: ID!", filter: "{ mention: $m }" };
const speakerVars = (r: Records, i: number) => ({ s: globalId("Actor", r.state(i)) });
const topicVars = (r: Records, i: number) => ({ t: globalId("Topic", r.topic(i)) });
const personId = (r: Records, i: number) => rowId("actor", r.person(i));

const counterpartsQuery = (args: string, declare: string) =>
  `query (${declare}) { counterparts(${args}, first: 20) { totalCount edges { node { actor ${actor} ${dated}
    engagements(first: 5) { edges { node { id title startDate } } } } } } }`;

/** PostGraphile's groups of a table with pg-aggregates, counting distinct `counted` (engagements, statements). */
const pgAll = (table: string, groupBy: string, condition?: string, counted = "rowId") =>
  `query ${condition ? "($c: UUID!)" : ""} { ${table}${condition ? `(condition: { ${condition}: $c })` : ""} { groupedAggregates(groupBy: [${groupBy}]) { keys distinctCount { ${counted} } } } }`;
const noPeriods = "pg-aggregates truncates dates to the hour or day only, not the year, quarter or month";
const noRelated = "pg-aggregates' condition holds equality on the counted table's own columns only";
const noDates = "PostGraphile's condition has no date range";
const noTopN = "pg-aggregates' groupedAggregates takes groupBy and having only: no order by count, no limit";

const specs = {
  A1: {
    title: "engagementCounts by YEAR",
    rotates: false,
    accord: () => engagementCounts("YEAR", "period")(),
    floor: () => ["a_year"],
    unsupported: noPeriods,
  },
  A2: {
    title: "engagementCounts by YEAR, a state taking part",
    rotates: true,
    accord: (r, i) => engagementCounts("YEAR", "period", byState)({ a: globalId("Actor", r.state(i)) }),
    floor: (r, i) => ["a_year_state", r.state(i)],
    unsupported: noPeriods,
  },
  A3: {
    title: "engagementCounts by QUARTER",
    rotates: false,
    accord: () => engagementCounts("QUARTER", "period")(),
    floor: () => ["a_quarter"],
    unsupported: noPeriods,
  },
  A4: {
    title: "engagementCounts by QUARTER, two states together",
    rotates: true,
    accord: (r, i) =>
      engagementCounts(
        "QUARTER",
        "period",
        byPair,
      )({ a: globalId("Actor", r.state(i)), b: globalId("Actor", r.otherState(i)) }),
    floor: (r, i) => ["a_quarter_pair", r.state(i), r.otherState(i)],
    unsupported: noPeriods,
  },
  A5: {
    title: "engagementCounts by MONTH",
    rotates: false,
    accord: () => engagementCounts("MONTH", "period")(),
    floor: () => ["a_month"],
    unsupported: noPeriods,
  },
  A6: {
    title: "engagementCounts by MONTH, a country",
    rotates: true,
    accord: (r, i) => engagementCounts("MONTH", "period", byCountry)(countryVars(r, i)),
    floor: (r, i) => ["a_month_country", r.state(i)],
    unsupported: noPeriods,
  },
  A7: {
    title: "engagementCounts by KIND",
    rotates: false,
    accord: () => engagementCounts("KIND", "kind")(),
    floor: () => ["a_kind"],
    postgraphile: () => graphql(pgAll("allEngagements", "KIND")),
  },
  A8: {
    title: "engagementCounts by KIND, a year",
    rotates: true,
    accord: (r, i) => engagementCounts("KIND", "kind", byYear)(yearVars(r, i)),
    floor: (r, i) => ["a_kind_year", r.year(i)],
    unsupported: noDates,
  },
  A9: {
    title: "engagementCounts by STATUS",
    rotates: false,
    accord: () => engagementCounts("STATUS", "status")(),
    floor: () => ["a_status"],
    postgraphile: () => graphql(pgAll("allEngagements", "STATUS")),
  },
  A10: {
    title: "engagementCounts by STATUS, a country",
    rotates: true,
    accord: (r, i) => engagementCounts("STATUS", "status", byCountry)(countryVars(r, i)),
    floor: (r, i) => ["a_status_country", r.state(i)],
    postgraphile: (r, i) => graphql(pgAll("allEngagements", "STATUS", "countryId"), { c: r.state(i) }),
  },
  A11: {
    title: "engagementCounts by COUNTRY",
    rotates: false,
    accord: () => engagementCounts("COUNTRY", `country ${actor}`)(),
    floor: () => ["a_country"],
    postgraphile: () => graphql(pgAll("allEngagements", "COUNTRY_ID")),
  },
  A12: {
    title: "engagementCounts by COUNTRY, a year",
    rotates: true,
    accord: (r, i) => engagementCounts("COUNTRY", `country ${actor}`, byYear)(yearVars(r, i)),
    floor: (r, i) => ["a_country_year", r.year(i)],
    unsupported: noDates,
  },
  A13: {
    title: "engagementCounts by TOPIC",
    rotates: false,
    accord: () => engagementCounts("TOPIC", `topic ${actor}`)(),
    floor: () => ["a_topic"],
    postgraphile: () => graphql(pgAll("allEngagementTopics", "TOPIC_ID", undefined, "engagementId")),
  },
  A14: {
    title: "engagementCounts by TOPIC, a year, most first",
    rotates: true,
    accord: (r, i) =>
      graphql(
        `query ($d: DateRangeInput!) { engagementCounts(filter: { date: $d }, groupBy: [TOPIC], orderBy: COUNT) { topic ${actor} ${dated} } }`,
        yearVars(r, i),
      ),
    floor: (r, i) => ["a_topic_year", r.year(i)],
    unsupported: noDates,
  },
  A15: {
    title: "engagementCounts by PARTICIPANT",
    rotates: false,
    accord: () => engagementCounts("PARTICIPANT", `participant ${actor}`)(),
    floor: () => ["a_participant"],
    postgraphile: () => graphql(pgAll("allParticipants", "ACTOR_ID", undefined, "engagementId")),
  },
  A16: {
    title: "engagementCounts by PARTICIPANT, a country",
    rotates: true,
    accord: (r, i) => engagementCounts("PARTICIPANT", `participant ${actor}`, byCountry)(countryVars(r, i)),
    floor: (r, i) => ["a_participant_country", r.state(i)],
    unsupported: noRelated,
  },
  A17: {
    title: "engagementCounts by REPRESENTED",
    rotates: false,
    accord: () => engagementCounts("REPRESENTED", `represented ${actor}`)(),
    floor: () => ["a_represented"],
    // Distinct engagements per represented actor (its null group differs: rows without, not engagements without).
    postgraphile: () => graphql(pgAll("allParticipants", "REPRESENTS_ID", undefined, "engagementId")),
  },
  A18: {
    title: "engagementCounts by REPRESENTED, a year",
    rotates: true,
    accord: (r, i) => engagementCounts("REPRESENTED", `represented ${actor}`, byYear)(yearVars(r, i)),
    floor: (r, i) => ["a_represented_year", r.year(i)],
    unsupported: noDates,
  },
  A19: {
    title: "statementCounts by SPEAKER",
    rotates: false,
    accord: () => statementCounts("SPEAKER", `speaker ${actor}`)(),
    floor: () => ["a_speaker"],
    postgraphile: () => graphql(pgAll("allStatements", "SPEAKER_ID")),
  },
  A20: {
    title: "statementCounts by SPEAKER, mentioning a state",
    rotates: true,
    accord: (r, i) => statementCounts("SPEAKER", `speaker ${actor}`, byMention)({ m: globalId("Actor", r.state(i)) }),
    floor: (r, i) => ["a_speaker_mention", r.state(i)],
    unsupported: noRelated,
  },
  A21: {
    title: "statementCounts by KIND",
    rotates: false,
    accord: () => statementCounts("KIND", "kind")(),
    floor: () => ["a_statement_kind"],
    postgraphile: () => graphql(pgAll("allStatements", "KIND")),
  },
  A22: {
    title: "statementCounts by KIND, a speaker",
    rotates: true,
    accord: (r, i) => statementCounts("KIND", "kind", bySpeaker)(speakerVars(r, i)),
    floor: (r, i) => ["a_statement_kind_speaker", r.state(i)],
    postgraphile: (r, i) => graphql(pgAll("allStatements", "KIND", "speakerId"), { c: r.state(i) }),
  },
  A23: {
    title: "statementCounts by TOPIC",
    rotates: false,
    accord: () => statementCounts("TOPIC", `topic ${actor}`)(),
    floor: () => ["a_statement_topic"],
    postgraphile: () => graphql(pgAll("allStatementTopics", "TOPIC_ID", undefined, "statementId")),
  },
  A24: {
    title: "statementCounts by TOPIC, a speaker, most first",
    rotates: true,
    accord: (r, i) =>
      graphql(
        `query ($s: ID!) { statementCounts(filter: { speaker: $s }, groupBy: [TOPIC], orderBy: COUNT) { topic ${actor} ${dated} } }`,
        speakerVars(r, i),
      ),
    floor: (r, i) => ["a_statement_topic_speaker", r.state(i)],
    unsupported: noRelated,
  },
  A25: {
    title: "statementCounts by YEAR",
    rotates: false,
    accord: () => statementCounts("YEAR", "period")(),
    floor: () => ["a_statement_year"],
    unsupported: noPeriods,
  },
  A26: {
    title: "statementCounts by YEAR, a speaker",
    rotates: true,
    accord: (r, i) => statementCounts("YEAR", "period", bySpeaker)(speakerVars(r, i)),
    floor: (r, i) => ["a_statement_year_speaker", r.state(i)],
    unsupported: noPeriods,
  },
  A27: {
    title: "counterparts of a state (20, 5 engagements each)",
    rotates: true,
    accord: (r, i) => graphql(counterpartsQuery("actor: $a", "$a: ID!"), { a: globalId("Actor", r.state(i)) }),
    floor: (r, i) => ["q8", r.state(i)],
    unsupported: "no grouping over the participants of another participant's engagements",
  },
  A28: {
    title: "counterparts of a person representing its state",
    rotates: true,
    accord: (r, i) =>
      graphql(counterpartsQuery("actor: $a, representing: $s", "$a: ID!, $s: ID!"), {
        a: globalId("Actor", rowId("actor", r.person(i))),
        s: globalId("Actor", rowId("actor", r.person(i) % 200)),
      }),
    floor: (r, i) => ["a_counterparts_representing", rowId("actor", r.person(i)), rowId("actor", r.person(i) % 200)],
    unsupported: "no grouping over the participants of another participant's engagements",
  },
  A29: {
    title: "counterparts of a state since 2010 (a date filter)",
    rotates: true,
    accord: (r, i) =>
      graphql(counterpartsQuery("actor: $a, filter: { date: { from: $from } }", "$a: ID!, $from: Date!"), {
        a: globalId("Actor", r.state(i)),
        from: "2010-01-01",
      }),
    floor: (r, i) => ["a_counterparts_since", r.state(i), "2010-01-01"],
    unsupported: "no grouping over the participants of another participant's engagements",
  },
  A30: {
    title: "engagementCounts by PARTICIPANT, the 20 most frequent",
    rotates: false,
    accord: () =>
      graphql(
        `{ engagementCounts(groupBy: [PARTICIPANT], orderBy: COUNT, first: 20) { participant ${actor} ${dated} } }`,
      ),
    floor: () => ["a_participant_top"],
    unsupported: noTopN,
  },
  A31: {
    title: "statementCounts by SPEAKER, the 20 most frequent",
    rotates: false,
    accord: () =>
      graphql(`{ statementCounts(groupBy: [SPEAKER], orderBy: COUNT, first: 20) { speaker ${actor} ${dated} } }`),
    floor: () => ["a_speaker_top"],
    unsupported: noTopN,
  },
  A32: {
    title: "engagementCounts by PARTICIPANT, YEAR, a person taking part",
    rotates: true,
    accord: (r, i) =>
      engagementCounts(
        "PARTICIPANT, YEAR",
        `participant ${actor} period`,
        byState,
      )({ a: globalId("Actor", personId(r, i)) }),
    floor: (r, i) => ["a_participant_year_person", personId(r, i)],
    unsupported: noPeriods,
  },
  A33: {
    title: "engagementCounts by COUNTRY, YEAR, a decade",
    rotates: true,
    accord: (r, i) =>
      engagementCounts("COUNTRY, YEAR", `country ${actor} period`, byYear)({ d: yearsRange(r.year(i), 10) }),
    floor: (r, i) => ["a_country_year_decade", r.year(i), r.year(i) + 9],
    unsupported: noPeriods,
  },
  A34: {
    title: "engagementCounts by KIND, QUARTER, a country",
    rotates: true,
    accord: (r, i) => engagementCounts("KIND, QUARTER", "kind period", byCountry)(countryVars(r, i)),
    floor: (r, i) => ["a_kind_quarter_country", r.state(i)],
    unsupported: noPeriods,
  },
  A35: {
    title: "engagementCounts by TOPIC, YEAR, a state taking part",
    rotates: true,
    accord: (r, i) =>
      engagementCounts("TOPIC, YEAR", `topic ${actor} period`, byState)({ a: globalId("Actor", r.state(i)) }),
    floor: (r, i) => ["a_topic_year_state", r.state(i)],
    unsupported: noPeriods,
  },
  A36: {
    title: "engagementCounts by REPRESENTED, five years",
    rotates: true,
    accord: (r, i) => engagementCounts("REPRESENTED", `represented ${actor}`, byYear)({ d: yearsRange(r.year(i), 5) }),
    floor: (r, i) => ["a_represented_years", r.year(i), r.year(i) + 4],
    unsupported: noDates,
  },
  A37: {
    title: "engagementCounts by MONTH, a topic",
    rotates: true,
    accord: (r, i) => engagementCounts("MONTH", "period", byTopic)(topicVars(r, i)),
    floor: (r, i) => ["a_month_topic", r.topic(i)],
    unsupported: noPeriods,
  },
  A38: {
    title: "statementCounts by SPEAKER, YEAR, a topic",
    rotates: true,
    accord: (r, i) => statementCounts("SPEAKER, YEAR", `speaker ${actor} period`, byTopic)(topicVars(r, i)),
    floor: (r, i) => ["a_speaker_year_topic", r.topic(i)],
    unsupported: noPeriods,
  },
  A39: {
    title: "statementCounts by YEAR, TOPIC, a speaker",
    rotates: true,
    accord: (r, i) => statementCounts("YEAR, TOPIC", `topic ${actor} period`, bySpeaker)(speakerVars(r, i)),
    floor: (r, i) => ["a_statement_year_topic_speaker", r.state(i)],
    unsupported: noPeriods,
  },
  A40: {
    title: "counterparts of a person since 1990 (a date filter)",
    rotates: true,
    accord: (r, i) =>
      graphql(counterpartsQuery("actor: $a, filter: { date: { from: $from } }", "$a: ID!, $from: Date!"), {
        a: globalId("Actor", personId(r, i)),
        from: "1990-01-01",
      }),
    floor: (r, i) => ["a_counterparts_since", personId(r, i), "1990-01-01"],
    unsupported: "no grouping over the participants of another participant's engagements",
  },
} satisfies Record<string, Spec>;

export type AnalyticsSuiteQuery = keyof typeof specs;
export const analyticsSuiteQueries = Object.keys(specs) as AnalyticsSuiteQuery[];
export const analyticsSuiteTitles = Object.fromEntries(
  Object.entries(specs).map(([name, spec]) => [name, `${spec.title}${spec.rotates ? ` (${variants} records)` : ""}`]),
) as Record<AnalyticsSuiteQuery, string>;

export function analyticsSuiteRequests(
  server: "accord" | "postgraphile" | "floor",
  engagements: number,
): Record<AnalyticsSuiteQuery, BenchRequest[] | Unsupported> {
  const records = analyticsRecords(engagements);
  const entries = Object.entries(specs).map(([name, spec]: [string, Spec]) => {
    const indexes = spec.rotates ? range(variants) : [0];
    if (server === "accord") return [name, indexes.map((i) => spec.accord(records, i))];
    if (server === "floor")
      return [
        name,
        indexes.map((i): BenchRequest => {
          const [path, ...params] = spec.floor(records, i);
          const query = new URLSearchParams();
          for (const param of params) query.append("p", String(param));
          return { method: "GET", path: `/${path}?${query}` };
        }),
      ];
    const { postgraphile } = spec;
    return [
      name,
      postgraphile ? indexes.map((i) => postgraphile(records, i)) : { unsupported: spec.unsupported ?? "n/a" },
    ];
  });
  return Object.fromEntries(entries);
}
