// Issue #14's memory attack, as a script that prints figures: many `query Q<n> { __typename }` requests,
// each with a distinct unused variable of ~900 KB, sent gzip-compressed (about 1 KB on the wire), to the
// built server in production mode, sampling its resident memory. `mixed` cycles through every shape of
// large body (`bodyShapes`): unused and declared variables, long comments and literals, plain and gzip.
//   node apps/api/dist/scripts/unused-variables-attack.js [requests=10000] [variableKiB=900] [unused|mixed]
// DATABASE_URL names the database the server opens (default: the local PostgreSQL's postgres database).
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { required } from "@accord/domain";

export type AttackOptions = {
  url: string;
  requests: number;
  variableBytes: number;
  concurrency?: number;
  /** Which bodies: the unused variable alone (default) or every shape in turn. */
  shape?: "unused" | "mixed";
};
/** resets: connections reset before an answer, each sent again (at most twice); statuses count final answers. */
export type AttackResult = { statuses: Record<number, number>; elapsedMs: number; resets: number };

/** Resident memory of a process (Linux), in bytes. */
export function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) * 1024 : 0;
}

/** The gzip body of request `n`: its own operation name and its own unused variable. */
export function unusedVariableBody(n: number, variableBytes: number): Buffer {
  const value = `${n}:`.padEnd(variableBytes, "x");
  return gzipSync(JSON.stringify({ query: `query Q${n} { __typename }`, variables: { [`unused${n}`]: value } }));
}

type Body = { body: Buffer; gzip: boolean };
const gzipped = (payload: object): Body => ({ body: gzipSync(JSON.stringify(payload)), gzip: true });

/** Every shape of large body, each distinct per `n` (so no cache can serve a repeat). */
export const bodyShapes: Record<string, (n: number, bytes: number) => Body> = {
  unusedVariable: (n, bytes) => ({ body: unusedVariableBody(n, bytes), gzip: true }),
  // Declared and used: refused by the input limits (search text over 1,000 characters), after parsing.
  declaredVariable: (n, bytes) =>
    gzipped({
      query: `query Q${n}($text: String!) { search(query: $text, first: 1) { totalCount } }`,
      variables: { text: `${n}:`.padEnd(bytes, "x") },
    }),
  // A valid query padded by a comment: parsed, validated and executed (Apollo keeps parsed documents).
  longComment: (n, bytes) => gzipped({ query: `query Q${n} { __typename } #${"x".repeat(bytes)}` }),
  // One long string literal: one token, refused by the input limits.
  longLiteral: (n, bytes) =>
    gzipped({ query: `{ search(query: "${n}:${"x".repeat(bytes)}", first: 1) { totalCount } }` }),
  // Not compressed: the size is known from Content-Length before reading.
  plainUnusedVariable: (n, bytes) => ({
    body: Buffer.from(
      JSON.stringify({ query: `query Q${n} { __typename }`, variables: { [`u${n}`]: "x".repeat(bytes) } }),
    ),
    gzip: false,
  }),
};

function bodyOf(n: number, bytes: number, shape: "unused" | "mixed"): Body {
  if (shape === "unused") return required(bodyShapes.unusedVariable, "the unusedVariable shape")(n, bytes);
  const shapes = Object.values(bodyShapes);
  return required(shapes[n % shapes.length], `shape ${n % shapes.length}`)(n, bytes);
}

/** Sends the requests, `concurrency` at a time, counting answers by HTTP status. */
export async function sendUnusedVariables(
  options: AttackOptions,
  onProgress?: (done: number) => void,
): Promise<AttackResult> {
  const { url, requests, variableBytes, concurrency = 16, shape = "unused" } = options;
  const statuses: Record<number, number> = {};
  const started = Date.now();
  let next = 0;
  let done = 0;
  let resets = 0;
  const worker = async () => {
    while (next < requests) {
      const n = next++;
      const { body, gzip } = bodyOf(n, variableBytes, shape);
      const send = () =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(gzip ? { "content-encoding": "gzip" } : {}) },
          body,
        }).then(
          async (response) => {
            await response.arrayBuffer();
            return response.status;
          },
          // A connection reset (status 0): a kept-alive socket closed by the server as it was reused, or one
          // it closed after refusing a body still being sent. A client sends such a request again.
          () => 0,
        );
      let status = await send();
      for (let retry = 0; status === 0 && retry < 2; retry++) {
        resets += 1;
        status = await send();
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
      done += 1;
      onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { statuses, elapsedMs: Date.now() - started, resets };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, "../main.js")], {
    // Rate limits off: the attack measures what reaches the body parser and the caches.
    env: {
      PATH: process.env.PATH,
      // Passed through, to compare allocator and heap settings.
      ...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {}),
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "error",
      ACCORD_RATE_LIMIT_ADDRESS: "0",
      ACCORD_RATE_LIMIT_TOKEN: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error("the server did not answer within 30 s");
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main() {
  const requests = Number(process.argv[2] ?? 10_000);
  const variableBytes = Number(process.argv[3] ?? 900) * 1024;
  const shape = process.argv[4] === "mixed" ? "mixed" : "unused";
  const { child, url } = await startServer(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const pid = required(child.pid, "the server's process id");
  const before = residentBytes(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentBytes(pid));
  }, 100);
  console.log(
    shape === "mixed"
      ? `${requests} requests, each of ~${variableBytes / 1024} KiB, in turn: ${Object.keys(bodyShapes).join(", ")}`
      : `${requests} requests, each an unused ${variableBytes / 1024} KiB variable in a gzip body of ${unusedVariableBody(0, variableBytes).length} bytes`,
  );
  console.log(`resident before: ${mib(before)}`);
  try {
    const result = await sendUnusedVariables({ url, requests, variableBytes, shape }, (done) => {
      if (done % 1000 === 0) console.log(`  ${done} sent, resident ${mib(residentBytes(pid))}, peak ${mib(peak)}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    clearInterval(sampler);
    const after = residentBytes(pid);
    peak = Math.max(peak, after);
    console.log(
      `answers by status: ${JSON.stringify(result.statuses)} in ${(result.elapsedMs / 1000).toFixed(1)} s (${result.resets} resets sent again)`,
    );
    console.log(
      `resident after: ${mib(after)}; peak ${mib(peak)} (bound 400 MiB after the run: ${after < 400 * 1024 * 1024 ? "held" : "exceeded"})`,
    );
  } finally {
    clearInterval(sampler);
    child.kill("SIGTERM");
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
