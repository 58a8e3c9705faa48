// compiled-reads.test.ts's walk of commitmentTotals over every subset of its group keys, past the sample the
// fast tier asks: the compiled answer must be byte-identical to the resolvers' for each.
import { useCompiledReadsPair } from "./support/compiled-reads-pair";
import { remainingTotalsCases } from "./support/totals-group-bys";

const { compare } = useCompiledReadsPair();

describe("compiled reads answer exactly as the resolvers do", () => {
  it.each(remainingTotalsCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const reply = await compare(c, true);
    expect(reply.status).toBe(200);
  });
});
