// Partial dates are written as EDTF text everywhere: the schema walk below finds every input of a date,
// a precision or a date flag, and each write reads back the date as it was given.
import {
  type GraphQLInputObjectType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isNonNullType,
} from "graphql";
import { toGlobalId as gid } from "../src/common/global-id";
import { partialDateFields } from "../src/dates/partial-date.fields";
import { buildAccordSchema } from "../src/schema/build-schema";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);
let schema: GraphQLSchema;
const ids: Record<string, string> = {};

beforeAll(async () => {
  schema = await buildAccordSchema();
  const p = t.db.prisma;
  ids.rok = gid("Actor", (await p.actor.create({ data: { kind: "STATE", name: "Republic of Korea" } })).id);
  ids.ukraine = gid("Actor", (await p.actor.create({ data: { kind: "STATE", name: "Ukraine" } })).id);
});

const inputTypes = () =>
  Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLInputObjectType => isInputObjectType(type) && !type.name.startsWith("__"),
  );

// Exact days by nature, or range bounds of a filter: not partial dates as a source gives them.
const exactDays = new Set([
  "ActorAliasInput.validFrom",
  "ActorAliasInput.validTo",
  "CreateActorInput.validFrom",
  "CreateActorInput.validTo",
  "UpdateActorInput.validFrom",
  "UpdateActorInput.validTo",
  "CreateCommitmentInput.periodStart",
  "CreateCommitmentInput.periodEnd",
  "UpdateCommitmentInput.periodStart",
  "UpdateCommitmentInput.periodEnd",
  "DateRangeInput.from",
  "DateRangeInput.to",
  "CommitmentFilter.madeFrom",
  "CommitmentFilter.madeTo",
]);

// Where each PartialDate the API returns is written; read-only ones say why.
const writtenAt: Record<string, string[] | string> = {
  "Engagement.start": ["CreateEngagementInput.start", "UpdateEngagementInput.start"],
  "Engagement.end": ["CreateEngagementInput.end", "UpdateEngagementInput.end"],
  "Commitment.made": ["CreateCommitmentInput.made", "UpdateCommitmentInput.made"],
  "CommitmentStatusChange.effective": [
    "CreateCommitmentInput.statusEffective",
    "UpdateCommitmentInput.statusEffective",
  ],
  "CommitmentStage.occurred": ["AddCommitmentStageInput.occurred"],
  "Source.published": ["CreateSourceInput.published", "UpdateSourceInput.published"],
  "Tenure.start": "tenures are imported, not written through the API",
  "Tenure.end": "tenures are imported, not written through the API",
  "EngagementCount.first": "computed",
  "EngagementCount.last": "computed",
  "StatementCount.first": "computed",
  "StatementCount.last": "computed",
  "Counterpart.first": "computed",
  "Counterpart.last": "computed",
};

describe("every partial-date input of the schema", () => {
  it("is EDTF; a Date, precision or date flag beside it is a deprecated twin of an EDTF field", () => {
    const edtfFields: string[] = [];
    for (const type of inputTypes()) {
      const fields = type.getFields();
      for (const field of Object.values(fields)) {
        const name = `${type.name}.${field.name}`;
        const named = getNamedType(field.type).name;
        if (named === "EDTF") {
          edtfFields.push(name);
          continue;
        }
        const isFlag = named === "Boolean" && /Inferred$|Approximate$/.test(field.name);
        if (!(named === "Date" || named === "DatePrecision" || isFlag) || exactDays.has(name)) continue;
        expect([name, field.deprecationReason]).toEqual([name, expect.stringMatching(/^Use \w+: EDTF text/)]);
        const twin = /^Use (\w+):/.exec(field.deprecationReason!)![1]!;
        expect([name, getNamedType(fields[twin]!.type).name]).toEqual([name, "EDTF"]);
        // A deprecated field can't be required: a client may leave it for its EDTF twin.
        expect([name, isNonNullType(field.type)]).toEqual([name, false]);
      }
    }
    // Every PartialDate the API returns is written as EDTF where it is written at all.
    const partialDates = Object.entries(partialDateFields).flatMap(([type, fields]) =>
      Object.keys(fields).map((field) => `${type}.${field}`),
    );
    expect(Object.keys(writtenAt).sort()).toEqual(partialDates.sort());
    const written = Object.values(writtenAt).flatMap((at) => (Array.isArray(at) ? at : []));
    expect(written.sort()).toEqual([...edtfFields].sort());
  });

  it("names the field and the reason for bad EDTF, in every EDTF input", async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    let checked = 0;
    for (const mutation of mutations) {
      const arg = mutation.args.find((a) => a.name === "input");
      if (!arg) continue;
      const type = getNamedType(arg.type) as GraphQLInputObjectType;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name !== "EDTF") continue;
        const query = `mutation($input: ${type.name}!) { ${mutation.name}(input: $input) { __typename } }`;
        for (const [bad, reason] of [
          ["2025-13", "the month must be from 1 to 12"],
          ["2025-02-30", "February 2025 has days 1 to 28"],
          ["April 2025", "expected EDTF such as 2024"],
        ] as const) {
          const result = await t.gql(query, { input: { [field.name]: bad } }, auth.editor);
          const messages = (result.errors ?? []).map((e) => e.message);
          expect([mutation.name, field.name, messages]).toEqual([
            mutation.name,
            field.name,
            expect.arrayContaining([expect.stringMatching(new RegExp(`at "input\\.${field.name}".*${reason}`))]),
          ]);
        }
        checked += 1;
      }
    }
    expect(checked).toBe(11);
  });
});

const engagementFields = "id version start { edtf precision start end inferred approximate } end { edtf end }";
const createEngagement = `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { ${engagementFields} } }`;
const updateEngagement = `mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { ${engagementFields} } }`;

async function write<T = Record<string, unknown>>(query: string, input: Record<string, unknown>): Promise<T> {
  const result = await t.gql<Record<string, T>>(query, { input }, auth.editor);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

async function refused(query: string, input: Record<string, unknown>) {
  const result = await t.gql(query, { input }, auth.editor);
  return result.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message]);
}

describe("writing partial dates", () => {
  const briefing = { kind: "BRIEFING", title: "A briefing" };

  it("keeps an engagement's date as given: 2024?, then 2025-04 to 2025-04-03~", async () => {
    const created = await write<{ id: string; start: unknown; end: unknown }>(createEngagement, {
      ...briefing,
      start: "2024?",
    });
    expect(created.start).toEqual({
      edtf: "2024?",
      precision: "YEAR",
      start: "2024-01-01",
      end: "2024-12-31",
      inferred: true,
      approximate: false,
    });
    const updated = await write<{ start: unknown; end: unknown }>(updateEngagement, {
      id: created.id,
      version: 1,
      start: "2025-04",
      end: "2025-04-03~",
    });
    // One pair of flags for the engagement's date: the start rules, an end's qualifier adds to it.
    expect(updated).toMatchObject({
      start: { edtf: "2025-04~", precision: "MONTH", end: "2025-04-30", inferred: false, approximate: true },
      end: { edtf: "2025-04-03~", end: "2025-04-03" },
    });
    const cleared = await write<{ end: unknown }>(updateEngagement, { id: created.id, version: 2, end: null });
    expect(cleared.end).toBeNull();
  });

  it("refuses a Date without its precision, rather than claiming a day", async () => {
    expect(await refused(createEngagement, { ...briefing, startDate: "2024-01-01" })).toEqual([
      [
        "BAD_USER_INPUT",
        "input.startPrecision",
        "input.startPrecision: is required with input.startDate (a Date alone would claim an exact day); or give input.start as EDTF text (2024, 2025-04, 2025-04-02)",
      ],
    ]);
    expect(await refused(createEngagement, briefing)).toEqual([
      ["BAD_USER_INPUT", "input.start", "input.start: is required: EDTF text such as 2024, 2025-04 or 2025-04-02"],
    ]);
    expect(await refused(createEngagement, { ...briefing, start: "2024", startDate: "2024-01-01" })).toEqual([
      ["BAD_USER_INPUT", "input.start", "input.start: give input.start or the deprecated input.startDate, not both"],
    ]);
    expect(await refused(createEngagement, { ...briefing, start: "0999" })).toEqual([
      ["BAD_USER_INPUT", "input.start", "input.start: year 999 is outside 1000..2999"],
    ]);
    // The deprecated pair still works when the precision is given.
    const legacy = await write<{ start: { edtf: string } }>(createEngagement, {
      ...briefing,
      startDate: "2024-06-15",
      startPrecision: "YEAR",
      dateInferred: true,
    });
    expect(legacy.start.edtf).toBe("2024?");
  });

  it("names the field of bad EDTF written inline in the query too", async () => {
    const result = await t.gql(
      `mutation { createEngagement(input: { kind: BRIEFING, title: "x", start: "2025-13" }) { id } }`,
      {},
      auth.editor,
    );
    expect(result.errors?.map((e) => e.message)).toEqual([
      'Expected value of type "EDTF", found "2025-13"; EDTF "2025-13": the month must be from 1 to 12',
    ]);
  });

  it("keeps a commitment's made date, its status history and its stages as given", async () => {
    const fields = `id version made { edtf } history { status effective { edtf } } stages { kind occurred { edtf } }`;
    const created = await write<{ id: string }>(
      `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { ${fields} } }`,
      {
        committerId: ids.rok,
        beneficiaryId: ids.ukraine,
        kind: "FINANCIAL",
        description: "Aid",
        status: "ANNOUNCED",
        made: "2024~",
      },
    );
    expect(created).toMatchObject({
      made: { edtf: "2024~" },
      // The first status took effect when the commitment was made.
      history: [{ status: "ANNOUNCED", effective: { edtf: "2024~" } }],
      stages: [{ occurred: { edtf: "2024~" } }],
    });
    const updated = await write(
      `mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { ${fields} } }`,
      { id: created.id, version: 1, made: "2024-11?", status: "DELIVERED", statusEffective: "2025-06" },
    );
    expect(updated).toMatchObject({
      made: { edtf: "2024-11?" },
      history: [{ effective: { edtf: "2024~" } }, { status: "DELIVERED", effective: { edtf: "2025-06" } }],
    });
    const staged = await write(
      `mutation($input: AddCommitmentStageInput!) { addCommitmentStage(input: $input) { ${fields} } }`,
      { commitmentId: created.id, version: 2, kind: "DISBURSED", occurred: "2025-09-30?" },
    );
    expect((staged as { stages: unknown[] }).stages.at(-1)).toEqual({
      kind: "DISBURSED",
      occurred: { edtf: "2025-09-30?" },
    });
  });

  it("keeps a source's published date as given, and clears it", async () => {
    const fields = "id version published { edtf precision }";
    const created = await write<{ id: string }>(
      `mutation($input: CreateSourceInput!) { createSource(input: $input) { ${fields} } }`,
      { kind: "PRESS_RELEASE", title: "Release", published: "2025-04" },
    );
    expect(created).toMatchObject({ published: { edtf: "2025-04", precision: "MONTH" } });
    const update = `mutation($input: UpdateSourceInput!) { updateSource(input: $input) { ${fields} } }`;
    // The deprecated publishedOn is a day: it replaces the month's precision too.
    expect(await write(update, { id: created.id, version: 1, publishedOn: "2025-04-09" })).toMatchObject({
      published: { edtf: "2025-04-09", precision: "DAY" },
    });
    expect(await write(update, { id: created.id, version: 2, published: null })).toMatchObject({ published: null });
  });
});
