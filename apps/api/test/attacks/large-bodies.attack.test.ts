// Issue #14: memory held by request bodies is bounded whatever their mix. Large bodies (over 64 KiB,
// or compressed) take turns (ACCORD_MAX_LARGE_BODIES, ACCORD_LARGE_BODY_QUEUE); undeclared variables
// of a large body are dropped once it is parsed; parsed documents are kept by the bytes they hold.
// The memory figures are measured by src/scripts/unused-variables-attack.ts (docs/limits.md).
import http from "node:http";
import { parse } from "graphql";
import { boundedDocumentStore } from "../../src/limits/document-store";
import { type SafetyServer, startSafetyServer } from "../support/safety-server";

let s: SafetyServer;
beforeAll(async () => {
  s = await startSafetyServer({
    env: { NODE_ENV: "production" },
    limits: { largeBodies: { concurrent: 1, queue: 1 } },
  });
});
afterAll(() => s.close());

const skipQuery = "query Q($skip: Boolean!) { __typename @skip(if: $skip) }";

/** A POST whose body is sent only when `finish` is called, so it holds its turn until then. */
function heldPost(body: string): { finish(): void; answer: Promise<{ status: number; json: unknown }> } {
  const request = http.request(s.url, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
  });
  const answer = new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    request.on("response", (response) => {
      let text = "";
      response.on("data", (chunk) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
    });
    request.on("error", reject);
  });
  request.write(body.slice(0, 10));
  request.flushHeaders();
  return { finish: () => request.end(body.slice(10)), answer };
}

const largeBody = (n: number) =>
  JSON.stringify({ query: skipQuery, variables: { skip: false, [`unused${n}`]: "x".repeat(200_000) } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

test("large bodies take turns: one served, one waiting, the next refused with 503; small bodies pass", async () => {
  const first = heldPost(largeBody(1));
  await settle();
  const second = heldPost(largeBody(2));
  await settle();
  const third = await s.post(largeBody(3));
  expect(third.status).toBe(503);
  expect(third.headers.get("retry-after")).toBe("1");
  expect(await third.json()).toEqual({
    errors: [
      {
        message: "Too many large request bodies at once (1 served, 1 waiting); try again shortly",
        extensions: { code: "SERVICE_UNAVAILABLE", limit: "largeBodies", max: 2 },
      },
    ],
  });
  const small = await s.post({ query: skipQuery, variables: { skip: false } });
  expect(small.status).toBe(200);
  first.finish();
  second.finish();
  const expected = { status: 200, json: { data: { __typename: "Query" }, extensions: expect.anything() } };
  expect(await first.answer).toEqual(expected);
  expect(await second.answer).toEqual(expected);
  // Every turn was given back: the next large body is served at once.
  expect((await s.post(largeBody(4))).status).toBe(200);
});

test("a client that leaves while waiting gives its place back", async () => {
  const first = heldPost(largeBody(5));
  await settle();
  const leaving = http.request(s.url, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": 300_000 },
  });
  leaving.on("error", () => undefined);
  leaving.flushHeaders();
  await settle();
  leaving.destroy();
  await settle();
  const waiting = heldPost(largeBody(6));
  await settle();
  first.finish();
  waiting.finish();
  expect((await first.answer).status).toBe(200);
  expect((await waiting.answer).status).toBe(200);
});

test("declared variables of a large body still reach the operation; undeclared ones are ignored", async () => {
  for (const skip of [true, false]) {
    const response = await s.post({ query: skipQuery, variables: { skip, pad: "y".repeat(300_000) } });
    expect(await response.json()).toEqual({
      data: skip ? {} : { __typename: "Query" },
      extensions: expect.anything(),
    });
  }
  // A missing declared variable is still graphql's own error, not hidden by the dropping.
  const missing = await s.post({ query: skipQuery, variables: { pad: "y".repeat(300_000) } });
  expect(missing.status).toBe(400);
  expect(await missing.json()).toEqual({
    errors: [
      {
        message: 'Variable "$skip" of required type "Boolean!" was not provided.',
        locations: [{ line: 1, column: 9 }],
        extensions: { code: "BAD_USER_INPUT" },
      },
    ],
  });
});

test("the store of parsed documents counts their source text: 40 queries padded to 1 MB keep under 32 MiB", async () => {
  const store = boundedDocumentStore();
  for (let n = 0; n < 40; n += 1) {
    await store.set(`q${n}`, parse(`query Q${n} { __typename } #${"x".repeat(1_000_000)}`));
  }
  // 2 bytes a character: 15 documents of 1 MB fit in 30 MiB.
  expect(store.keys().length).toBeLessThanOrEqual(15);
  expect(store.keys()).toContain("q39");
});
