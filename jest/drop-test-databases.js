// Drops test databases by name prefix, eight at a time: `node jest/drop-test-databases.js <prefix>…`.
// Run detached by the global teardown (and by the setup for runs that died): a DROP DATABASE waits for a
// checkpoint, so a run's ~130 copies take 15-40 s to drop, time nobody needs to wait for.
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

/** Drops every database whose name starts with one of the prefixes; copies before the templates they came from. */
async function dropTestDatabases(prefixes) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const found = await client.query(
    "SELECT datname FROM pg_database WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) p WHERE starts_with(datname, p))",
    [prefixes],
  );
  await client.end();
  const names = found.rows.map((row) => row.datname);
  const templates = names.filter((name) => prefixes.includes(name));
  const copies = names.filter((name) => !prefixes.includes(name));
  await Promise.all(Array.from({ length: 8 }, () => dropEach(copies)));
  await dropEach(templates);
}

module.exports = { dropTestDatabases, serverUrl };

if (require.main === module) {
  dropTestDatabases(process.argv.slice(2)).catch((error) => {
    console.error(`dropping test databases failed: ${error.message}`);
    process.exit(1);
  });
}
