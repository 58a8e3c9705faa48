import {
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
} from "graphql";
import { pricedCurrencies } from "../commitments/commitment-totals.service";
import { buildAccordSchema } from "../schema/build-schema";
import { dearestPart, estimateNodes } from "./cost";
import { pricedYears, pricingOf } from "./list-size";
import { aggregateWork, convertGroupWork, countWork, searchCountWork, searchWork, workOf } from "./work";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAccordSchema();
});

function parsed(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error("no operation");
  return { document, operation };
}

function estimate(query: string, variables: Record<string, unknown> = {}): number {
  const { document, operation } = parsed(query);
  return estimateNodes(schema, document, operation, variables);
}

function dearest(query: string, variables: Record<string, unknown> = {}) {
  const { document, operation } = parsed(query);
  return dearestPart(schema, document, operation, variables);
}

test("every list and connection field of the schema has a price (declare @ListSize on new lists)", () => {
  const unpriced: string[] = [];
  let lists = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const pricing = pricingOf(type, field as GraphQLField<unknown, unknown>);
      if (pricing.kind === "unpriced") unpriced.push(`${type.name}.${field.name}`);
      if (pricing.kind !== "single") lists += 1;
    }
  }
  expect(unpriced).toEqual([]);
  expect(lists).toBeGreaterThan(40);
});

test("lists multiply down the tree, whatever arguments they take", () => {
  // engagements 1 + 2 × (edge 1 + node 1 + participants 100 × (participant 1 + actor 1))
  expect(estimate("{ engagements(first: 2) { edges { node { participants { actor { name } } } } } }")).toBe(
    1 + 2 * (1 + 1 + 100 * 2),
  );
  // search has no `last`: still priced by first (the issue's single alias, about 10 million nodes).
  const issueAlias =
    '{ search(query: "e", first: 100) { totalCount edges { node { ... on Actor { engagements(first: 100) { edges { node { participants(first: 500) { actor { name } } } } } } } } } }';
  expect(estimate(issueAlias)).toBe(
    searchWork.nodes + searchCountWork.nodes + 1 + 100 * (1 + 1 + (1 + 100 * (1 + 1 + 500 * 2))),
  );
  expect(estimate("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: ["a", "b", "c"] })).toBe(3);
  expect(estimate("{ topics { edges { node { children { children { name } } } } } }")).toBe(
    1 + 20 * (1 + 1 + 500 * (1 + 500)),
  );
  // Fragments and variables count the same as written out.
  expect(
    estimate(
      "query ($n: Int) { a: engagements(first: $n) { ...E } b: engagements(first: $n) { ...E } } fragment E on EngagementConnection { edges { node { topics { name } } } }",
      { n: 10 },
    ),
  ).toBe(2 * (1 + 10 * (1 + 1 + 100)));
  // A timeline is one list of up to 5,000 engagements, priced by its `first` (all 5,000 when left out).
  const timeline = (args: string) =>
    `{ node(id: "x") { ... on Actor { timeline${args} { id start { iso } end { iso } } } } }`;
  expect(estimate(timeline("(first: 500)"))).toBe(1 + 500 * 3);
  expect(estimate(timeline(""))).toBe(1 + 5_000 * 3);
  expect(() => estimate(timeline("(first: 5001)"))).toThrow("timeline.first: 5001 is outside 0..5000");
  // @skip drops a branch; an abstract type costs its dearest member.
  expect(estimate("{ engagements(first: 5) @skip(if: true) { totalCount } }")).toBe(0);
});

test("every count of a connection and every search declares the work it does beyond its nodes", () => {
  const undeclared: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
    const totalCount = type.getFields().totalCount;
    if (totalCount && workOf(totalCount) === 0) undeclared.push(`${type.name}.totalCount`);
  }
  expect(undeclared).toEqual([]);
});

// Root fields whose work the nodes they return bound: a page of one table in an index's order, or lookups by ID.
const pagesAndLookups = ["actors", "auditLog", "commitments", "engagements", "sources", "statements", "topics"];
const lookups = ["node", "nodes", "officeHolders"];

test("every root field is a page, a lookup, or declares its work (a new aggregate must say what it reads)", () => {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  const unpriced = fields
    .filter((field) => workOf(field) === 0 && !pagesAndLookups.includes(field.name) && !lookups.includes(field.name))
    .map((field) => field.name);
  expect(unpriced).toEqual([]);
  const withWork = fields.filter((field) => workOf(field) > 0).map((field) => field.name);
  expect(withWork.sort()).toEqual([
    "commitmentTotals",
    "counterparts",
    "engagementCounts",
    "search",
    "statementCounts",
  ]);
});

test("every field with arguments on the groups an aggregate returns declares what it reads", () => {
  // A group's field that takes arguments computes more from the group's rows (a conversion): it is work.
  const groupTypes = Object.values(schema.getQueryType()?.getFields() ?? {})
    .filter((field) => workOf(field) > 0)
    .map((field) => getNamedType(field.type))
    .filter(isObjectType);
  const withArguments = groupTypes.flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => field.args.length > 0)
      .map((field) => ({ name: `${type.name}.${field.name}`, work: workOf(field) })),
  );
  expect(withArguments.filter((field) => field.work === 0)).toEqual([]);
  expect(withArguments.map((field) => field.name)).toContain("CommitmentTotal.converted");
  // Every group converted reads every matching row once more: the aggregate's work again at the most groups.
  const w = aggregateWork.nodes;
  expect(estimate('{ commitmentTotals(groupBy: [COMMITTER]) { total converted(currency: "USD") { amount } } }')).toBe(
    w + 10_000 * (1 + convertGroupWork.nodes + 1),
  );
  expect(10_000 * convertGroupWork.nodes).toBe(w);
});

test("a count or a search costs its work each time it is asked, so aliases of it add up", () => {
  expect(estimate("{ engagements(first: 5) { totalCount } }")).toBe(1 + countWork.nodes);
  // A counted connection under a list: one count of that item's rows per item.
  expect(countWork.nested).toBeLessThan(countWork.nodes);
  expect(estimate("{ actors(first: 10) { edges { node { engagements(first: 1) { totalCount } } } } }")).toBe(
    1 + 10 * (1 + 1 + (1 + (countWork.nested ?? 0))),
  );
  // Thirty aliases of a 100-hit search with its count: each ranks and counts every match.
  const aliases = Array.from(
    { length: 30 },
    (_, i) => `a${i}: search(query: "e", first: 100) { totalCount edges { node { __typename } } }`,
  );
  expect(estimate(`{ ${aliases.join(" ")} }`)).toBe(30 * (searchWork.nodes + searchCountWork.nodes + 1 + 100 * 2));
});

test("a grouping is priced by the groups its keys can make, at most 10,000, and the rows it reads", () => {
  const counts = (keys: string, args = "") =>
    estimate(`{ engagementCounts(groupBy: [${keys}]${args}) { count country { name } } }`);
  const w = aggregateWork.nodes;
  // engagement_year_tally: a row per (year, kind, status).
  expect(counts("KIND, STATUS")).toBe(500 * 10 * 3 + 10 * 3 * 2);
  expect(counts("YEAR")).toBe(500 * 10 * 3 + 500 * 2);
  // engagement_tally: a row per (year, month, kind, status), more than grouping every row reads.
  expect(counts("MONTH, KIND")).toBe(w + 10_000 * 2);
  // engagement_month_total: a row per (year, month).
  expect(counts("MONTH")).toBe(500 * 13 + 500 * 13 * 2);
  expect(counts("")).toBe(500 * 10 * 3 + 2);
  // Every matching row grouped: two key dimensions, or a filter no summary answers.
  expect(counts("COUNTRY, TOPIC")).toBe(w + 10_000 * 2);
  expect(counts("KIND", ', filter: { date: { from: "2020-01-01" } }')).toBe(w + 10 * 2);
  expect(estimate("{ statementCounts(groupBy: [KIND]) { count } }")).toBe(500 * 13 + 13);
  // first: N prices (and answers) at most N groups; a key total ranked by count reads only its first N rows.
  expect(estimate("{ engagementCounts(groupBy: [PARTICIPANT], first: 20) { count } }")).toBe(10_000 + 20);
  expect(estimate("{ engagementCounts(groupBy: [PARTICIPANT], orderBy: COUNT, first: 20) { count } }")).toBe(20 + 20);
  expect(estimate("{ statementCounts(groupBy: [SPEAKER], orderBy: COUNT, first: 20) { count } }")).toBe(20 + 20);
  // With kinds, the key tally's rows are summed and sorted whatever the page.
  expect(estimate("{ engagementCounts(groupBy: [PARTICIPANT, KIND], orderBy: COUNT, first: 20) { count } }")).toBe(
    w + 20,
  );
  expect(estimate("{ statementCounts(groupBy: [KIND], first: 50) { count } }")).toBe(500 * 13 + 13);
  // One speaker's (or country's) rows of the key tally: a row per kind (and status) of each.
  expect(estimate('{ statementCounts(filter: { speaker: "x" }, groupBy: [KIND]) { count } }')).toBe(13 + 13);
  expect(estimate('{ statementCounts(filter: { speakers: ["x", "y"] }, groupBy: [SPEAKER]) { count } }')).toBe(
    2 * 13 + 10_000,
  );
  expect(estimate('{ engagementCounts(filter: { country: "x" }, groupBy: [STATUS]) { count } }')).toBe(30 + 3);
  // Keys over lists multiply the rows grouped: participants 6, topics 2, represented states 5 an engagement,
  // priced against the timed grouping's 6 (by participant and month).
  expect(counts("PARTICIPANT, TOPIC")).toBe(2 * w + 10_000 * 2);
  expect(counts("TOPIC, REPRESENTED")).toBe(Math.round((w * 10) / 6) + 10_000 * 2);
  expect(counts("PARTICIPANT, REPRESENTED")).toBe(5 * w + 10_000 * 2);
  // Unknown arguments (bad variables): the dearest reading, every key's join.
  expect(estimate("query($g: [EngagementCountGroupBy!]!) { engagementCounts(groupBy: $g) { count } }", { g: 3 })).toBe(
    10 * w + 10_000,
  );
});

test("every grouping prices each key by the groups it can make: an enum's values, 500 years, else the most", () => {
  const groupings = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) =>
    field.args.some((arg) => arg.name === "groupBy"),
  );
  expect(groupings.map((field) => field.name).sort()).toEqual([
    "commitmentTotals",
    "engagementCounts",
    "statementCounts",
  ]);
  const found: Record<string, number | string> = {};
  const want: Record<string, number | string> = {};
  for (const field of groupings) {
    const pricing = pricingOf(schema.getQueryType()!, field);
    if (pricing.kind !== "declared" || pricing.size.groupsArg !== "groupBy") {
      found[field.name] = pricing.kind;
      want[field.name] = "declared by groupBy";
      continue;
    }
    const { size } = pricing;
    const keys = getNamedType(field.args.find((arg) => arg.name === "groupBy")!.type);
    if (!isEnumType(keys)) throw new Error(`${field.name}.groupBy is not a list of an enum`);
    const group = getNamedType(field.type);
    if (!isObjectType(group)) throw new Error(`${field.name} does not return objects`);
    for (const { name } of keys.getValues()) {
      // The field a key fills: KIND → kind, COUNTRY → country.
      const filled = getNamedType(group.getFields()[name.toLowerCase()]!.type);
      const periods: Record<string, number> = { YEAR: 1, QUARTER: 5, MONTH: 13 };
      // A period: a group per year (and its quarters or months, and their unknown); unknown years a group more.
      const least = isEnumType(filled)
        ? filled.getValues().length
        : name === "CURRENCY"
          ? pricedCurrencies
          : name in periods
            ? pricedYears * periods[name]!
            : size.max;
      const priced = size.groupSizes?.[name] ?? 0;
      const always = (size.alwaysGrouped ?? []).filter((key) => key !== name);
      const product = always.reduce((n, key) => n * (size.groupSizes?.[key] ?? size.max), priced);
      found[`${field.name}(${name})`] =
        `${priced >= least && priced <= least + 1} ${estimate(`{ ${field.name}(groupBy: [${name}]) { count } }`) - workOf(field, true, { groupBy: [name] })}`;
      want[`${field.name}(${name})`] = `true ${Math.min(product, size.max)}`;
    }
  }
  expect(found).toEqual(want);
});

test("a ranking of counterparts costs what it reads: its page from the tally, every pair grouped otherwise", () => {
  const ranking = (args: string) =>
    estimate(
      `{ counterparts(actor: "x"${args}) { edges { node { actor { name } engagements(first: 100) { edges { node { title } } } } } } }`,
    );
  // A page: 1 + 20 × (edge + node + actor + engagements (1 + 100 × (edge + node))), read from the tally's index.
  const page = 1 + 20 * (1 + 1 + 1 + 1 + 100 * 2);
  expect(ranking("")).toBe(page);
  expect(ranking(", filter: {}")).toBe(page);
  // kinds: walks the actor's dyads until the page is full: at most one a actor.
  expect(ranking(", kinds: [STATE]")).toBe(10_000 + page);
  // representing: or a filter groups every pair of the matching engagements.
  expect(ranking(', representing: "y"')).toBe(aggregateWork.nodes + page);
  expect(ranking(", filter: { kind: [VISIT] }")).toBe(aggregateWork.nodes + page);
  // Unknown arguments (bad variables): the dearest reading.
  expect(
    estimate('query($f: EngagementFilter) { counterparts(actor: "x", filter: $f) { totalCount } }', { f: 3 }),
  ).toBe(aggregateWork.nodes + 1 + countWork.nodes);
});

test("a document of many fragment spreads is estimated in linear time", () => {
  const levels = 30;
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Actor { parent { ...F${i + 1} ...F${i + 1} } }`,
  ).join(" ");
  const started = Date.now();
  const nodes = estimate(
    `{ actors(first: 1) { edges { node { ...F0 } } } } ${fragments} fragment F${levels} on Actor { id }`,
  );
  expect(Date.now() - started).toBeLessThan(1000);
  expect(nodes).toBeGreaterThan(1e9);
});

test("a refusal names the dearest part: the root field that costs most, down to its dearest list or work", () => {
  // The cheap alias is passed over; inside the dear one, the nested list of 500 per engagement.
  const query =
    "{ cheap: topics(first: 1) { edges { node { name } } } dear: engagements(first: 100) { edges { node { id topics { name } participants(first: 500) { actor { name } } } } } }";
  expect(dearest(query)).toEqual({
    path: ["dear", "edges", "node", "participants"],
    nodes: estimate(
      "{ engagements(first: 100) { edges { node { id topics { name } participants(first: 500) { actor { name } } } } } }",
    ),
  });
  // Through fragments and abstract types alike; a count below a list ends the path with what it does.
  expect(
    dearest(
      '{ search(query: "e", first: 100) { edges { node { ... on Actor { ...A } } } } } fragment A on Actor { engagements(first: 100) { totalCount } }',
    ),
  ).toEqual({
    path: ["search", "edges", "node", "engagements", "totalCount"],
    nodes: estimate(
      '{ search(query: "e", first: 100) { edges { node { ... on Actor { engagements(first: 100) { totalCount } } } } } }',
    ),
    why: countWork.why,
  });
  // An aggregate is dear by what it reads, not by what it returns.
  expect(dearest("{ engagementCounts(groupBy: [KIND]) { count kind } }")).toMatchObject({
    path: ["engagementCounts"],
    why: expect.stringContaining(aggregateWork.why),
  });
  expect(dearest("{ __typename }")).toBeUndefined();
});
