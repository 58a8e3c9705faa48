import { spawnSync } from "node:child_process";
import path from "node:path";

const tsc = require.resolve("typescript/bin/tsc");
const flags = ["--noEmit", "--strict", "--target", "es2022", "--module", "node16", "--moduleResolution", "node16"];

/** Type-checks a fixture against the built package (dist/*.d.ts, as users get it). */
function typeCheck(file: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [tsc, ...flags, "--types", "node", path.join(__dirname, "fixtures", file)],
    {
      encoding: "utf8",
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the SDK's types", () => {
  it("accept correct use and reject every misuse marked @ts-expect-error", () => {
    expect(typeCheck("typed-usage.ts")).toEqual({ status: 0, output: "" });
  }, 60_000);

  it("make reading a field the operation does not select a compile error", () => {
    const { status, output } = typeCheck("wrong-field.ts");
    expect(status).toBe(2);
    expect(output).toContain("wrong-field.ts(7,37): error TS2339: Property 'headline' does not exist on type");
  }, 60_000);
});
