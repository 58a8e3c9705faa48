import { execFileSync } from "node:child_process";
import path from "node:path";
import { getMetadataStorage as indexStorage } from "class-validator";
import { getMetadataStorage, MaxLength, validate } from "./class-validator";

// The built server (`pnpm test` builds it first), as a deployment loads it.
const builtIndex = path.join(__dirname, "../../dist/index.js");

test("the server loads the rules it uses without class-validator's index and its phone and string libraries", () => {
  const loaded = execFileSync(
    process.execPath,
    ["-e", `require(${JSON.stringify(builtIndex)}); console.log(JSON.stringify(Object.keys(require.cache)))`],
    { encoding: "utf8" },
  );
  const packages = new Set(
    (JSON.parse(loaded) as string[]).map(
      (file) => file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/)?.[1],
    ),
  );
  expect(["class-validator", "libphonenumber-js"].map((name) => [name, packages.has(name)])).toEqual([
    ["class-validator", true],
    ["libphonenumber-js", false],
  ]);
});

test("rules taken from their own files register where class-validator's index reads them, and validate", async () => {
  class Named {
    @MaxLength(3)
    name = "too long";
  }
  expect(getMetadataStorage()).toBe(indexStorage());
  const [error] = await validate(new Named());
  expect(error?.constraints).toEqual({ maxLength: "name must be shorter than or equal to 3 characters" });
});
