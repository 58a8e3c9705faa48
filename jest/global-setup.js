// Builds one migrated template database per test run with the project's own migrate command;
// each test file then copies it (CREATE DATABASE … TEMPLATE), which takes milliseconds. The seeded template is
// built beside the first files by a child process (build-seeded-template.js), so only files that need it wait.
const { execFileSync, spawn } = require("node:child_process");
const path = require("node:path");
const pg = require("pg");
const { serverUrl } = require("./drop-test-databases");

/** Templates of runs whose process is gone (killed before their teardown): their databases are left over. */
async function deadRunTemplates(client) {
  const { rows } = await client.query(
    "SELECT datname FROM pg_database WHERE datname ~ '^accord_tpl_[0-9]+_[0-9a-z]+$'",
  );
  return rows
    .map((row) => row.datname)
    .filter((name) => {
      try {
        process.kill(Number(name.split("_")[2]), 0);
        return false;
      } catch {
        return true;
      }
    });
}

module.exports = async function globalSetup() {
  const name = `accord_tpl_${process.pid}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const dead = await deadRunTemplates(client);
  if (dead.length) {
    spawn(process.execPath, [path.join(__dirname, "drop-test-databases.js"), ...dead], {
      detached: true,
      stdio: "ignore",
    }).unref();
  }
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  execFileSync(process.execPath, [path.join(__dirname, "../apps/cli/dist/main.js"), "migrate"], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.ACCORD_TEMPLATE_DATABASE = name;
  // Not waited for: a run that needs no seed ends without it (it stops with the run; the teardown drops its database).
  spawn(process.execPath, [path.join(__dirname, "build-seeded-template.js"), name], {
    stdio: ["ignore", "ignore", "inherit"],
  }).unref();
};
