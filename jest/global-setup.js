// Builds one migrated template database per test run with the project's own migrate command;
// each test file then copies it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const pg = require("pg");

const serverUrl = process.env.ACCORD_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

module.exports = async function globalSetup() {
  const name = `accord_tpl_${process.pid}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  execFileSync(process.execPath, [path.join(__dirname, "../apps/cli/dist/main.js"), "migrate"], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.ACCORD_TEMPLATE_DATABASE = name;
};
