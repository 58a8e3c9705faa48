// Builds the run's seeded template (`<template>_seeded`) with the project's own seed command, holding the lock
// that createTestDatabase({ seeded }) takes (packages/db/src/testing): started by the global setup, it seeds
// while the first files that need no seed run. A file that asks before it holds the lock seeds the template itself
// (this then finds it made), and so does the first file asking after it failed: the lock goes with its connection.
const { execFile } = require("node:child_process");
const path = require("node:path");
const { promisify } = require("node:util");
const pg = require("pg");
const { serverUrl } = require("./drop-test-databases");

let seed;

async function main(template) {
  const name = `${template}_seeded`;
  const building = `${name}_building`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
    await admin.query(`CREATE DATABASE "${building}" TEMPLATE "${template}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${building}`;
    const seeding = promisify(execFile)(process.execPath, [path.join(__dirname, "../apps/cli/dist/main.js"), "seed"], {
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    seed = seeding.child;
    await seeding;
    // Renamed only once whole, as the helper does: a failed seed never leaves a half-seeded template.
    await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
  } finally {
    await admin.end();
  }
}

// A run that needed no seed may end first: stop quietly with it.
const run = process.ppid;
const stop = () => {
  seed?.kill();
  process.exit(0);
};
setInterval(() => process.ppid !== run && stop(), 200).unref();

main(process.argv[2]).catch((error) => {
  if (process.ppid !== run) stop();
  process.stderr.write(`building the seeded template failed (the first file asking seeds it): ${error.message}\n`);
  process.exit(1);
});
