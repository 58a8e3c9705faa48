// Partial dates through the API: every PartialDate field of the schema comes from one list
// (dates/partial-date.fields.ts), reads the same on the compiled and the resolver lane, and says what
// the source says (the seed's 2024 briefing is 2024, inferred; a tenure ending in 2025-06 lasts to 30 June).
import { seedScheme } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type GraphQLObjectType, getNamedType, isObjectType } from "graphql";
import { toGlobalId } from "../src/common/global-id";
import { partialDateFields } from "../src/dates/partial-date.fields";
import { buildAccordSchema } from "../src/schema/build-schema";
import { startTwoLanes } from "./support/two-lanes";

const parts = "edtf iso start end precision inferred approximate";
let db: TestDatabase;
let lanes: Awaited<ReturnType<typeof startTwoLanes>>;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  lanes = await startTwoLanes(db.prisma);
});

afterAll(async () => {
  await lanes?.close();
  await db?.drop();
});

const ask = (...args: Parameters<typeof lanes.ask>) => lanes.ask(...args);
const askBoth = (query: string, variables: Record<string, unknown>, compiled: boolean) =>
  lanes.askBoth(query, variables, compiled);

const seeded = async (kind: "engagement" | "commitment", key: string) => {
  const where = { externalScheme: seedScheme, externalValue: `${kind}:${key}` };
  const row =
    kind === "engagement"
      ? await db.prisma.engagement.findFirstOrThrow({ where })
      : await db.prisma.commitment.findFirstOrThrow({ where });
  return toGlobalId(kind === "engagement" ? "Engagement" : "Commitment", row.id);
};

describe("the seed's dates", () => {
  it("the 2024 briefing reads 2024 (inferred), on both lanes", async () => {
    const id = await seeded("engagement", "3");
    const query = `query($id: ID!) { node(id: $id) { ... on Engagement { title start { ${parts} } end { edtf } } } }`;
    expect(await askBoth(query, { id }, true)).toEqual({
      data: {
        node: {
          title: "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation",
          start: {
            edtf: "2024?",
            iso: "2024",
            start: "2024-01-01",
            end: "2024-12-31",
            precision: "YEAR",
            inferred: true,
            approximate: false,
          },
          end: null,
        },
      },
      errors: undefined,
    });
  });

  it("commitments and their history carry EDTF dates, on both lanes where compiled", async () => {
    const id = await seeded("commitment", "C2");
    const made = `query($id: ID!) { node(id: $id) { ... on Commitment { made { ${parts} } } } }`;
    // The seed marks "last year" as inferred: 2024?.
    const year = { edtf: "2024?", iso: "2024", start: "2024-01-01", end: "2024-12-31", precision: "YEAR" };
    expect(await askBoth(made, { id }, true)).toEqual({
      data: { node: { made: { ...year, inferred: true, approximate: false } } },
      errors: undefined,
    });
    const history = `query($id: ID!) { node(id: $id) { ... on Commitment { history { status effective { edtf end } } } } }`;
    expect(await askBoth(history, { id }, true)).toEqual({
      data: { node: { history: [{ status: "DELIVERED", effective: { edtf: "2024", end: "2024-12-31" } }] } },
      errors: undefined,
    });
  });

  it("counts give their first and last dates as EDTF too", async () => {
    const query = "{ engagementCounts(groupBy: [YEAR]) { period count first { edtf end } last { edtf end } } }";
    expect(await ask("compiled", query)).toEqual({
      data: {
        engagementCounts: [
          {
            period: "2024",
            count: 1,
            first: { edtf: "2024", end: "2024-12-31" },
            last: { edtf: "2024", end: "2024-12-31" },
          },
          {
            period: "2025",
            count: 2,
            // The April ministerial is known to the month: it comes first, lasting to 30 April.
            first: { edtf: "2025-04", end: "2025-04-30" },
            last: { edtf: "2025-04-02", end: "2025-04-02" },
          },
        ],
      },
      errors: undefined,
    });
  });

  it("a tenure ending in 2025-06 lasts to 30 June in tenures and in officeHolders alike", async () => {
    const query = `query($on: Date!) { officeHolders(office: "Minister of Foreign Affairs", on: $on) {
      holder { name } start { edtf end } end { ${parts} } } }`;
    const on = async (day: string) => (await ask("compiled", query, { on: day })).data as { officeHolders: unknown[] };
    const june30 = await on("2025-06-30");
    expect(june30.officeHolders).toEqual([
      {
        holder: { name: "Cho Tae-yul" },
        // Neither the article nor FACTS.md says when he took office: unknown, not invented, and open.
        start: null,
        end: {
          edtf: "2025-06~",
          iso: "2025-06",
          start: "2025-06-01",
          end: "2025-06-30",
          precision: "MONTH",
          inferred: false,
          approximate: true,
        },
      },
    ]);
    expect((await on("2025-07-01")).officeHolders).toEqual([]);
    expect((await on("2020-01-01")).officeHolders).toEqual([june30.officeHolders[0]]);
  });
});

describe("every partial date of the schema", () => {
  // Dates that are exact days by nature, not partial dates kept at a precision.
  const exactDays = new Set([
    "Engagement.spanEnd",
    "Commitment.periodStart",
    "Commitment.periodEnd",
    "ActorAlias.validFrom",
    "ActorAlias.validTo",
    "Actor.validFrom",
    "Actor.validTo",
    // A rate's own day and the day a partial date was valued at: days the service sets, never reported vaguely.
    "ConvertedMoney.rateDate",
    "ConvertedMoney.valueDate",
  ]);
  const fieldsOf = async () => {
    const schema = await buildAccordSchema();
    return Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__"))
      .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type: type.name, field })));
  };

  it("is a PartialDate listed in partialDateFields; a bare Date or precision is a deprecated twin of one", async () => {
    const listed = new Set(
      Object.entries(partialDateFields).flatMap(([t, f]) => Object.keys(f).map((n) => `${t}.${n}`)),
    );
    const seen: string[] = [];
    for (const { type, field } of await fieldsOf()) {
      const name = `${type}.${field.name}`;
      const named = getNamedType(field.type).name;
      if (named === "PartialDate") {
        expect(listed).toContain(name);
        seen.push(name);
      } else if ((named === "Date" || named === "DatePrecision") && type !== "PartialDate" && !exactDays.has(name)) {
        // A date or precision column read raw must point clients at its PartialDate.
        expect([name, field.deprecationReason]).toEqual([name, expect.stringMatching(/^Use \w+: a PartialDate/)]);
        const twin = /^Use (\w+):/.exec(field.deprecationReason!)![1]!;
        expect(listed).toContain(`${type}.${twin}`);
      } else if (named === "Boolean" && /Inferred$|Approximate$/.test(field.name)) {
        // A flag read apart from its date, likewise.
        expect([name, field.deprecationReason]).toEqual([
          name,
          expect.stringMatching(/^Use \w+\.(inferred|approximate) /),
        ]);
        expect(listed).toContain(`${type}.${/^Use (\w+)\./.exec(field.deprecationReason!)![1]}`);
      }
    }
    expect(seen.sort()).toEqual([...listed].sort());
  });

  it("resolves every listed field from its own columns", async () => {
    for (const { type, field } of await fieldsOf()) {
      const columns = partialDateFields[type]?.[field.name];
      if (!columns) continue;
      const row = {
        [columns.date]: new Date("2025-04-01T00:00:00Z"),
        [columns.precision]: "MONTH",
        ...(columns.inferred ? { [columns.inferred]: true } : {}),
        ...(columns.approximate ? { [columns.approximate]: true } : {}),
      };
      // Counts keep no flags: their dates read plain.
      const edtf = columns.inferred ? "2025-04%" : "2025-04";
      expect([type, field.name, await field.resolve!(row, {}, {}, {} as never)]).toEqual([
        type,
        field.name,
        expect.objectContaining({ edtf, end: new Date("2025-04-30T00:00:00Z") }),
      ]);
      expect(await field.resolve!({}, {}, {}, {} as never)).toBeNull();
    }
  });
});
