import { parse } from "graphql";
import { AccordError, createAccordClient, EngagementsDocument, type TypedDocumentNode } from "../src";
import { useTestServer } from "./support/server";

const t = useTestServer({ seed: true });
let meetingId: string;

beforeAll(async () => {
  ({ id: meetingId } = await t.db.prisma.engagement.findFirstOrThrow({
    where: { title: "Cho Tae-yul – Mark Rutte meeting" },
  }));
});

// What the API returns for a row: base64url of "Type:uuid".
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

describe("createAccordClient against a real server", () => {
  it("engagementDetail returns the typed engagement with its participants", async () => {
    const client = createAccordClient({ url: t.url });
    const { node } = await client.engagementDetail({ id: globalId("Engagement", meetingId) });
    if (node?.__typename !== "Engagement") throw new Error(`expected an Engagement, got ${node?.__typename}`);
    expect({ ...node, id: undefined, participants: undefined, parent: { ...node.parent, id: undefined } }).toEqual({
      __typename: "Engagement",
      id: undefined,
      title: "Cho Tae-yul – Mark Rutte meeting",
      kind: "BILATERAL_MEETING",
      status: "HELD",
      visitKind: null,
      summary:
        "Foreign Minister Cho Tae-yul and NATO Secretary General Mark Rutte met on the sidelines of the NATO Foreign Ministers' Meeting and exchanged views on ROK–NATO cooperation, Russia–North Korea military cooperation and the global security situation.",
      start: {
        edtf: "2025-04-02?",
        iso: "2025-04-02",
        start: "2025-04-02",
        end: "2025-04-02",
        precision: "DAY",
        inferred: true,
        approximate: false,
      },
      end: null,
      city: "Brussels",
      place: "NATO headquarters",
      country: null,
      parent: {
        id: undefined,
        title: "NATO Foreign Ministers' Meeting",
        start: expect.objectContaining({ edtf: "2025-04?", start: "2025-04-01", end: "2025-04-30" }),
      },
      participants: undefined,
      participantCount: 2,
      sideEngagements: { edges: [] },
      topics: [
        { name: "ROK–NATO cooperation", slug: "rok-nato-cooperation" },
        { name: "Global security situation", slug: "global-security-situation" },
        { name: "Russia–North Korea military cooperation", slug: "russia-dprk-military-cooperation" },
      ],
    });
    expect(node.id).toBe(globalId("Engagement", meetingId));
    expect(node.participants.map((p) => [p.role, p.actor.name, p.represents?.name, p.titleAsReported])).toEqual([
      ["VISITOR", "Cho Tae-yul", "Republic of Korea", "Foreign Minister"],
      ["HOST", "Mark Rutte", "North Atlantic Treaty Organization", "Secretary General"],
    ]);
  });

  it("engagements takes optional variables and returns the page", async () => {
    const client = createAccordClient({ url: t.url });
    const { engagements } = await client.engagements();
    expect(engagements.totalCount).toBe(3);
    expect(engagements.edges.map((e) => e.node.title)).toEqual([
      "Cho Tae-yul – Mark Rutte meeting",
      "NATO Foreign Ministers' Meeting",
      "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation",
    ]);
    expect(engagements.pageInfo.hasNextPage).toBe(false);
  });

  it("throws AccordError with the server's code and message", async () => {
    const client = createAccordClient({ url: t.url });
    const error = await client.engagements({ first: 101 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect((error as AccordError).code).toBe("BAD_USER_INPUT");
    expect((error as AccordError).message).toContain("first: 101");
    expect((error as AccordError).errors).toHaveLength(1);
  });

  it("reports a document the schema rejects as GRAPHQL_VALIDATION_FAILED", async () => {
    const client = createAccordClient({ url: t.url });
    const wrong = parse("query Wrong { engagements { nope } }") as TypedDocumentNode<unknown, Record<string, never>>;
    const error = await client.request(wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect((error as AccordError).code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((error as AccordError).message).toContain('Cannot query field "nope" on type "EngagementConnection"');
    expect((error as AccordError).status).toBe(400);
  });

  it("reports an unreachable server as NETWORK_ERROR", async () => {
    const client = createAccordClient({ url: "http://127.0.0.1:9/graphql" });
    await expect(client.engagements()).rejects.toMatchObject({ name: "AccordError", code: "NETWORK_ERROR" });
  });

  it("sends the token as a bearer Authorization header and runs the SDK's TypedDocumentNodes with request()", async () => {
    const seen: Headers[] = [];
    const client = createAccordClient({
      url: t.url,
      token: "secret-token",
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    const data = await client.request(EngagementsDocument, { first: 1 });
    expect(data.engagements.edges.map((e) => e.node.title)).toEqual(["Cho Tae-yul – Mark Rutte meeting"]);
    expect(seen.map((h) => h.get("authorization"))).toEqual(["Bearer secret-token"]);
  });
});
