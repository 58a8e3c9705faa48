import { createApiToken, type PrismaClient } from "@accord/db";

export type TestTokens = { reader: string; editor: string; admin: string };

/** One token per role; returns `Authorization` headers ready for gql(). */
export async function createTestTokens(
  prisma: PrismaClient,
): Promise<Record<keyof TestTokens, Record<string, string>>> {
  const make = async (role: "READER" | "EDITOR" | "ADMIN", name: string) => {
    const { secret } = await createApiToken({ db: prisma, name, role });
    return { authorization: `Bearer ${secret}` };
  };
  return {
    reader: await make("READER", "test-reader"),
    editor: await make("EDITOR", "test-editor"),
    admin: await make("ADMIN", "test-admin"),
  };
}

/** One token per role for a server from useTestServer, made before the calling file's tests. */
export function useTestTokens(t: { db: { prisma: PrismaClient } }): Record<keyof TestTokens, Record<string, string>> {
  const handle = {} as Record<keyof TestTokens, Record<string, string>>;
  beforeAll(async () => {
    Object.assign(handle, await createTestTokens(t.db.prisma));
  });
  return handle;
}
