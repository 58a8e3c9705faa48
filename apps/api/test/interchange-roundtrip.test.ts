// Everything a commitment holds, written through the API (standalone and joint commitments, stages,
// items on a commitment and on a stage, a stage's citations), and the rates table beside them, go out through
// the export, into an empty database through the import and out again byte for byte; the API reads the same
// values from both, converted figures included.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PrismaClient } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import {
  type BulkDb,
  createBulkDb,
  exportRecords,
  importFxRates,
  importRecords,
  openInterchangeInput,
} from "@accord/interchange";
import { toGlobalId } from "../src/common/global-id";
import { createTestTokens } from "./support/tokens";
import { startTwoLanes } from "./support/two-lanes";

type Lanes = Awaited<ReturnType<typeof startTwoLanes>>;
let written: TestDatabase;
let imported: TestDatabase;
let bulk: BulkDb;
const lanes: Lanes[] = [];

beforeAll(async () => {
  written = await createTestDatabase();
  imported = await createTestDatabase();
  bulk = createBulkDb(imported.url);
});

afterAll(async () => {
  for (const lane of lanes) await lane.close();
  await bulk?.end();
  await written?.drop();
  await imported?.drop();
});

async function exportText(prisma: PrismaClient): Promise<string> {
  const lines: string[] = [];
  await exportRecords({ prisma, write: async (line) => void lines.push(line) });
  return lines.join("");
}

async function importText(text: string) {
  const path = join(tmpdir(), `accord-roundtrip-${process.pid}.ndjson`);
  await writeFile(path, text);
  return importRecords({ db: bulk, input: await openInterchangeInput(path) });
}

const item = "description quantity unit valuationMethod valuationNote estimatedValue { amount currency asReported }";
const money = "money { amount currency asReported }";
const readQuery = `{ commitments(first: 3) { edges { node {
  description kind status instrument concessional ${money} made { edtf }
  converted(currency: "USD") { amount rate rateDate reason } committer { name } coCommitters { name }
  beneficiary { name } channel { name } engagement { title } history { status effective { edtf } note }
  items { ${item} }
  stages { position kind note ${money} occurred { edtf } converted(currency: "USD") { amount rate rateDate } provider { name } receiver { name } items { ${item} }
    citations { quote startOffset endOffset locator source { title } } }
  links { direction kind other { description } }
  citations { quote locator source { title } } } } } }`;

/** The three commitments as the API reads them on both lanes, in description order (ids differ between databases). */
async function readCommitments(prisma: PrismaClient) {
  const lane = await startTwoLanes(prisma);
  lanes.push(lane);
  const answer = await lane.askBoth(readQuery, {});
  expect(answer.errors).toBeUndefined();
  const edges = (answer.data as { commitments: { edges: { node: { description: string } }[] } }).commitments.edges;
  return edges.map((e) => e.node).sort((a, b) => a.description.localeCompare(b.description));
}

/** Writes, through the API, a joint standalone commitment, one in an engagement and a restatement of the first. */
async function writeThroughApi(prisma: PrismaClient): Promise<void> {
  const lane = await startTwoLanes(prisma);
  lanes.push(lane);
  const editor = (await createTestTokens(prisma)).editor;
  const mutate = async (query: string, input: Record<string, unknown>) => {
    const result = await lane.ask("resolvers", query, { input }, editor);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data ?? {})[0] as { id: string };
  };
  const actor = async (kind: "STATE" | "INTERNATIONAL_ORGANIZATION", name: string) =>
    toGlobalId("Actor", (await prisma.actor.create({ data: { kind, name } })).id);
  const [donor, partner, recipient, alliance] = [
    await actor("STATE", "Donor"),
    await actor("STATE", "Partner"),
    await actor("STATE", "Recipient"),
    await actor("INTERNATIONAL_ORGANIZATION", "Alliance"),
  ];
  // The fixture's 2024 rates and two for the dates of the joint package, so its conversions find a rate.
  const ratesWriter = createBulkDb(written.url);
  const rates2025 = join(tmpdir(), `accord-roundtrip-rates-${process.pid}.csv`);
  await writeFile(rates2025, "date,currency,rate,base\n2025-05-30,USD,1.1347,EUR\n2025-09-01,USD,1.1705,EUR\n");
  for (const file of [join(__dirname, "../../../packages/interchange/test/fixtures/fx-rates/rates.csv"), rates2025])
    await importFxRates({ file, db: ratesWriter });
  await ratesWriter.end();
  const content = "The ministry said 12 howitzers, worth about €50 million, arrived in September.";
  const source = toGlobalId(
    "Source",
    (await prisma.source.create({ data: { kind: "NEWS_ARTICLE", title: "Deliveries", content } })).id,
  );
  const createCommitment = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }";
  const addStage = "mutation($input: AddCommitmentStageInput!) { addCommitmentStage(input: $input) { id } }";
  const howitzers = {
    description: "Self-propelled howitzers",
    quantity: "18",
    unit: "vehicles",
    estimatedValue: "75000000.25",
    currency: "EUR",
    valueAsReported: "about €75 million",
    valuationMethod: "REPLACEMENT_COST",
    valuationNote: "What replacing them would cost the donor",
  };
  const joint = await mutate(createCommitment, {
    committerId: donor,
    coCommitterIds: [partner, alliance],
    beneficiaryId: recipient,
    kind: "MILITARY",
    description: "Joint artillery package",
    amount: "120000000",
    currency: "EUR",
    status: "PLEDGED",
    made: "2025-05~",
    statusEffective: "2025-05?",
    instrument: "IN_KIND",
    channelId: alliance,
    items: [howitzers, { description: "Artillery rounds", quantity: "20000.5", unit: "rounds" }],
  });
  await mutate(addStage, {
    commitmentId: joint.id,
    version: 1,
    kind: "DELIVERED",
    amount: "50000000",
    currency: "EUR",
    amountAsReported: "€50 million",
    occurred: "2025-09-01~",
    providerId: partner,
    note: "First delivery",
    items: [{ ...howitzers, quantity: "12", estimatedValue: "50000000", valuationMethod: "AS_REPORTED" }],
    citations: [
      { sourceId: source, quote: "12 howitzers, worth about €50 million, arrived in September" },
      { sourceId: source, locator: "press briefing, para. 3" },
    ],
  });
  const engagement = await mutate(
    "mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }",
    {
      kind: "BILATERAL_MEETING",
      title: "Donor–Recipient talks",
      start: "2025-04-02",
      participants: [
        { actorId: donor, role: "HOST" },
        { actorId: recipient, role: "VISITOR" },
      ],
    },
  );
  const reconstruction = await mutate(createCommitment, {
    engagementId: engagement.id,
    committerId: donor,
    beneficiaryId: recipient,
    kind: "FINANCIAL",
    description: "Reconstruction grant",
    amount: "2000000000",
    currency: "USD",
    status: "ANNOUNCED",
    made: "2025-04-02?",
    instrument: "GRANT",
    items: [{ description: "Generators", quantity: "40", unit: "units" }],
    links: [{ kind: "FOLLOWS", toId: joint.id }],
  });
  await mutate(addStage, {
    commitmentId: reconstruction.id,
    version: 1,
    kind: "DISBURSED",
    amount: "250000000",
    currency: "USD",
    occurred: "2025-10",
    receiverId: alliance,
    citations: [{ sourceId: source, quote: "arrived in September" }],
  });
  await mutate(createCommitment, {
    committerId: partner,
    kind: "MILITARY",
    description: "The package announced again",
    status: "ANNOUNCED",
    links: [{ kind: "RESTATES", toId: joint.id }],
  });
}

describe("commitments through export and import", () => {
  it("exports, imports into an empty database and exports the same bytes; the API reads the same values", async () => {
    await writeThroughApi(written.prisma);
    const text = await exportText(written.prisma);
    expect(text.match(/^\{"type":"commitment"/gm)).toHaveLength(2);
    expect(text.match(/^\{"type":"fxRate"/gm)).toHaveLength(13);

    const first = await importText(text);
    expect(first.problems).toEqual([]);
    expect(first.counts.commitment).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.counts.engagement).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.counts.fxRate).toEqual({ created: 13, updated: 0, unchanged: 0, rejected: 0 });
    expect(await exportText(imported.prisma)).toBe(text);

    const again = await importText(text);
    expect(again.problems).toEqual([]);
    for (const tally of Object.values(again.counts))
      expect(tally).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    expect([
      again.counts.engagement.unchanged,
      again.counts.commitment.unchanged,
      again.counts.fxRate.unchanged,
    ]).toEqual([1, 2, 13]);

    const original = await readCommitments(written.prisma);
    expect(await readCommitments(imported.prisma)).toEqual(original);
    // What the comparison covers: the API wrote all of it, so the import must bring all of it back.
    const joint = original.find((c) => c.description === "Joint artillery package") as unknown as {
      coCommitters: unknown[];
      made: { edtf: string };
      converted: unknown;
      items: unknown[];
      stages: { kind: string; occurred: { edtf: string } | null; items: unknown[]; citations: unknown[] }[];
      links: unknown[];
    };
    expect(joint.coCommitters).toEqual([{ name: "Partner" }, { name: "Alliance" }]);
    expect(joint.made.edtf).toBe("2025-05~");
    expect(joint.items).toHaveLength(2);
    expect(joint.stages.map((s) => [s.kind, s.occurred?.edtf, s.items.length, s.citations.length])).toEqual([
      ["PLEDGED", "2025-05?", 0, 0],
      ["DELIVERED", "2025-09-01~", 1, 2],
    ]);
    expect(joint.links).toHaveLength(2);
    // Converted at rates that came through the export and import: EUR 120 million at 1.1347 (May 2025).
    expect(joint.converted).toEqual({ amount: "136164000", rate: "1.1347", rateDate: "2025-05-30", reason: null });
  });
});
