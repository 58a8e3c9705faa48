import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type AccordServer, type AccordServerOptions, createAccordServer } from "../../src/server";

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { cost?: { requested: number; max: number }; [key: string]: unknown };
};

/** A response's body read as GraphQL's result shape. */
export async function readGraphQL<T = Record<string, unknown>>(response: Response): Promise<GraphQLResponse<T>> {
  return (await response.json()) as GraphQLResponse<T>;
}

export type TestServer = {
  db: TestDatabase;
  server: AccordServer;
  url: string;
  /** POSTs an operation over real HTTP, as any client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
};

export type TestServerOptions = Omit<AccordServerOptions, "prisma"> & {
  /** Start on a copy of the seeded template (the seed's facts, written once a run). */
  seed?: boolean;
};

/** A real server on its own database and a free port; call close() in afterAll. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { seed, ...serverOptions } = options;
  const db = await createTestDatabase({ seeded: seed });
  const server = await createAccordServer({ ...serverOptions, prisma: db.prisma });
  const { url } = await server.listen(0, "127.0.0.1");
  return {
    db,
    server,
    url,
    async gql(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<never>;
      // Every executed operation reports its cost (docs/limits.md, asserted in limits.test.ts); data tests ignore it.
      if (body.extensions?.cost) {
        const { cost: _cost, ...extensions } = body.extensions;
        if (Object.keys(extensions).length) body.extensions = extensions;
        else delete body.extensions;
      }
      return body;
    },
    async close() {
      await server.stop();
      await db.drop();
    },
  };
}

/**
 * A real server for the calling file's tests: started before them (with the seed when asked), closed after.
 * The handle fills in at beforeAll, so hooks and tests declared later can use it.
 */
export function useTestServer(options: TestServerOptions = {}): TestServer {
  const handle = {} as TestServer;
  beforeAll(async () => {
    Object.assign(handle, await startTestServer(options));
  });
  afterAll(() => handle.close?.());
  return handle;
}
