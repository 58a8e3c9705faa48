// A test that writes to the console unexpectedly fails (apollo-server's jest.setup.js).
for (const method of ["log", "info", "warn", "error", "debug"]) {
  const original = console[method];
  beforeEach(() => {
    console[method] = (...args) => {
      original.apply(console, args);
      throw new Error(`unexpected console.${method} in a test: ${args.map(String).join(" ").slice(0, 200)}`);
    };
  });
  afterEach(() => {
    console[method] = original;
  });
}
