import { loadLimitsConfig } from "../src/limits/limits.config";
import { checkPackageInOrder, commitmentWrites, everyPackageOrder } from "./support/commitment-writes";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

// Rate limits off: the 24 orders send a few thousand requests with one token.
const defaults = loadLimitsConfig({});
const t = useTestServer({ limits: { ...defaults, rateLimit: { ...defaults.rateLimit, address: 0, token: 0 } } });
const auth = useTestTokens(t);
const w = commitmentWrites(t, auth);

describe("totals count each promise once, whatever the order of the writes", () => {
  it("pledges 1 billion and disburses 250 million for a package in two parts, restated, in all 24 orders", async () => {
    for (const { order, onWhole } of everyPackageOrder()) await checkPackageInOrder(w, order, onWhole);
  });
});
