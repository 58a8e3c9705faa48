// Every dependency that more than one workspace package declares comes from the pnpm catalog
// (pnpm-workspace.yaml), so the workspace holds one version of it; run by `pnpm lint`.
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const workspace = readFileSync(path.join(root, "pnpm-workspace.yaml"), "utf8");
// The `packages:` list: "dir" or "dir/*".
const globs = (workspace.match(/^packages:\n((?: {2}- .+\n)+)/m)?.[1] ?? "")
  .split("\n")
  .filter(Boolean)
  .map((line) => line.replace(/^ {2}- /, "").replace(/["']/g, ""));
const dirs = ["."]
  .concat(
    globs.flatMap((glob) =>
      glob.endsWith("/*")
        ? readdirSync(path.join(root, glob.slice(0, -2))).map((name) => `${glob.slice(0, -2)}/${name}`)
        : [glob],
    ),
  )
  .filter((dir) => existsSync(path.join(root, dir, "package.json")));

const uses = new Map();
for (const dir of dirs) {
  const manifest = JSON.parse(readFileSync(path.join(root, dir, "package.json"), "utf8"));
  for (const field of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]) {
    for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
      if (spec.startsWith("workspace:")) continue;
      uses.set(name, [...(uses.get(name) ?? []), { where: `${dir}/package.json ${field}`, spec }]);
    }
  }
}

const problems = [];
for (const [name, list] of uses) {
  if (list.length < 2) continue;
  for (const { where, spec } of list.filter((use) => use.spec !== "catalog:")) {
    problems.push(`${name}: ${where} asks for "${spec}"; it is shared, so it must be "catalog:"`);
  }
}
if (problems.length) {
  process.stderr.write(
    `Shared dependencies outside the catalog (add them to pnpm-workspace.yaml's catalog):\n  ${problems.join("\n  ")}\n`,
  );
  process.exit(1);
}
