// Issue #14: a compressed body is bounded by its inflated size, so 1 KB on the wire cannot carry
// megabytes; the memory that unused variables within the bound can take is measured by
// src/scripts/unused-variables-attack.ts (docs/limits.md) and by memory.attack.slow.test.ts.
import { deflateSync, gzipSync } from "node:zlib";
import { unusedVariableBody } from "../../src/scripts/unused-variables-attack";
import { type SafetyServer, startSafetyServer } from "../support/safety-server";

let s: SafetyServer;
beforeAll(async () => {
  s = await startSafetyServer({ env: { NODE_ENV: "production" } });
});
afterAll(() => s.close());

const maxBodyBytes = 1_048_576;
const postCompressed = (body: Buffer, encoding: string) =>
  fetch(s.url, { method: "POST", headers: { "content-type": "application/json", "content-encoding": encoding }, body });

test.each([
  ["gzip", gzipSync],
  ["deflate", deflateSync],
])(
  "a %s body inflating past the body limit is refused with 413, whatever its size on the wire",
  async (encoding, compress) => {
    const json = JSON.stringify({ query: "query Q { __typename }", variables: { pad: "x".repeat(2 * maxBodyBytes) } });
    const body = compress(Buffer.from(json));
    expect(body.length).toBeLessThan(10_000);
    const response = await postCompressed(body, encoding);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^The request body of .+ bytes exceeds the limit of 1048576 bytes$/),
          extensions: expect.objectContaining({ code: "PAYLOAD_TOO_LARGE", limit: "body", max: maxBodyBytes }),
        },
      ],
    });
  },
);

test("a gzip body with a 900 KiB unused variable, under the limit inflated, is answered", async () => {
  const response = await postCompressed(unusedVariableBody(1, 900 * 1024), "gzip");
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { __typename: "Query" }, extensions: expect.anything() });
});
