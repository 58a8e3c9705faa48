import { toGlobalId as gid } from "../src/common/global-id";
import { loadLimitsConfig } from "../src/limits/limits.config";
import {
  CommitmentGroupBy,
  rollupDrift,
  sorted,
  stageRollupDrift,
  stageTotalsInJavaScript,
  totalsInJavaScript,
  totalsRows,
} from "./support/commitment-totals-check";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

// Rate limits off: every order of the writes sends a few hundred requests with one token.
const defaults = loadLimitsConfig({});
const t = useTestServer({ limits: { ...defaults, rateLimit: { ...defaults.rateLimit, address: 0, token: 0 } } });
const auth = useTestTokens(t);
const dbId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

async function mutate<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await t.gql<Record<string, T>>(query, variables, auth.editor);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

async function newCommitter(name: string): Promise<string> {
  return gid("Actor", (await t.db.prisma.actor.create({ data: { kind: "STATE", name } })).id);
}

async function create(committerId: string, input: Record<string, unknown>): Promise<string> {
  const query = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }";
  const base = { committerId, kind: "FINANCIAL", description: "Aid", status: "PLEDGED" };
  return (await mutate<{ id: string }>(query, { input: { ...base, ...input } })).id;
}

async function update(id: string, changes: Record<string, unknown>): Promise<void> {
  const { version } = await t.db.prisma.commitment.findUniqueOrThrow({ where: { id: dbId(id) } });
  const query = "mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }";
  await mutate(query, { input: { id, version, ...changes } });
}

/** The committer's USD total through the API, after checking the summary tables against a JavaScript count. */
async function totalOf(committerId: string, step: string): Promise<string | null> {
  const p = t.db.prisma;
  expect({ step, drift: await rollupDrift(p) }).toEqual({ step, drift: [] });
  const { rows } = await totalsRows(p, [{}, []], true);
  expect({ step, rows: sorted(rows) }).toEqual({ step, rows: await totalsInJavaScript(p, [{}, []]) });
  const query = `query($ids: [ID!]) { commitmentTotals(filter: { committers: $ids }, groupBy: [COMMITTER]) { currency total } }`;
  const result = await t.gql<{ commitmentTotals: { currency: string; total: string }[] }>(query, {
    ids: [committerId],
  });
  expect(result.errors).toBeUndefined();
  return result.data!.commitmentTotals.find((row) => row.currency === "USD")?.total ?? null;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The committer's USD totals by stage through the API, after checking all stage totals against a JavaScript count. */
async function stageTotalsOf(committerId: string, step: string): Promise<Record<string, string>> {
  expect({ step, drift: await stageRollupDrift(t.db.prisma) }).toEqual({ step, drift: [] });
  const { rows } = await totalsRows(t.db.prisma, [{}, [CommitmentGroupBy.STAGE]]);
  expect({ step, rows: sorted(rows) }).toEqual({ step, rows: await stageTotalsInJavaScript(t.db.prisma) });
  const query = `query($ids: [ID!]) { commitmentTotals(filter: { committers: $ids }, groupBy: [STAGE]) { stage currency total } }`;
  const result = await t.gql<{ commitmentTotals: { stage: string; currency: string; total: string }[] }>(query, {
    ids: [committerId],
  });
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.commitmentTotals.map((row) => [`${row.stage} ${row.currency}`, row.total]));
}

async function addStage(commitmentId: string, input: Record<string, unknown>): Promise<void> {
  const { version } = await t.db.prisma.commitment.findUniqueOrThrow({ where: { id: dbId(commitmentId) } });
  const query = "mutation($input: AddCommitmentStageInput!) { addCommitmentStage(input: $input) { id } }";
  await mutate(query, { input: { commitmentId, version, ...input } });
}

describe("totals count each promise once", () => {
  it("pledges 1 billion and disburses 250 million for a package in two parts, restated, whatever the order of the writes", async () => {
    const steps = ["whole's amount", "part 400", "part 600", "restatement"] as const;
    for (const [i, structure] of permutations([...steps]).entries()) {
      // The disbursement goes in each of the five places in turn, recorded on a part or on the whole.
      const order = [...structure.slice(0, i % 5), "disbursement" as const, ...structure.slice(i % 5)];
      const who = await newCommitter(`stages ${order.join(", ")}`);
      const whole = await create(who, { description: "Package" });
      const p400 = await create(who, { amount: "400000000", currency: "USD" });
      const p600 = await create(who, { amount: "600000000", currency: "USD" });
      const restated = await create(who, { amount: "1000000000", currency: "USD" });
      const write = {
        "whole's amount": () => update(whole, { amount: "1000000000", currency: "USD" }),
        "part 400": () => update(p400, { links: [{ kind: "PART_OF", toId: whole }] }),
        "part 600": () => update(p600, { links: [{ kind: "PART_OF", toId: whole }] }),
        restatement: () => update(restated, { links: [{ kind: "RESTATES", toId: whole }] }),
        disbursement: () => addStage(i % 2 ? whole : p400, { kind: "DISBURSED", amount: "250000000", currency: "USD" }),
      };
      for (const step of order) await write[step]();
      expect({ order, totals: await stageTotalsOf(who, order.join(" → ")) }).toEqual({
        order,
        totals: { "DISBURSED USD": "250000000", "PLEDGED USD": "1000000000" },
      });
      expect({ order, total: await totalOf(who, order.join(" → ")) }).toEqual({ order, total: "1000000000" });
    }
  });

  it("counts the parts when only they carry amounts, and a whole over parts of parts", async () => {
    const who = await newCommitter("parts only");
    const whole = await create(who, { description: "Package without a figure" });
    const part = await create(who, { amount: "400", currency: "USD", links: [{ kind: "PART_OF", toId: whole }] });
    await create(who, { amount: "600", currency: "USD", links: [{ kind: "PART_OF", toId: whole }] });
    await create(who, { amount: "150", currency: "USD", links: [{ kind: "PART_OF", toId: part }] });
    expect(await totalOf(who, "parts only, one split again")).toBe("1000");

    await update(part, { amount: null, currency: null });
    expect(await totalOf(who, "the split part lost its figure: its own part counts")).toBe("750");

    await update(whole, { amount: "2000", currency: "USD" });
    expect(await totalOf(who, "the whole got a figure: it alone counts, parts of parts too")).toBe("2000");

    const revised = await create(who, {
      amount: "2500",
      currency: "USD",
      links: [{ kind: "SUPERSEDES", toId: whole }],
    });
    expect(await totalOf(who, "the whole superseded: its parts stay hidden under it")).toBe("2500");

    await mutate("mutation($id: ID!) { deleteCommitment(id: $id) }", { id: revised });
    await mutate("mutation($id: ID!) { deleteCommitment(id: $id) }", { id: whole });
    expect(await totalOf(who, "the whole deleted: its parts count")).toBe("750");
  });

  it("counts the restated promise, not its restatement, and again both when the link goes", async () => {
    const who = await newCommitter("restated");
    const first = await create(who, { amount: "100", currency: "USD" });
    const again = await create(who, { amount: "100", currency: "USD", links: [{ kind: "RESTATES", toId: first }] });
    expect(await totalOf(who, "restated")).toBe("100");
    await update(again, { links: [{ kind: "FOLLOWS", toId: first }] });
    expect(await totalOf(who, "a follow-up, not a restatement")).toBe("200");
  });
});
