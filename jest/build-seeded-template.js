// Builds the run's seeded template (`<template>_seeded`) with the helper test files use (seededTemplate in
// packages/db's testing, built before jest runs): started by the global setup, it seeds while the first files that
// need no seed run. A file that asks before it holds the helper's lock seeds the template itself (this then finds it
// made), and so does the first file asking after it failed: the lock goes with its connection.
const { seededTemplate } = require("../packages/db/dist/testing");

// A run that needed no seed may end first: stop quietly with it (a half-built copy is dropped by the next build).
const run = process.ppid;
setInterval(() => process.ppid !== run && process.exit(0), 200).unref();

seededTemplate(process.argv[2]).then(
  () => process.exit(0),
  (error) => {
    if (process.ppid !== run) process.exit(0);
    process.stderr.write(`building the seeded template failed (the first file asking seeds it): ${error.message}\n`);
    process.exit(1);
  },
);
