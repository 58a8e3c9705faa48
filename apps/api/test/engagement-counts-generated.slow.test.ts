import { describeExactnessOnGeneratedData } from "./support/engagement-counts-exactness";
import { useTestServer } from "./support/test-server";

// The fast tier checks the same shapes on 300 engagements (engagement-counts.test.ts).
const t = useTestServer({ seed: true });

describeExactnessOnGeneratedData(t, { actors: 300, engagements: 1500 });
