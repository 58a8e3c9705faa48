// Writes dist/trusted-documents.json: the explorer's operations (every *.query.ts under src), keyed by the
// sha256 of the text the SDK sends, so a server running only trusted documents still serves the explorer.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { documentText } from "@accord/sdk";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const operationPattern = /\b(query|mutation|subscription)\s+[A-Za-z_]\w*\s*[({]/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

type DocumentNode = Parameters<typeof documentText>[0];

function isOperation(value: unknown): value is DocumentNode {
  const document = value as DocumentNode | undefined;
  return document?.kind === "Document" && document.definitions.some((d) => d.kind === "OperationDefinition");
}

async function main(): Promise<void> {
  const files = await sourceFiles(path.join(root, "src"));
  // An operation written anywhere else would be sent by the app but missing from the manifest.
  const stray: string[] = [];
  for (const file of files.filter((f) => !f.endsWith(".query.ts"))) {
    if (operationPattern.test(await readFile(file, "utf8"))) stray.push(path.relative(root, file));
  }
  if (stray.length)
    throw new Error(`operations belong in *.query.ts files (the manifest reads those): ${stray.join(", ")}`);
  const manifest: Record<string, string> = {};
  for (const file of files.filter((f) => f.endsWith(".query.ts")).sort()) {
    const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(exports).filter(isOperation)) {
      const text = documentText(value);
      manifest[createHash("sha256").update(text).digest("hex")] = text;
    }
  }
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  await writeFile(path.join(root, "dist/trusted-documents.json"), `${JSON.stringify(sorted, null, 2)}\n`);
  process.stdout.write(`wrote dist/trusted-documents.json (${Object.keys(sorted).length} explorer operations)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
