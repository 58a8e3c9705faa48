// Answers over 1 KB travel compressed (brotli or gzip, as the client accepts) to clients that accept it, the same
// JSON either way, whether Apollo or the fast lane answered; clients sending no Accept-Encoding (the benchmark's)
// get the JSON as it is.
import { decoded, rawRequest } from "./support/raw-http";
import { useTestServer } from "./support/test-server";

const answeredBy: string[] = [];
const t = useTestServer({ seed: true, compiledReads: { onAnswered: (_name, via) => answeredBy.push(via) } });

/** POSTs a query with exactly these headers. */
function post(query: string, headers: Record<string, string>) {
  return rawRequest(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
}

const large = `{ engagements(first: 20) { edges { node { id title summary startDate
  participants { role titleAsReported actor { id name } } statements(first: 20) { edges { node { id gist quote } } } } } } }`;
const small = "{ engagements(first: 1) { totalCount } }";
// What Chromium sends.
const browser = "gzip, deflate, br, zstd";

describe("compressed responses", () => {
  it("compresses a large answer for a client that accepts it, and sends the same JSON as is to one that does not", async () => {
    const plain = await post(large, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(JSON.parse(plain.body.toString("utf8")).data.engagements.edges.length).toBeGreaterThan(0);
    for (const [accepted, encoding] of [
      ["gzip", "gzip"],
      ["br", "br"],
      [browser, "br"],
    ] as const) {
      const compressed = await post(large, { "accept-encoding": accepted });
      expect([accepted, compressed.headers["content-encoding"]]).toEqual([accepted, encoding]);
      expect(compressed.headers.vary).toContain("Accept-Encoding");
      expect(decoded(compressed).equals(plain.body)).toBe(true);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
    }
  });

  it("compresses the fast lane's answers too, the same bytes as Apollo's", async () => {
    const query = `${large} # lane`;
    answeredBy.length = 0;
    const first = await post(query, { "accept-encoding": browser });
    const repeat = await post(query, { "accept-encoding": browser });
    const plain = await post(query, {});
    expect(answeredBy).toEqual(["apollo", "lane", "lane"]);
    expect([first.headers["content-encoding"], repeat.headers["content-encoding"]]).toEqual(["br", "br"]);
    expect(decoded(repeat).equals(decoded(first))).toBe(true);
    expect(decoded(repeat).equals(plain.body)).toBe(true);
    expect(plain.headers["content-length"]).toBe(String(plain.body.length));
  });

  it("leaves an answer under 1 KB as is", async () => {
    const answer = await post(small, { "accept-encoding": browser });
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(answer.body.toString("utf8")).data).toEqual({ engagements: { totalCount: 3 } });
  });
});
