// A Vite plugin: beside each text asset the build writes (the bundle, its styles), a brotli (.br, quality 11) and a
// gzip (.gz, level 9) copy, compressed once here at the highest levels instead of on every request at the
// low levels a server can afford; the API serves them by Accept-Encoding (apps/api/src/http/explorer).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

/** What is worth compressing: text assets of at least 1 KB (the server's own threshold). Source maps are left to
 * the server, which compresses them on the fly for the rare developer who opens them. */
const compressible = /\.(js|css|html|svg|json)$/;
const threshold = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The two copies of one asset's bytes, by file suffix. */
export async function compressedCopies(content: Buffer): Promise<{ ".br": Buffer; ".gz": Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { ".br": br, ".gz": gz };
}

export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "accord-precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!compressible.test(fileName)) continue;
        const content = Buffer.from(output.type === "chunk" ? output.code : output.source);
        if (content.length < threshold) continue;
        for (const [suffix, copy] of Object.entries(await compressedCopies(content))) {
          await writeFile(path.join(outDir, fileName + suffix), copy);
        }
      }
    },
  };
}
