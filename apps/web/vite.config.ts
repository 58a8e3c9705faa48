import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress";

// Everything bundled into dist/ and served by the API at /; no request leaves the server's origin. Text assets
// get brotli and gzip copies beside them (scripts/precompress.ts), which the API sends by Accept-Encoding.
// biome-ignore lint/style/noDefaultExport: Vite reads the default export.
export default defineConfig({
  plugins: [react(), precompress()],
  base: "/",
  build: { outDir: "dist", assetsDir: "explorer-assets", sourcemap: true, chunkSizeWarningLimit: 1000 },
  // `pnpm --filter @accord/web dev` proxies the API started with `pnpm start` on port 4000.
  server: { proxy: { "/graphql": "http://localhost:4000" } },
});
