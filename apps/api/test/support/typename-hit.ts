import type { SafetyServer } from "./safety-server";
import { readGraphQL } from "./test-server";

/** The cheapest request (`{ __typename }`) as the rate-limit tests send it: status, headers and body. */
export async function hitTypename(
  server: SafetyServer,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Awaited<ReturnType<typeof readGraphQL>> }> {
  const response = await server.post({ query: "{ __typename }" }, headers);
  return { status: response.status, headers: response.headers, body: await readGraphQL(response) };
}
