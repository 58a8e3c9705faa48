import { createPrismaClient, type PrismaClient } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type AccordServer, type AccordServerOptions, createAccordServer } from "../../src/server";

/** A real server whose client records every SQL statement it sends, in `statements` (tests count them). */
export type CountedServer = { db: TestDatabase; prisma: PrismaClient; url: string; statements: string[] };

/**
 * Starts a counted server for the calling file's tests (closed after them): `fill` writes its data first.
 * The handle fills in at beforeAll.
 */
export function useCountedServer(
  options: Omit<AccordServerOptions, "prisma"> & {
    seeded?: boolean;
    maxConnections?: number;
    fill?: (prisma: PrismaClient) => Promise<void>;
  },
): CountedServer {
  const { seeded, maxConnections, fill, ...serverOptions } = options;
  const handle = { statements: [] as string[] } as CountedServer;
  let server: AccordServer | undefined;
  beforeAll(async () => {
    handle.db = await createTestDatabase({ seeded });
    handle.prisma = createPrismaClient({
      databaseUrl: handle.db.url,
      maxConnections,
      onQuery: (sql) => handle.statements.push(sql),
    });
    await fill?.(handle.prisma);
    server = await createAccordServer({ ...serverOptions, prisma: handle.prisma });
    ({ url: handle.url } = await server.listen(0, "127.0.0.1"));
  });
  afterAll(async () => {
    await server?.stop();
    await handle.prisma?.$disconnect();
    await handle.db?.drop();
  });
  return handle;
}
