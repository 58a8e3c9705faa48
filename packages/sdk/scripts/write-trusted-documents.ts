// Writes trusted-documents.json (sha256 of the text the client sends → that text); `--check` fails when it is stale.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentNode } from "graphql";
import { documentText } from "../src/documents";
import { operations } from "../src/gql/operations";

const manifestPath = path.resolve(__dirname, "../trusted-documents.json");

function buildManifest(): string {
  const entries = Object.values(operations).map((document) => {
    const text = documentText(document as DocumentNode);
    return [createHash("sha256").update(text).digest("hex"), text] as const;
  });
  entries.sort(([a], [b]) => a.localeCompare(b));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

async function main(): Promise<void> {
  const manifest = buildManifest();
  if (process.argv.includes("--check")) {
    const committed = await readFile(manifestPath, "utf8").catch(() => "");
    if (committed !== manifest) {
      process.stderr.write("packages/sdk/trusted-documents.json is stale: run `pnpm --filter @accord/sdk generate`\n");
      process.exit(1);
    }
    return;
  }
  await writeFile(manifestPath, manifest);
  process.stdout.write(
    `wrote packages/sdk/trusted-documents.json (${Object.keys(JSON.parse(manifest)).length} documents)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
