import { createHash } from "node:crypto";
import type { PrismaClient } from "@accord/db";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { boundedCache, stringBytes } from "../common/bounded-cache";
import { endWithParts } from "../http/end-with-parts";
import { type CompiledRead, type CompileInput, compiledReadBytes, compileRead } from "./compile";
import { leftToResolvers, readDataVersion, runCompiledAnswer } from "./run-sql";

/** What compiles a read again: the parsed request as Apollo checked it. */
export type CompileAgain = Omit<CompileInput, "prisma">;

/**
 * What a repeat of an answered read needs: its SQL (or, when the SQL holds data read while compiling, what
 * compiles it again), the operation Apollo ran and the extensions it added (the cost).
 */
type LaneEntry = {
  read: CompiledRead;
  again?: CompileAgain;
  operationName: string | null;
  extensions: string | undefined;
  /** Heap bytes of the parsed document kept to compile again. */
  documentBytes: number;
  /** An analytics read compiled again, and the data version read before it was. */
  compiled?: { read: CompiledRead; version: string };
};

// A parsed document holds 40–90 bytes of heap per character of its text (Apollo's parse, with locations).
const documentBytesPerChar = 100;

export type LaneRequest = { query: string; operationName?: string | null; variables?: unknown; extensions?: unknown };

// Bounded by bytes (SQL, parameters, extensions), the least recently used forgotten first.
const maxBytes = 32 * 1024 * 1024;

// Reads on their first way through Apollo that repeats may wait for; past this a repeat goes through Apollo too.
const maxFirsts = 1_000;
const maxUnlanedBytes = 1024 * 1024;

/**
 * Repeats of anonymous reads that already went through Apollo once (parsed, validated, within every
 * limit, compiled): answered straight from their SQL, the JSON text from PostgreSQL sent as it is (compacted
 * first where the SQL may write spaces: run-sql.ts).
 * Anything else, or a lane miss, goes on to Apollo.
 */
export class FastLane {
  private entries = boundedCache<LaneEntry>(
    maxBytes,
    (entry) => compiledReadBytes(entry.read) + stringBytes(entry.extensions ?? "") + entry.documentBytes,
  );

  /** Requests going through Apollo now, by lane key: a repeat arriving meanwhile waits for its answer. */
  private readonly firsts = new Map<string, Promise<void>>();
  /** Keys whose pass through Apollo taught the lane nothing. */
  private readonly unlaned = boundedCache<true>(maxUnlanedBytes, () => 0);
  /** Requests that waited for one going through Apollo, since the process started (tests, diagnosis). */
  joined = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly hooks: {
      onAnswered?: (operationName: string | null, via: "apollo" | "lane") => void;
      onFailed?: (error: unknown) => void;
    },
  ) {}

  /** Called once Apollo answered `request` by compiled SQL with no errors, for an anonymous caller. */
  remember(
    request: LaneRequest,
    answered: { read: CompiledRead; again?: CompileAgain; operationName: string | null },
    extensions: object | undefined,
  ): void {
    this.entries.set(laneKey(request), {
      ...answered,
      extensions: extensions ? JSON.stringify(extensions) : undefined,
      documentBytes: answered.again ? documentBytesPerChar * request.query.length : 0,
    });
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const key = this.keyOf(req);
      if (key === undefined) return next();
      const entry = this.entries.get(key);
      if (entry) return this.send(entry, res, next);
      // The same read already on its way through Apollo: its answer teaches the lane, so wait for it
      // rather than pay Apollo again (ten connections asking a new record at once went through it ten times).
      const first = this.unlaned.has(key) ? undefined : this.firsts.get(key);
      if (first) {
        this.joined++;
        first.then(() => {
          if (res.headersSent) return;
          const learnt = this.entries.get(key);
          return learnt ? this.send(learnt, res, next) : next();
        });
        return;
      }
      if (this.firsts.size < maxFirsts) {
        // 'close' comes once the answer is written (willSendResponse remembered it before) or the client left.
        const done = new Promise<void>((resolve) => res.once("close", () => resolve()));
        this.firsts.set(key, done);
        done.then(() => {
          if (this.firsts.get(key) === done) this.firsts.delete(key);
          // Not laned (the resolvers answered, or errors): its repeats need not wait for one another.
          if (!this.entries.has(key)) this.unlaned.set(key, true);
        });
      }
      next();
    };
  }

  private send(entry: LaneEntry, res: Response, next: NextFunction): void {
    const after = entry.extensions ? `,"extensions":${entry.extensions}}\n` : "}\n";
    this.answer(entry, after).then(
      (parts) => {
        // Compiled again, the read is no longer covered (its topic gone): Apollo and the resolvers say why.
        if (!parts) return next();
        // The request timeout may have answered already.
        if (res.headersSent) return;
        res.status(200).setHeader("content-type", "application/json; charset=utf-8");
        endWithParts(res, parts);
        // The operation Apollo resolved, as it reported it: a request may leave operationName out.
        this.hooks.onAnswered?.(entry.operationName, "lane");
      },
      (error: unknown) => {
        if (!leftToResolvers(error)) this.hooks.onFailed?.(error);
        next();
      },
    );
  }

  /** The answer's parts, or null when the read compiled again is not covered any more. */
  private async answer(entry: LaneEntry, after: string): Promise<Buffer[] | null> {
    const { read, version } = entry.again ? await this.compileAgain(entry, entry.again) : { read: entry.read };
    return read && runCompiledAnswer(this.prisma, read, '{"data":', after, version);
  }

  /**
   * The read compiled again. An analytics read's SQL is kept while the data version is the one read before
   * it was compiled: every table its compiling reads (topics) is one the version covers (answer-cache.ts).
   * Compiled again, a count by topic cost 2.5–3.5 ms of CPU a request (a Prisma query and the SQL built).
   */
  private async compileAgain(
    entry: LaneEntry,
    again: CompileAgain,
  ): Promise<{ read: CompiledRead | null; version?: string }> {
    const compile = () => compileRead({ ...again, prisma: this.prisma });
    if (!entry.read.versioned) return { read: await compile() };
    const version = await readDataVersion(this.prisma);
    if (!version) return { read: await compile() };
    if (entry.compiled?.version === version) return { read: entry.compiled.read, version };
    const read = await compile();
    if (read) entry.compiled = { read, version };
    return { read, version };
  }

  /** The lane key of a request the lane may answer. */
  private keyOf(req: Request): string | undefined {
    if (req.method !== "POST" || req.headers.authorization || !acceptsPlainJson(req.headers.accept)) return undefined;
    const request = laneRequest(req);
    return request && laneKey(request);
  }
}

function laneRequest(req: Request): LaneRequest | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body.query !== "string") return undefined;
  // Only bodies Apollo accepts: it answers the others with 400, and the lane must not answer them with data.
  if (body.operationName != null && typeof body.operationName !== "string") return undefined;
  if (!isRecordOrAbsent(body.variables) || !isRecordOrAbsent(body.extensions)) return undefined;
  return body as LaneRequest;
}

const isRecordOrAbsent = (value: unknown) => value == null || (typeof value === "object" && !Array.isArray(value));

// An empty operationName names no operation (Apollo refuses it) where an absent one picks the only one, so
// the key tells them apart; extensions (a persisted query's hash) are part of what Apollo checked.
// A hash: the key of a 1 MB query is 43 bytes (the plugin remembers only requests without unused variables).
function laneKey({ query, operationName, variables, extensions }: LaneRequest): string {
  return createHash("sha256")
    .update(JSON.stringify([operationName ?? null, variables ?? {}, extensions ?? {}]))
    .update("\u0000")
    .update(query)
    .digest("base64url");
}

// Apollo answers these with application/json; other media types (graphql-response+json) are left to it.
function acceptsPlainJson(accept: string | undefined): boolean {
  return !accept || accept === "*/*" || (accept.includes("application/json") && !accept.includes("graphql-response"));
}
