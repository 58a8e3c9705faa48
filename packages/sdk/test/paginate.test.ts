import { parse } from "graphql";
import { createAccordClient, type TypedDocumentNode } from "../src";
import { useTestServer } from "./support/server";

const t = useTestServer();
const total = 250;
let requests = 0;

beforeAll(async () => {
  const start = Date.UTC(2020, 0, 1);
  await t.db.prisma.engagement.createMany({
    data: Array.from({ length: total }, (_, i) => {
      const day = new Date(start + i * 86_400_000);
      return { kind: "CALL" as const, title: `Call ${String(i).padStart(3, "0")}`, startDate: day, spanEnd: day };
    }),
  });
});

const countingFetch: typeof fetch = (input, init) => {
  requests++;
  return fetch(input, init);
};

// Newest first: Call 249 … Call 000.
const expected = Array.from({ length: total }, (_, i) => `Call ${String(total - 1 - i).padStart(3, "0")}`);

describe("client.paginate", () => {
  it("walks all 250 engagements over 3 pages of 100 with an SDK operation name", async () => {
    const client = createAccordClient({ url: t.url, fetch: countingFetch });
    requests = 0;
    const titles: string[] = [];
    for await (const node of client.paginate("engagements", { first: 100 }, (data) => data.engagements)) {
      titles.push(node.title);
    }
    expect(titles).toEqual(expected);
    expect(requests).toBe(3);
  });

  it("walks pages of 7 with the caller's own TypedDocumentNode", async () => {
    type Data = {
      engagements: {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const document = parse(
      "query Titles($first: Int, $after: String) { engagements(first: $first, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }",
    ) as TypedDocumentNode<Data, { first?: number; after?: string | null }>;
    const client = createAccordClient({ url: t.url, fetch: countingFetch });
    requests = 0;
    const titles: string[] = [];
    for await (const node of client.paginate(document, { first: 7 }, (data) => data.engagements))
      titles.push(node.title);
    expect(titles).toEqual(expected);
    expect(requests).toBe(Math.ceil(total / 7));
  });

  it("stops early when the caller breaks out of the loop", async () => {
    const client = createAccordClient({ url: t.url, fetch: countingFetch });
    requests = 0;
    const titles: string[] = [];
    for await (const node of client.paginate("engagements", { first: 10 }, (data) => data.engagements)) {
      titles.push(node.title);
      if (titles.length === 15) break;
    }
    expect(titles).toEqual(expected.slice(0, 15));
    expect(requests).toBe(2);
  });
});
