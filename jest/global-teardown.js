const pg = require("pg");

const serverUrl = process.env.ACCORD_TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

module.exports = async function globalTeardown() {
  const name = process.env.ACCORD_TEMPLATE_DATABASE;
  if (!name) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
};
