import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { seedDatabase } from "@accord/db";
import { startTestServer, type TestServer } from "./support/server";

// The SDK as a frontend team gets it: packed, installed into a fresh TypeScript project outside the workspace,
// where a query of the team's own is typed from the shipped schema, type-checks, and runs against the real server.
const sdkDir = path.resolve(__dirname, "..");
const fixtureDir = path.join(__dirname, "fixtures", "team-project");
let project: string;
let t: TestServer;

type Ran = { status: number; stdout: string; stderr: string };

// Asynchronous: the server under test answers from this same process while the child runs.
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "accord-team-"));
  const pack = await run("pnpm", ["pack", "--pack-destination", project], sdkDir);
  if (pack.status !== 0) throw new Error(`pnpm pack failed:\n${pack.stdout}${pack.stderr}`);
  const tarball = (await readdir(project)).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${project}`);
  await writeFile(
    path.join(project, "package.json"),
    JSON.stringify({ name: "team-app", private: true, type: "module" }, null, 2),
  );
  for (const file of ["query.ts", "tsconfig.json"])
    await copyFile(path.join(fixtureDir, file), path.join(project, file));
  // From the local store when it holds everything (it does after the workspace's install); the registry otherwise.
  const install = await run(
    "pnpm",
    ["add", "--prefer-offline", `./${tarball}`, "typescript@5.9.3", "@types/node@20", "graphql@16"],
    project,
  );
  if (install.status !== 0) throw new Error(`installing the packed SDK failed:\n${install.stdout}${install.stderr}`);
  t = await startTestServer();
  await seedDatabase(t.db.prisma);
}, 300_000);

afterAll(async () => {
  await t?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe("the packed SDK in a fresh TypeScript project", () => {
  it("ships the schema, is publishable, and exports graphql() for typed queries", async () => {
    const manifest = require(path.join(project, "node_modules/@accord/sdk/package.json")) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    const listed = await readdir(path.join(project, "node_modules/@accord/sdk"));
    expect(listed).toEqual(expect.arrayContaining(["schema.graphql", "README.md", "dist", "trusted-documents.json"]));
  });

  it("type-checks the team's own query, rejecting the misuses it marks", async () => {
    const tsc = await run(
      process.execPath,
      [path.join(project, "node_modules/typescript/bin/tsc"), "-p", "."],
      project,
    );
    expect(`${tsc.stdout}${tsc.stderr}`).toBe("");
    expect(tsc.status).toBe(0);
  }, 120_000);

  it("runs the team's query against the real server on the seed", async () => {
    const result = await run(process.execPath, ["dist/query.js"], project, { ACCORD_URL: t.url });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toContain("2025-04-02? Cho Tae-yul – Mark Rutte meeting");
  }, 60_000);
});
