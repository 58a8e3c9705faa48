// compiled-reads.test.ts's walks past the samples the fast tier asks: commitmentTotals by every subset of its group
// keys, engagements by every order field and direction, every root list by every kind of page. The compiled answer
// must be byte-identical to the resolvers' for each.
import { gridCases } from "./support/compiled-reads-grids";
import { useCompiledReadsPair } from "./support/compiled-reads-pair";
import { remainingTotalsCases } from "./support/totals-group-bys";

const { compare, endCursor } = useCompiledReadsPair();
const { orders, roots } = gridCases(endCursor);

describe("compiled reads answer exactly as the resolvers do", () => {
  it.each([...remainingTotalsCases, ...orders.remaining, ...roots.remaining].map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const reply = await compare(c, true);
      expect(reply.status).toBe(200);
    },
  );
});
