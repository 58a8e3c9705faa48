import type { PrismaClient } from "@accord/db";
import { loadLimitsConfig } from "../../src/limits/limits.config";
import { type AccordServer, createAccordServer } from "../../src/server";

export type Lane = "compiled" | "resolvers";
export type LaneAnswer = {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/**
 * Two servers on one database, one answering reads by compiled SQL where it can, the other by its
 * resolvers: `askBoth` checks they give the same answer and whether the compiled lane answered it.
 */
export async function startTwoLanes(prisma: PrismaClient) {
  const limits = loadLimitsConfig({});
  const servers: AccordServer[] = [];
  const urls: Record<Lane, string> = { compiled: "", resolvers: "" };
  let answered = 0;
  for (const lane of ["compiled", "resolvers"] as const) {
    const compiledReads = lane === "compiled" && {
      onAnswered: () => {
        answered += 1;
      },
    };
    const server = await createAccordServer({ prisma, limits, compiledReads });
    servers.push(server);
    urls[lane] = (await server.listen(0, "127.0.0.1")).url;
  }
  const ask = async (
    lane: Lane,
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<LaneAnswer> => {
    const response = await fetch(urls[lane], {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as LaneAnswer;
    return { data: body.data, errors: body.errors };
  };
  return {
    ask,
    /** The same answer from both lanes, and the compiled lane must have answered it when `compiled`. */
    async askBoth(query: string, variables: Record<string, unknown>, compiled = true) {
      answered = 0;
      const viaResolvers = await ask("resolvers", query, variables);
      const viaCompiled = await ask("compiled", query, variables);
      expect(viaCompiled).toEqual(viaResolvers);
      expect(answered).toBe(compiled ? 1 : 0);
      return viaResolvers;
    },
    async close() {
      for (const server of servers) await server.stop();
    },
  };
}
