// compiled-reads.test.ts's grids (engagements by every order field and direction, every root list by every kind of
// page), split between the tiers: the fast tier asks a sample that still reaches every order field, direction, root
// list and kind of page; the slow tier (compiled-reads-exhaustive.slow.test.ts) the rest. Together, every case once.
import type { Case, Variables } from "./compiled-reads-pair";

type EndCursor = (query: string, variables: Variables, path: (data: never) => string) => Promise<string>;

export const pageInfo = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
export const engagementsPage = `query($first: Int, $after: String, $orderBy: EngagementOrder, $filter: EngagementFilter) {
  engagements(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount edges { cursor node { id title startDate kind } } ${pageInfo}
  }
}`;
export const actorPage = `query($id: ID!, $first: Int, $orderBy: EngagementOrder) {
  node(id: $id) { ... on Actor {
    name engagements(first: $first, orderBy: $orderBy) { totalCount edges { cursor node { id title startDate } } ${pageInfo} }
  } }
}`;
export const firstPage = (data: { engagements: { pageInfo: { endCursor: string } } }) =>
  data.engagements.pageInfo.endCursor;
// The root lists beside engagements: every filter, order, direction and cursor the keyset SQL takes.
export const rootPage = (field: string, args: string, node: string) => `query($first: Int, $last: Int, $after: String,
  $before: String) { ${field}(first: $first, last: $last, after: $after, before: $before${args}) { totalCount
  edges { cursor node { ${node} } } ${pageInfo} } }`;
const rootLists: [string, string, string][] = [
  ["actors", "", "id name kind"],
  ["actors", ", orderBy: { field: CREATED_AT, direction: DESC }", "name"],
  ["actors", ", filter: { kind: [STATE] }", "name"],
  ["statements", "", "id gist position speaker { name } engagement { title }"],
  ["statements", ", orderBy: { field: ENGAGEMENT_DATE, direction: ASC }", "gist"],
  ["statements", ', filter: { kinds: [PLEDGE, POSITION], text: "korea" }', "gist kind"],
  ["commitments", "", "id description madeOn"],
  ["commitments", ", orderBy: { field: AMOUNT, direction: ASC }", "description money { amount currency }"],
  ["commitments", ", orderBy: { field: AMOUNT, direction: DESC }", "description"],
  // A currency leads its index: the page's rows without an amount (none) walk its null end, not the primary key.
  [
    "commitments",
    ', filter: { currency: "USD" }, orderBy: { field: AMOUNT, direction: DESC }',
    "description money { amount }",
  ],
  ["topics", "", "id slug name path description parent { slug }"],
  ["topics", ", orderBy: { field: NAME, direction: DESC }, filter: { root: false }", "name"],
  ["sources", "", "id kind title url language publishedOn publisher { name } authors { name }"],
  ["sources", ", orderBy: { field: PUBLISHED_ON, direction: ASC }", "title publishedOn"],
  ["sources", ", orderBy: { field: TITLE, direction: ASC }", "title"],
];

type Grid = { sampled: Case[]; remaining: Case[] };
const split = (cells: { cases: Case[]; sampled: boolean }[]): Grid => ({
  sampled: cells.filter((cell) => cell.sampled).flatMap((cell) => cell.cases),
  remaining: cells.filter((cell) => !cell.sampled).flatMap((cell) => cell.cases),
});

/** The grids' cases, cursors read through the pair's resolver server. */
export function gridCases(endCursor: EndCursor): { orders: Grid; roots: Grid } {
  // Sampled: START_DATE ASC, TITLE DESC, CREATED_AT ASC (every field, both directions).
  const orders = split(
    ["START_DATE", "TITLE", "CREATED_AT"].flatMap((field, f) =>
      ["ASC", "DESC"].map((direction, d) => ({
        sampled: (f + d) % 2 === 0,
        cases: [
          {
            name: `engagements by ${field} ${direction}`,
            query: engagementsPage,
            variables: () => ({ first: 7, orderBy: { field, direction } }),
          },
          {
            name: `engagements by ${field} ${direction}, after the first page`,
            query: engagementsPage,
            variables: async () => {
              const variables = { first: 7, orderBy: { field, direction } };
              return { ...variables, after: await endCursor(engagementsPage, variables, firstPage) };
            },
          },
          {
            name: `an actor's engagements by ${field} ${direction}`,
            query: actorPage,
            variables: (f: { rok: string }) => ({ id: f.rok, first: 2, orderBy: { field, direction } }),
          },
        ],
      })),
    ),
  );
  const rootCursor = (field: string, args: string) =>
    endCursor(
      `{ ${field}(first: 3${args}) { pageInfo { endCursor } } }`,
      {},
      (data: Record<string, { pageInfo: { endCursor: string } }>) => data[field]!.pageInfo.endCursor,
    );
  // Sampled: each list by one plain page and one cursor page, forward and backward (first and before, or last
  // and after, alternately).
  const roots = split(
    rootLists.flatMap(([field, args, node], i) => {
      const query = rootPage(field, args, node);
      const pages: [string, Case["variables"]][] = [
        ["first", () => ({ first: 4 })],
        ["last", () => ({ last: 4 })],
        ["after", async () => ({ first: 4, after: await rootCursor(field, args) })],
        ["before", async () => ({ last: 2, before: await rootCursor(field, args) })],
      ];
      return pages.map(([page, variables]) => ({
        sampled: (page === "first" || page === "before") === (i % 2 === 0),
        cases: [{ name: `${field}(${args}) ${page}`, query, variables }],
      }));
    }),
  );
  return { orders, roots };
}
