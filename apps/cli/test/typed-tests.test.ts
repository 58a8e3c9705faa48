import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// `pnpm typecheck` runs `tsc -p tsconfig.json --noEmit` in each package; jest (swc) only transpiles. This proves,
// for every package jest runs, that a test file with a wrong type is in that check and fails it.
const root = path.resolve(__dirname, "../../..");
// The packages jest runs tests of, from its own configuration; each one's tests sit in test/ (else in src/).
const jestProjects: { rootDir: string }[] = require(path.join(root, "jest.config.js")).projects;
const testedPackages = Object.fromEntries(
  jestProjects.map(({ rootDir }) => [
    path.relative(root, rootDir),
    existsSync(path.join(rootDir, "test")) ? "test" : "src",
  ]),
);

const probeSource = [
  "// Written by apps/cli/test/typed-tests.test.ts and removed after: a deliberately wrong type.",
  'const answer: number = "forty-two";',
  "export const probe = answer;",
  "",
].join("\n");

function withProbe<T>(dir: string, check: (probe: string) => T): T {
  const probe = path.join(dir, `typecheck-probe-${process.pid}.test.ts`);
  writeFileSync(probe, probeSource);
  try {
    return check(probe);
  } finally {
    rmSync(probe, { force: true });
  }
}

function parseConfig(file: string): ts.ParsedCommandLine {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(file, {}, host);
  if (!parsed) throw new Error(`${file}: no configuration`);
  return parsed;
}

test("every package jest runs tests of is type-checked by `pnpm typecheck` with its tsconfig.json", () => {
  expect(Object.keys(testedPackages)).toEqual(expect.arrayContaining(["packages/domain", "apps/api", "apps/web"]));
  for (const dir of Object.keys(testedPackages)) {
    const scripts = JSON.parse(readFileSync(path.join(root, dir, "package.json"), "utf8")).scripts;
    expect({ dir, typecheck: scripts.typecheck }).toEqual({ dir, typecheck: "tsc -p tsconfig.json --noEmit" });
  }
  expect(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.typecheck).toBe(
    "turbo run typecheck",
  );
});

// The packages share lib and @types declarations: parsed once, for every package's program.
const parsedFiles = new Map<string, ts.SourceFile | undefined>();
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    if (file.includes("typecheck-probe-")) return read(file, language, ...rest);
    if (!parsedFiles.has(file)) parsedFiles.set(file, read(file, language, ...rest));
    return parsedFiles.get(file);
  };
  return host;
}

test.each(Object.entries(testedPackages))("a wrong type in a test file of %s fails its typecheck", (dir, folder) => {
  const config = path.join(root, dir, "tsconfig.json");
  const result = withProbe(path.join(root, dir, folder), (probe) => {
    // The files tsc -p tsconfig.json checks: the probe must be one of them …
    const parsed = parseConfig(config);
    const listed = parsed.fileNames.map((file) => path.resolve(file));
    // … and checked under that configuration's options (alone, to keep this fast), it must fail there.
    const program = ts.createProgram({
      rootNames: [probe],
      options: parsed.options,
      host: cachingHost(parsed.options),
    });
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.basename(diagnostic.file.fileName)}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1})`
        : "";
      return `${where}: TS${diagnostic.code}`;
    });
    return { listed: listed.includes(probe), errors, name: path.basename(probe) };
  });
  expect(result).toEqual({ listed: true, errors: [`${result.name}(2): TS2322`], name: result.name });
});
