import { defineConfig } from "tsup";

// ESM (.mjs) and CommonJS (.js) with declarations for both.
// biome-ignore lint/style/noDefaultExport: tsup reads the default export.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
