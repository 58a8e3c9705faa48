import type { PrismaClient } from "@accord/db";
import { Router } from "express";
import { checkReadiness } from "./readiness";

/** GET /healthz: the process answers. GET /readyz: it can serve (database reachable, migrations applied). */
export function healthRouter({ prisma }: { prisma: PrismaClient }): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.set("cache-control", "no-store").json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const report = await checkReadiness({ prisma });
    res
      .status(report.status === "ready" ? 200 : 503)
      .set("cache-control", "no-store")
      .json(report);
  });
  return router;
}
