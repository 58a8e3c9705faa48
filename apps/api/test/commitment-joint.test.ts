import { toGlobalId as gid } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);

const create = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id version } }";
const update = "mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id version } }";
const read = `query($id: ID!) { node(id: $id) { ... on Commitment { committer { name } coCommitters { name } } } }`;

describe("joint commitments", () => {
  it("records co-committers in order, replaces them, and refuses the committer or a repeat by field", async () => {
    const actor = async (name: string) =>
      gid("Actor", (await t.db.prisma.actor.create({ data: { kind: "STATE", name } })).id);
    const [rok, nato, japan] = [await actor("ROK"), await actor("NATO"), await actor("Japan")];
    const input = { committerId: rok, kind: "INSTITUTIONAL", description: "A channel", status: "IN_PROGRESS" };
    const made = await t.gql<{ createCommitment: { id: string } }>(
      create,
      { input: { ...input, coCommitterIds: [nato, japan] } },
      auth.editor,
    );
    expect(made.errors).toBeUndefined();
    const id = made.data!.createCommitment.id;
    expect(await t.gql(read, { id })).toEqual({
      data: { node: { committer: { name: "ROK" }, coCommitters: [{ name: "NATO" }, { name: "Japan" }] } },
    });

    // The joint commitment is in each committer's commitmentsMade, compiled and counted.
    const madeBy = `query($id: ID!) { node(id: $id) { ... on Actor { commitmentsMade(first: 5) { totalCount
      edges { node { description } } } } } }`;
    for (const party of [rok, nato, japan]) {
      expect(await t.gql(madeBy, { id: party })).toEqual({
        data: { node: { commitmentsMade: { totalCount: 1, edges: [{ node: { description: "A channel" } }] } } },
      });
    }

    const changed = await t.gql(update, { input: { id, version: 1, coCommitterIds: [japan] } }, auth.editor);
    expect(changed.errors).toBeUndefined();
    expect(await t.gql(read, { id })).toEqual({
      data: { node: { committer: { name: "ROK" }, coCommitters: [{ name: "Japan" }] } },
    });

    const self = await t.gql(create, { input: { ...input, coCommitterIds: [nato, rok] } }, auth.editor);
    expect(self.errors?.[0]?.message).toMatch(/input\.coCommitterIds\.1.*committer itself/);
    const twice = await t.gql(create, { input: { ...input, coCommitterIds: [nato, nato] } }, auth.editor);
    expect(twice.errors?.[0]?.message).toMatch(/input\.coCommitterIds\.1.*listed twice/);
    expect(await t.db.prisma.commitment.count()).toBe(1);
  });
});
