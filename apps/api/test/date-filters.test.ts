// Every date filter offers OVERLAPS (some day of the date in the range) and WITHIN (all of its days): the
// walk finds each field taking a DateRangeInput, and each answers as the domain's own reading of the dates.
import { parseEdtf, spanOf } from "@accord/domain";
import { type GraphQLInputType, getNamedType, isInputObjectType, isObjectType } from "graphql";
import { toGlobalId as gid } from "../src/common/global-id";
import { buildAccordSchema } from "../src/schema/build-schema";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);
const ids: Record<string, string> = {};

// Engagements (start, end) and commitments (made) as EDTF, with the days each stands for.
const engagements = [
  ["2024", null],
  ["2025-04", null],
  ["2025-04-02?", null],
  ["2025-04-10", "2025-05-02"],
  ["2025-03-20", "2025-04-05"],
  ["2025-04-15~", null],
] as const;
const commitments = ["2024", "2025-04", "2025-04-02", "2025-03", "2025-04-15"];
const title = (start: string, end: string | null) => `Meeting ${start}${end ? `/${end}` : ""}`;

beforeAll(async () => {
  const p = t.db.prisma;
  ids.a = gid("Actor", (await p.actor.create({ data: { kind: "STATE", name: "A" } })).id);
  ids.b = gid("Actor", (await p.actor.create({ data: { kind: "STATE", name: "B" } })).id);
  const write = async (query: string, input: Record<string, unknown>) => {
    const result = await t.gql(query, { input }, auth.editor);
    expect(result.errors).toBeUndefined();
  };
  for (const [start, end] of engagements) {
    await write("mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }", {
      kind: "BILATERAL_MEETING",
      title: title(start, end),
      start,
      ...(end ? { end } : {}),
      participants: [{ actorId: ids.a }, { actorId: ids.b }],
    });
  }
  for (const made of commitments) {
    await write("mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }", {
      committerId: ids.a,
      kind: "FINANCIAL",
      description: `Made ${made}`,
      status: "ANNOUNCED",
      amount: "1",
      currency: "USD",
      made,
    });
  }
});

type Range = { from?: string; to?: string; match?: "OVERLAPS" | "WITHIN" };
const days = (edtf: string) => spanOf(parseEdtf(edtf));
const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** The oracle: the domain's days of each date, met by the range as `match` says. */
function meets(first: Date, last: Date, range: Range): boolean {
  const from = range.from ? day(range.from) : undefined;
  const to = range.to ? day(range.to) : undefined;
  if (range.match === "WITHIN") return (!from || first >= from) && (!to || last <= to);
  return (!from || last >= from) && (!to || first <= to);
}
const expectedEngagements = (range: Range) =>
  engagements
    .filter(([start, end]) => meets(days(start).first, days(end ?? start).last, range))
    .map(([start, end]) => title(start, end));
const expectedCommitments = (range: Range) =>
  commitments.filter((made) => meets(days(made).first, days(made).last, range)).map((made) => `Made ${made}`);

type Data = Record<string, unknown>;
const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

/** Each field with a date filter: its query with the range as $range, what it gives and what it should. */
const filters: Record<string, { query: string; got: (data: Data) => unknown; want: (range: Range) => unknown }> = {
  "Query.engagements": {
    query:
      "query($range: DateRangeInput) { engagements(filter: { date: $range }, first: 100) { edges { node { title } } } }",
    got: (d) => (d.engagements as { edges: { node: { title: string } }[] }).edges.map((e) => e.node.title).sort(),
    want: (range) => expectedEngagements(range).sort(),
  },
  "Query.engagementCounts": {
    query: "query($range: DateRangeInput) { engagementCounts(filter: { date: $range }, groupBy: [YEAR]) { count } }",
    got: (d) => sum(d.engagementCounts as { count: number }[]),
    want: (range) => expectedEngagements(range).length,
  },
  "Query.counterparts": {
    query: `query($range: DateRangeInput, $a: ID!) { counterparts(actor: $a, filter: { date: $range }) { edges { node { count } } } }`,
    got: (d) => sum((d.counterparts as { edges: { node: { count: number } }[] }).edges.map((e) => e.node)),
    want: (range) => expectedEngagements(range).length,
  },
  "Query.commitments": {
    query:
      "query($range: DateRangeInput) { commitments(filter: { made: $range }, first: 100) { edges { node { description } } } }",
    got: (d) =>
      (d.commitments as { edges: { node: { description: string } }[] }).edges.map((e) => e.node.description).sort(),
    want: (range) => expectedCommitments(range).sort(),
  },
  "Query.commitmentTotals": {
    query:
      "query($range: DateRangeInput) { commitmentTotals(filter: { made: $range }, groupBy: [CURRENCY]) { count } }",
    got: (d) => sum(d.commitmentTotals as { count: number }[]),
    want: (range) => expectedCommitments(range).length,
  },
};

const ranges: Range[] = [
  { from: "2025-04-01", to: "2025-04-15" },
  { from: "2025-04-01", to: "2025-04-30" },
  { from: "2025-04-02" },
  { to: "2025-04-05" },
  { from: "2024-01-01", to: "2024-12-31" },
  { from: "2024-06-01", to: "2025-03-31" },
];

describe("date filters", () => {
  it("are every field taking a DateRangeInput, directly or in a filter", async () => {
    const schema = await buildAccordSchema();
    const holdsRange = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
      const named = getNamedType(type);
      if (named.name === "DateRangeInput") return true;
      if (!isInputObjectType(named) || seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((field) => holdsRange(field.type, seen));
    };
    const found = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.args.some((arg) => holdsRange(arg.type)))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(found.sort()).toEqual(Object.keys(filters).sort());
  });

  for (const [name, filter] of Object.entries(filters)) {
    it(`${name} answers OVERLAPS (the default) and WITHIN as the dates' days say`, async () => {
      let differ = 0;
      for (const range of ranges) {
        for (const match of [undefined, "OVERLAPS", "WITHIN"] as const) {
          const asked = { ...range, ...(match ? { match } : {}) };
          const result = await t.gql<Data>(filter.query, { range: asked, a: ids.a });
          expect(result.errors).toBeUndefined();
          expect([asked, filter.got(result.data!)]).toEqual([asked, filter.want(asked)]);
        }
        if (JSON.stringify(filter.want(range)) !== JSON.stringify(filter.want({ ...range, match: "WITHIN" }))) {
          differ += 1;
        }
      }
      // The ranges tell the two apart for this field.
      expect(differ).toBeGreaterThan(0);
    });
  }

  it("refuses a range that ends before it starts, and mixing made with madeFrom/madeTo", async () => {
    const backwards = await t.gql(filters["Query.engagements"]!.query, {
      range: { from: "2025-05-01", to: "2025-04-01", match: "WITHIN" },
    });
    expect(backwards.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ["BAD_USER_INPUT", "filter.date.from", "filter.date: from must not be after to"],
    ]);
    const mixed = await t.gql(
      '{ commitments(filter: { made: { from: "2025-01-01" }, madeTo: "2025-12-31" }) { totalCount } }',
    );
    expect(mixed.errors?.map((e) => e.extensions?.field)).toEqual(["filter.made"]);
  });
});
