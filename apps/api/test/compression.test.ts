// Responses over 1 KB travel gzip-compressed to clients that accept it, the same JSON either way.
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

type Raw = { encoding: string | undefined; body: Buffer };

/** POSTs a query with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function post(query: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      t.url,
      { method: "POST", headers: { "content-type": "application/json", ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ query }));
  });
}

const large = `{ engagements(first: 20) { edges { node { id title summary startDate
  participants { role titleAsReported actor { id name } } statements(first: 20) { edges { node { id gist quote } } } } } } }`;
const small = "{ engagements(first: 1) { totalCount } }";

describe("compressed responses", () => {
  it("gzips a large answer for a client that accepts gzip, and sends the same JSON as is to one that does not", async () => {
    const plain = await post(large, {});
    const gzipped = await post(large, { "accept-encoding": "gzip" });
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(gzipped.encoding).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString("utf8")).toBe(plain.body.toString("utf8"));
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(plain.body.toString("utf8")).data.engagements.edges.length).toBeGreaterThan(0);
  });

  it("leaves an answer under 1 KB as is", async () => {
    const answer = await post(small, { "accept-encoding": "gzip" });
    expect(answer.encoding).toBeUndefined();
    expect(JSON.parse(answer.body.toString("utf8")).data).toEqual({ engagements: { totalCount: 3 } });
  });
});
