const pg = require("pg");

const serverUrl = process.env.ACCORD_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function dropEach(names) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let name = names.pop(); name; name = names.pop()) {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

// Drops every database named after the run's template (each file's copy, the seeded template: see
// packages/db/src/testing), eight at a time, then the template: a DROP DATABASE waits for a checkpoint, and
// drops that wait together share one, where each file's own drop waited 1-2 s on a busy server.
module.exports = async function globalTeardown() {
  const template = process.env.ACCORD_TEMPLATE_DATABASE;
  if (!template) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const found = await client.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [`${template}_`]);
  await client.end();
  const names = found.rows.map((row) => row.datname);
  await Promise.all(Array.from({ length: 8 }, () => dropEach(names)));
  await dropEach([template]);
};
