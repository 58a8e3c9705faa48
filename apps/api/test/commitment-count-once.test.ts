import { loadLimitsConfig } from "../src/limits/limits.config";
import { checkPackageInOrder, commitmentWrites, packageRotations } from "./support/commitment-writes";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

// Rate limits off: every order of the writes sends a few hundred requests with one token.
const defaults = loadLimitsConfig({});
const t = useTestServer({ limits: { ...defaults, rateLimit: { ...defaults.rateLimit, address: 0, token: 0 } } });
const auth = useTestTokens(t);
const w = commitmentWrites(t, auth);
const { mutate, newCommitter, create, update, totalOf } = w;

describe("totals count each promise once", () => {
  // Every one of the 24 orders: commitment-count-once-orders.slow.test.ts.
  it("pledges 1 billion and disburses 250 million for a package in two parts, restated, in each rotation of the writes", async () => {
    for (const { order, onWhole } of packageRotations()) await checkPackageInOrder(w, order, onWhole);
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
