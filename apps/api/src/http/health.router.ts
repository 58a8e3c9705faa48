import type { PrismaClient } from "@accord/db";
import { Router } from "express";
import type { Logger } from "pino";
import { authenticateRequest } from "../auth/viewer";
import { checkReadiness, type ReadinessReport } from "./readiness";

/** Only an admin's token sees why the server is unready; everyone else sees whether it is. */
async function isAdmin(prisma: PrismaClient, authorization: string | undefined): Promise<boolean> {
  if (!authorization) return false;
  try {
    return (await authenticateRequest({ prisma, authorization })).viewer?.role === "ADMIN";
  } catch {
    return false; // the database is unreachable: no one can be told more than "unready"
  }
}

/**
 * GET /healthz: the process answers. GET /readyz: it can serve (database reachable, migrations applied);
 * the reasons (pending migration names, database errors) go to the log and to admins, never to anyone.
 */
export function healthRouter({ prisma, logger }: { prisma: PrismaClient; logger: Logger }): Router {
  const router = Router();
  // Probes arriving together share one check.
  let inFlight: Promise<ReadinessReport> | undefined;
  let lastReport = JSON.stringify({ status: "ready", checks: { database: "ok", migrations: "ok" } });
  router.get("/healthz", (_req, res) => {
    res.set("cache-control", "no-store").json({ status: "ok" });
  });
  router.get("/readyz", async (req, res) => {
    inFlight ??= checkReadiness({ prisma }).finally(() => {
      inFlight = undefined;
    });
    const report = await inFlight;
    // Logged when it changes, not at every probe.
    const summary = JSON.stringify(report);
    if (summary !== lastReport) {
      if (report.status === "ready") logger.info("ready again");
      else logger.warn({ readiness: report }, "not ready");
      lastReport = summary;
    }
    const body = (await isAdmin(prisma, req.headers.authorization)) ? report : { status: report.status };
    res
      .status(report.status === "ready" ? 200 : 503)
      .set("cache-control", "no-store")
      .json(body);
  });
  return router;
}
