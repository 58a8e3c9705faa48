import { toGlobalId as gid } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);

const create = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }";
const update = "mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }";
const read = `query($id: ID!) { node(id: $id) { ... on Commitment { instrument concessional channel { name } } } }`;

describe("instrument and channel", () => {
  it("records a concessional loan through an organisation, and refuses concessional on anything but a loan", async () => {
    const actor = async (name: string) =>
      gid("Actor", (await t.db.prisma.actor.create({ data: { kind: "STATE", name } })).id);
    const [rok, fund] = [await actor("ROK"), await actor("A World Bank trust fund")];
    const input = { committerId: rok, kind: "FINANCIAL", description: "Loan", status: "PLEDGED" };
    const made = await t.gql<{ createCommitment: { id: string } }>(
      create,
      { input: { ...input, instrument: "LOAN", concessional: true, channelId: fund } },
      auth.editor,
    );
    expect(made.errors).toBeUndefined();
    const id = made.data!.createCommitment.id;
    expect(await t.gql(read, { id })).toEqual({
      data: { node: { instrument: "LOAN", concessional: true, channel: { name: "A World Bank trust fund" } } },
    });

    const toGrant = await t.gql(update, { input: { id, version: 1, instrument: "GRANT" } }, auth.editor);
    expect(toGrant.errors?.[0]?.message).toMatch(/input\.concessional.*LOAN only, not to GRANT/);
    const bilateral = await t.gql(
      update,
      { input: { id, version: 1, instrument: "GRANT", concessional: null, channelId: null } },
      auth.editor,
    );
    expect(bilateral.errors).toBeUndefined();
    expect(await t.gql(read, { id })).toEqual({
      data: { node: { instrument: "GRANT", concessional: null, channel: null } },
    });

    const inKind = await t.gql(
      create,
      { input: { ...input, instrument: "IN_KIND", concessional: false } },
      auth.editor,
    );
    expect(inKind.errors?.[0]?.message).toMatch(/input\.concessional.*LOAN only/);
  });
});
