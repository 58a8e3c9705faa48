// Converted figures beside amounts kept in their own currency: the rates fixture loaded by the importer,
// each figure exact (numeric in SQL, strings in GraphQL), the rate and its date given, a missing rate or
// date a null amount with its reason; the same answer on the compiled lane (which answers) and the resolvers.
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { createBulkDb, importFxRates } from "@accord/interchange";
import { toGlobalId } from "../src/common/global-id";
import { startTwoLanes } from "./support/two-lanes";

const ratesCsv = join(__dirname, "../../../packages/interchange/test/fixtures/fx-rates/rates.csv");

let db: TestDatabase;
let lanes: Awaited<ReturnType<typeof startTwoLanes>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const bulk = createBulkDb(db.url);
  try {
    expect((await importFxRates({ file: ratesCsv, db: bulk })).tally.created).toBe(11);
  } finally {
    await bulk.end();
  }
  lanes = await startTwoLanes(db.prisma);
});

afterAll(async () => {
  await lanes?.close();
  await db?.drop();
});

type Stage = {
  kind: "PLEDGED" | "DISBURSED" | "DELIVERED" | "CANCELLED";
  amount?: string;
  on?: string;
  precision?: "DAY" | "MONTH" | "YEAR";
};

/** A commitment made on `made` with these stages (money in `currency`), as its global ID. */
async function commitment(currency: string, made: Pick<Stage, "amount" | "on" | "precision">, stages: Stage[]) {
  const donor = await db.prisma.actor.create({ data: { kind: "STATE", name: `Donor ${currency} ${stages.length}` } });
  const money = (s: Pick<Stage, "amount" | "on" | "precision">) => (s.amount ? { amount: s.amount, currency } : {});
  const row = await db.prisma.commitment.create({
    data: {
      committerId: donor.id,
      kind: "FINANCIAL",
      description: "Budget support",
      status: "PLEDGED",
      ...money(made),
      ...(made.on ? { madeOn: new Date(made.on), madeOnPrecision: made.precision } : {}),
      stages: {
        create: stages.map((s, position) => ({
          position,
          kind: s.kind,
          ...money(s),
          ...(s.on ? { occurredOn: new Date(s.on), occurredOnPrecision: s.precision } : {}),
        })),
      },
    },
  });
  const id = toGlobalId("Commitment", row.id);
  committerOf.set(id, toGlobalId("Actor", donor.id));
  return id;
}
const committerOf = new Map<string, string>();

const fields = "amount currency rate rateDate base valueDate missing reason";
const query = `query($id: ID!, $to: Currency!) { node(id: $id) { ... on Commitment {
  money { amount currency } converted(currency: $to) { ${fields} }
  stages { kind money { amount } converted(currency: $to) { ${fields} } } } } }`;

const converted = (
  amount: string,
  currency: string,
  rate: string,
  rateDate: string,
  valueDate: string,
  base: string | null = "EUR",
) => ({
  amount,
  currency,
  rate,
  rateDate,
  base,
  valueDate,
  missing: null,
  reason: null,
});
const missing = (currency: string, valueDate: string | null, why: "NO_RATE" | "NO_VALUE_DATE", reason: string) => ({
  amount: null,
  currency,
  rate: null,
  rateDate: null,
  base: null,
  valueDate,
  missing: why,
  reason,
});

describe("converted(currency:)", () => {
  it("converts a commitment and its stages at their dates, exactly, and names what is missing", async () => {
    const id = await commitment("USD", { amount: "1000000000", on: "2024-03-01", precision: "MONTH" }, [
      { kind: "PLEDGED", amount: "1000000000", on: "2024-03-01", precision: "MONTH" },
      { kind: "DISBURSED", amount: "250000000", on: "2024-07-15", precision: "DAY" },
      { kind: "DISBURSED", amount: "100", on: "2023-01-01", precision: "YEAR" },
      { kind: "DELIVERED", amount: "5" },
      { kind: "CANCELLED", on: "2024-12-31", precision: "DAY" },
    ]);
    const answer = await lanes.askBoth(query, { id, to: "EUR" });
    // March 2024 is valued at its last day, the 31st: the latest rate on or before it is the 28th's (1.0811).
    const march = converted("924983812.7833", "EUR", "0.924983812783276293", "2024-03-28", "2024-03-31");
    expect(answer).toEqual({
      data: {
        node: {
          money: { amount: "1000000000", currency: "USD" },
          converted: march,
          stages: [
            { kind: "PLEDGED", money: { amount: "1000000000" }, converted: march },
            {
              kind: "DISBURSED",
              money: { amount: "250000000" },
              converted: converted("233535730.9668", "EUR", "0.934142923867351705", "2024-06-28", "2024-07-15"),
            },
            {
              kind: "DISBURSED",
              money: { amount: "100" },
              converted: missing(
                "EUR",
                "2023-12-31",
                "NO_RATE",
                "no rate from USD to EUR dated 2022-12-01 to 2023-12-31 (quoted directly, inverted or through a common base)",
              ),
            },
            {
              kind: "DELIVERED",
              money: { amount: "5" },
              converted: missing(
                "EUR",
                null,
                "NO_VALUE_DATE",
                "the amount in USD has no date to take a rate to EUR at",
              ),
            },
            { kind: "CANCELLED", money: null, converted: null },
          ],
        },
      },
    });
  });

  it("adds up a group's amounts each converted at its own date, counting those without a rate or date", async () => {
    const id = await commitment("USD", { amount: "1000000000", on: "2024-03-01", precision: "MONTH" }, [
      { kind: "PLEDGED", amount: "1000000000", on: "2024-03-01", precision: "MONTH" },
      { kind: "DISBURSED", amount: "250000000", on: "2024-07-15", precision: "DAY" },
      { kind: "DISBURSED", amount: "100", on: "2023-01-01", precision: "YEAR" },
      { kind: "DISBURSED", amount: "400000000", on: "2024-12-31", precision: "DAY" },
      { kind: "DELIVERED", amount: "5" },
    ]);
    const totals = `query($committer: ID!, $groupBy: [CommitmentGroupBy!]!) {
      commitmentTotals(filter: { committer: $committer }, groupBy: $groupBy) {
        stage currency total count converted(currency: "EUR") { currency amount converted lacking } } }`;
    const committer = committerOf.get(id);
    const byStage = await lanes.askBoth(totals, { committer, groupBy: ["STAGE"] });
    // 250,000,000 at 2024-06-28's rate (233535730.9668) + 400,000,000 × round(1 / 1.0389, 18) (385022620.0789).
    expect(byStage.data?.commitmentTotals).toEqual([
      {
        stage: "DELIVERED",
        currency: "USD",
        total: "5",
        count: 1,
        converted: { currency: "EUR", amount: null, converted: 0, lacking: 1 },
      },
      {
        stage: "DISBURSED",
        currency: "USD",
        total: "650000100",
        count: 1,
        converted: { currency: "EUR", amount: "618558351.0457", converted: 2, lacking: 1 },
      },
      {
        stage: "PLEDGED",
        currency: "USD",
        total: "1000000000",
        count: 1,
        converted: { currency: "EUR", amount: "924983812.7833", converted: 1, lacking: 0 },
      },
    ]);
    const byCommitter = await lanes.askBoth(totals, { committer, groupBy: ["COMMITTER"] });
    expect(byCommitter.data?.commitmentTotals).toEqual([
      {
        stage: null,
        currency: "USD",
        total: "1000000000",
        count: 1,
        converted: { currency: "EUR", amount: "924983812.7833", converted: 1, lacking: 0 },
      },
    ]);
  });

  it("crosses two currencies through their common base, keeps one currency as it is, and looks back 31 days at most", async () => {
    const id = await commitment("KRW", { amount: "1500000000000", on: "2024-01-01", precision: "YEAR" }, [
      { kind: "PLEDGED", amount: "1500000000000", on: "2024-01-01", precision: "YEAR" },
      // 31 days after the last rate (2024-06-28) it still applies; 32 days after, it no longer does.
      { kind: "DISBURSED", amount: "1000", on: "2024-07-29", precision: "DAY" },
      { kind: "DISBURSED", amount: "1000", on: "2024-07-30", precision: "DAY" },
    ]);
    const toUsd = await lanes.askBoth(query, { id, to: "USD" });
    const year = converted("1017100153.3792", "USD", "0.000678066768919492", "2024-12-31", "2024-12-31");
    expect(toUsd).toEqual({
      data: {
        node: {
          money: { amount: "1500000000000", currency: "KRW" },
          converted: year,
          stages: [
            { kind: "PLEDGED", money: { amount: "1500000000000" }, converted: year },
            {
              kind: "DISBURSED",
              money: { amount: "1000" },
              // 1.0705 / 1482.19 to 18 places, times 1000.
              converted: converted("0.7222", "USD", "0.000722242087721547", "2024-06-28", "2024-07-29"),
            },
            {
              kind: "DISBURSED",
              money: { amount: "1000" },
              converted: missing(
                "USD",
                "2024-07-30",
                "NO_RATE",
                "no rate from KRW to USD dated 2024-06-29 to 2024-07-30 (quoted directly, inverted or through a common base)",
              ),
            },
          ],
        },
      },
    });
    const same = await lanes.askBoth(query, { id, to: "KRW" });
    const node = (same.data?.node ?? {}) as { converted: unknown; stages: { converted: unknown }[] };
    expect(node.converted).toEqual({
      ...converted("1500000000000", "KRW", "1", "", "2024-12-31", null),
      rateDate: null,
    });
    expect(node.stages.map((s) => s.converted)).toContainEqual({
      ...converted("1000", "KRW", "1", "", "2024-07-30", null),
      rateDate: null,
    });
  });

  it("converts to the base and from it, and to a third currency on the same day", async () => {
    const usd = await commitment("USD", { amount: "1000000", on: "2024-03-29", precision: "DAY" }, []);
    const toUah = await lanes.askBoth(query, { id: usd, to: "UAH" });
    expect(toUah.data?.node).toMatchObject({
      converted: converted("38942096.0133", "UAH", "38.942096013319766904", "2024-03-28", "2024-03-29"),
    });
    const eur = await commitment("EUR", { amount: "1234.5", on: "2024-12-31", precision: "DAY" }, []);
    const toGbp = await lanes.askBoth(query, { id: eur, to: "GBP" });
    expect(toGbp.data?.node).toMatchObject({
      converted: converted("1023.6227", "GBP", "0.82918", "2024-12-31", "2024-12-31"),
    });
  });
});
