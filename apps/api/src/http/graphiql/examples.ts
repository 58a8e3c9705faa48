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
        start { edtf start end precision inferred }
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
      start { edtf iso start end precision inferred approximate }
      end { edtf }
      country { name }
      participants { role actor { name } represents { name } }
    }
  }
}
`,
    variables: { id: ids.choRutteMeeting ?? "" },
  },
  {
    title: "Search: South Korea",
    query: `# Searching "South Korea" finds the Republic of Korea (by its alias), then what mentions it.
query SearchSouthKorea {
  search(query: "South Korea", first: 10) {
    totalCount
    edges {
      rank
      node {
        __typename
        ... on Actor { name kind aliases { name } }
        ... on Engagement { title start { edtf } }
        ... on Statement { gist speaker { name } }
        ... on Commitment { description status }
      }
    }
  }
}
`,
  },
  {
    title: "ROK and NATO together",
    query: `# The engagements in which both the Republic of Korea and NATO take part
# (directly or represented): the Cho–Rutte meeting, the ministerial and the 2024 briefing.
query RokAndNato($actors: [ID!]!) {
  engagements(filter: { participants: { allOf: $actors } }) {
    totalCount
    edges {
      node {
        title
        start { edtf start end }
        participants { role actor { name } represents { name } }
      }
    }
  }
}
`,
    variables: { actors: [ids.rok ?? "", ids.nato ?? ""] },
  },
  {
    title: "Dates as the sources give them",
    query: `# Sources give a year, a month or a day, sometimes only implied: each date comes as EDTF text
# (2024? is the 2024 briefing: a year, inferred) with the first and last day it stands for.
# A date filter matches dates that OVERLAP the range (the default) or lie WITHIN it: the 2024 briefing
# overlaps the second half of 2024 but is not within it. Writes take the same text:
#   createEngagement(input: { kind: BRIEFING, title: "…", start: "2024?" })
query DatesAsGiven {
  overlapping: engagements(filter: { date: { from: "2024-07-01", to: "2024-12-31" } }) {
    edges { node { title start { edtf iso start end precision inferred approximate } } }
  }
  within: engagements(filter: { date: { from: "2024-07-01", to: "2024-12-31", match: WITHIN } }) {
    totalCount
  }
  aprilMeetings: engagements(filter: { date: { from: "2025-04-01", to: "2025-04-30", match: WITHIN } }) {
    edges { node { title start { edtf } } }
  }
}
`,
  },
  {
    title: "ROK's money for Ukraine",
    query: `# What the Republic of Korea has committed to Ukraine: USD 2.4 billion in all
# (USD 2 billion announced, USD 400 million delivered), and each commitment.
query RokToUkraine($rok: ID!, $ukraine: ID!) {
  commitmentTotals(filter: { committer: $rok, beneficiary: $ukraine }, groupBy: [STATUS]) {
    status
    currency
    total
    count
  }
  commitments(filter: { committer: $rok, beneficiary: $ukraine }) {
    edges {
      node {
        description
        status
        made { edtf start end }
        money { amount currency asReported }
      }
    }
  }
}
`,
    variables: { rok: ids.rok ?? "", ukraine: ids.ukraine ?? "" },
  },
  {
    title: "Pledged vs delivered",
    query: `# ROK's money for Ukraine by stage (pledged, committed, disbursed, delivered …): each stage's own
# amount, each promise counted once; then each commitment's stages in order, each also in euros at its
# date once rates are loaded (accord import --format fx-rates): without a rate, null with the reason.
query PledgedVsDelivered($rok: ID!, $ukraine: ID!) {
  commitmentTotals(filter: { committer: $rok, beneficiary: $ukraine }, groupBy: [STAGE]) {
    stage
    currency
    total
    count
    converted(currency: "EUR") { amount converted lacking }
  }
  commitments(filter: { committer: $rok, beneficiary: $ukraine }) {
    edges {
      node {
        description
        status
        stages {
          position kind occurred { edtf } money { amount currency asReported }
          converted(currency: "EUR") { amount rate rateDate missing reason }
        }
      }
    }
  }
}
`,
    variables: { rok: ids.rok ?? "", ukraine: ids.ukraine ?? "" },
  },
  {
    title: "Rutte on North Korea",
    query: `# Mark Rutte's statements that concern North Korea (statements 7 and 10),
# with the passage of the article each one is read from.
query RutteOnNorthKorea($rutte: ID!, $northKorea: ID!) {
  statements(filter: { speaker: $rutte, mention: $northKorea }) {
    edges {
      node {
        position
        kind
        gist
        engagement { title }
        citations { quote startOffset endOffset source { title } }
      }
    }
  }
}
`,
    variables: { rutte: ids.markRutte ?? "", northKorea: ids.northKorea ?? "" },
  },
  {
    title: "Who was Foreign Minister?",
    query: `# Who held the office of Minister of Foreign Affairs of the Republic of Korea on 2025-04-02.
query ForeignMinister($rok: ID) {
  officeHolders(office: "Minister of Foreign Affairs", on: "2025-04-02", jurisdiction: $rok) {
    holder { name }
    office { name jurisdiction { name } }
    start { edtf }
    end { edtf start end }
  }
}
`,
    variables: { rok: ids.rok ?? null },
  },
  {
    title: "ROK–NATO meetings by quarter",
    query: `# A time series: how often the Republic of Korea and NATO met, by quarter (2024: 1, 2025: 2 by year).
# A date known only to the year counts in its year and in the quarter-unknown bucket ("2024-QX").
query RokNatoByQuarter($actors: [ID!]) {
  engagementCounts(filter: { participants: { allOf: $actors } }, groupBy: [QUARTER]) {
    period
    count
    first { edtf }
    last { edtf }
  }
}
`,
    variables: { actors: [ids.rok ?? "", ids.nato ?? ""] },
  },
  {
    title: "Whom the ROK met most",
    query: `# Counterparts ranked by engagements together; a minister's meetings count for the state.
query RokCounterparts($rok: ID!) {
  counterparts(actor: $rok, first: 10) {
    totalCount
    edges {
      node {
        actor { name kind }
        count
        first { edtf }
        last { edtf }
        engagements(first: 3) { edges { node { title start { edtf } } } }
      }
    }
  }
}
`,
    variables: { rok: ids.rok ?? "" },
  },
];
