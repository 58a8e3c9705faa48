import type { PrismaClient } from "@accord/db";
import type { RequestHandler } from "express";

/** Minimal GET /readyz (the health router of issue 4 supersedes it): 200 when SELECT 1 answers within 1 s. */
export function readinessRoute(prisma: PrismaClient, timeoutMs = 1000): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([prisma.$queryRawUnsafe("SELECT 1"), timeout]);
      res
        .status(200)
        .set("cache-control", "no-store")
        .json({ status: "ready", checks: { database: "ok" } });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      res
        .status(503)
        .set("cache-control", "no-store")
        .json({ status: "unready", checks: { database: `unreachable: ${reason}` } });
    } finally {
      clearTimeout(timer);
    }
  };
}
