import { toGlobalId as gid } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);

async function mutate<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await t.gql<Record<string, T>>(query, variables, auth.editor);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

const stagesQuery = `query($id: ID!) { node(id: $id) { ... on Commitment { status version history { status }
  stages { position kind occurred { edtf precision inferred } note money { amount currency asReported }
           provider { name } receiver { name } } } } }`;

describe("commitment stages", () => {
  it("starts with the status and money as its first stage, and each added stage sets the status", async () => {
    const p = t.db.prisma;
    const rok = gid("Actor", (await p.actor.create({ data: { kind: "STATE", name: "ROK" } })).id);
    const ukraine = gid("Actor", (await p.actor.create({ data: { kind: "STATE", name: "Ukraine" } })).id);
    const fund = gid("Actor", (await p.actor.create({ data: { kind: "ORGANIZATION", name: "A trust fund" } })).id);
    const created = await mutate<{ id: string }>(
      "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }",
      {
        input: {
          committerId: rok,
          beneficiaryId: ukraine,
          kind: "FINANCIAL",
          description: "Package",
          status: "PLEDGED",
          amount: "1000000000",
          currency: "USD",
          amountAsReported: "$1 billion",
          made: "2025-04-02",
        },
      },
    );
    const add = "mutation($input: AddCommitmentStageInput!) { addCommitmentStage(input: $input) { status version } }";
    const disbursed = await mutate<{ status: string; version: number }>(add, {
      input: {
        commitmentId: created.id,
        version: 1,
        kind: "DISBURSED",
        amount: "250000000",
        currency: "USD",
        occurred: "2025-09?",
        receiverId: fund,
        note: "First tranche",
      },
    });
    expect(disbursed).toEqual({ status: "IN_PROGRESS", version: 2 });

    const stale = await t.gql(add, { input: { commitmentId: created.id, version: 1, kind: "DELIVERED" } }, auth.editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const badMoney = await t.gql(
      add,
      { input: { commitmentId: created.id, version: 2, kind: "DISBURSED", amount: "5" } },
      auth.editor,
    );
    expect(badMoney.errors?.[0]?.message).toMatch(/input\.currency.*required/);

    const read = await t.gql(stagesQuery, { id: created.id });
    expect(read).toEqual({
      data: {
        node: {
          status: "IN_PROGRESS",
          version: 2,
          history: [{ status: "PLEDGED" }, { status: "IN_PROGRESS" }],
          stages: [
            {
              position: 0,
              kind: "PLEDGED",
              occurred: { edtf: "2025-04-02", precision: "DAY", inferred: false },
              note: null,
              money: { amount: "1000000000", currency: "USD", asReported: "$1 billion" },
              provider: { name: "ROK" },
              receiver: { name: "Ukraine" },
            },
            {
              position: 1,
              kind: "DISBURSED",
              occurred: { edtf: "2025-09?", precision: "MONTH", inferred: true },
              note: "First tranche",
              money: { amount: "250000000", currency: "USD", asReported: null },
              provider: { name: "ROK" },
              receiver: { name: "A trust fund" },
            },
          ],
        },
      },
    });
  });

  it("appends a stage when updateCommitment changes the status, and keeps the money on the first", async () => {
    const p = t.db.prisma;
    const actor = gid("Actor", (await p.actor.create({ data: { kind: "STATE", name: "Donor" } })).id);
    const { id } = await mutate<{ id: string }>(
      "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }",
      { input: { committerId: actor, kind: "FINANCIAL", description: "Aid", status: "ANNOUNCED" } },
    );
    await mutate("mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }", {
      input: { id, version: 1, status: "DELIVERED", amount: "7", currency: "EUR", statusNote: "Done" },
    });
    const read = await t.gql<{ node: { stages: unknown[] } }>(stagesQuery, { id });
    expect(read.data!.node.stages).toEqual([
      expect.objectContaining({
        position: 0,
        kind: "ANNOUNCED",
        money: { amount: "7", currency: "EUR", asReported: null },
      }),
      expect.objectContaining({ position: 1, kind: "DELIVERED", note: "Done", money: null }),
    ]);
  });
});
