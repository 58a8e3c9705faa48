const { spawn } = require("node:child_process");
const path = require("node:path");

// The run's databases (each file's copy, the seeded template, the template: names start with the template's)
// are dropped by a detached process: the results are out as soon as the last test ends, and the drops'
// checkpoints do not hold up the next command. The next run's setup drops whatever a killed run left.
module.exports = async function globalTeardown() {
  const template = process.env.ACCORD_TEMPLATE_DATABASE;
  if (!template) return;
  const child = spawn(process.execPath, [path.join(__dirname, "drop-test-databases.js"), template], {
    detached: true,
    stdio: "ignore",
    env: process.env,
  });
  child.unref();
};
