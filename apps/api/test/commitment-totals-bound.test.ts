// commitmentTotals is priced by the groups its keys can make (CURRENCY always one of them) and refuses an
// answer over that price, on the compiled path and the resolvers' alike, instead of cutting it short.
import { decodeCommitmentFilter } from "../src/commitments/commitment.criteria";
import { sumCommitments } from "../src/commitments/commitment-totals.service";
import { toGlobalId } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";

const t = useTestServer();
let filter: { committer: string };

beforeAll(async () => {
  // 301 currencies (three capital letters each, as writes accept): one more than a grouping's price for them.
  const actor = await t.db.prisma.actor.create({ data: { kind: "STATE", name: "Many Currencies" } });
  filter = { committer: toGlobalId("Actor", actor.id) };
  const code = (i: number) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26), 65);
  await t.db.prisma.commitment.createMany({
    data: Array.from({ length: 301 }, (_, i) => ({
      committerId: actor.id,
      kind: "FINANCIAL" as const,
      description: `Aid ${i}`,
      status: "PLEDGED" as const,
      amount: "1",
      currency: code(i),
    })),
  });
});

describe("commitmentTotals' bound on groups", () => {
  const refusal = "groupBy: more than 300 groups; narrow the filter or group by fewer keys";

  it("refuses more groups than its price, compiled or resolved, instead of cutting the answer short", async () => {
    const answer = await t.gql("query($f: CommitmentFilter) { commitmentTotals(filter: $f, groupBy: []) { count } }", {
      f: filter,
    });
    expect(answer).toMatchObject({ errors: [{ message: refusal, extensions: { code: "BAD_USER_INPUT" } }] });
    await expect(
      sumCommitments({ prisma: t.db.prisma, criteria: decodeCommitmentFilter(filter), groupBy: [] }),
    ).rejects.toMatchObject({ message: refusal });
  });

  it("answers every group when they are within the price", async () => {
    const answer = await t.gql<{ commitmentTotals: { count: number }[] }>(
      "query($f: CommitmentFilter) { commitmentTotals(filter: $f, groupBy: [KIND]) { count } }",
      { f: filter },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.commitmentTotals).toHaveLength(301);
  });
});
