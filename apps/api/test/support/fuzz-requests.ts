import type { GraphQLSchema } from "graphql";
import { generateOperation, mutateDocument, type Rng } from "./fuzz-operations";

export type FuzzRequest = {
  kind: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  search?: string;
};

const json = { "content-type": "application/json" };
const accepts = [
  "application/json",
  "application/graphql-response+json",
  "application/graphql-response+json, application/json;q=0.9",
  "*/*",
  "text/html",
  "application/xml",
];

/** Bodies of the wrong shape or type, as broken clients send them. */
function oddBody(rng: Rng, pool: unknown[]): FuzzRequest {
  const value = () => pool[rng.int(pool.length)];
  const bodies = [
    () => JSON.stringify({ query: value() }),
    () => JSON.stringify({ query: "{ __typename }", variables: value() }),
    () => JSON.stringify({ query: "{ __typename }", operationName: value() }),
    () => JSON.stringify({ query: "query A { __typename } query B { __typename }", operationName: value() }),
    () =>
      JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: value() } } }),
    () => JSON.stringify(value()),
    () => JSON.stringify([{ query: "{ __typename }" }, { query: value() }]),
    () => String(value()).slice(0, 2000),
    () => `{"query": "{ __typename }", "variables": ${"[".repeat(5000)}`,
    () => JSON.stringify({ query: `{ ${"__typename ".repeat(10)}`, variables: { a: "x".repeat(2_000_000) } }),
  ];
  const types = [
    "application/json",
    "text/plain",
    "application/graphql",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json; charset=latin1",
    "application/json; charset=utf-16",
  ];
  const headers = { "content-type": rng.chance(0.7) ? "application/json" : rng.pick(types), accept: rng.pick(accepts) };
  return {
    kind: "odd body",
    method: rng.pick(["POST", "POST", "POST", "PUT", "PATCH", "DELETE"]),
    headers,
    body: rng.pick(bodies)(),
  };
}

/** One request: a schema-built operation, a broken one, a GET, or an odd body. */
export function generateRequest(schema: GraphQLSchema, rng: Rng, pool: unknown[]): FuzzRequest {
  const roll = rng.next();
  const op = generateOperation(schema, rng, pool);
  const accept: Record<string, string> = rng.chance(0.7) ? {} : { accept: rng.pick(accepts) };
  if (roll < 0.5) {
    return { kind: "operation", method: "POST", headers: { ...json, ...accept }, body: JSON.stringify(op) };
  }
  if (roll < 0.8) {
    const query = mutateDocument(op.query, rng);
    return { kind: "mutated", method: "POST", headers: { ...json, ...accept }, body: JSON.stringify({ ...op, query }) };
  }
  if (roll < 0.9) {
    const params = new URLSearchParams({ query: rng.chance(0.5) ? op.query : mutateDocument(op.query, rng) });
    if (rng.chance(0.5)) params.set("variables", JSON.stringify(op.variables));
    const headers: Record<string, string> = {
      ...accept,
      ...(rng.chance(0.8) ? { "apollo-require-preflight": "1" } : {}),
    };
    return { kind: "get", method: "GET", headers, search: `?${params}` };
  }
  return oddBody(rng, pool);
}
