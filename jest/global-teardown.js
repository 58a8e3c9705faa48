const pg = require("pg");

const serverUrl = process.env.ACCORD_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

module.exports = async function globalTeardown() {
  const name = process.env.ACCORD_TEMPLATE_DATABASE;
  if (!name) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  // The seeded copy (packages/db/src/testing) exists once a file asked for it.
  for (const database of [name, `${name}_seeded`, `${name}_seeded_building`]) {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
  await client.end();
};
