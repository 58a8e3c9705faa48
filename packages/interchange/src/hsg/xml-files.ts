import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { SaxesParser } from "saxes";

/**
 * The name of a file's root element, read from its first bytes; null when it is not well-formed XML
 * before the root. A fault after the root is the reader's to report, with its line (stream-records.ts).
 */
export async function rootElement(path: string): Promise<string | null> {
  const parser = new SaxesParser();
  let root: string | null = null;
  let failed = false;
  parser.on("opentag", (tag) => {
    root ??= tag.name;
  });
  parser.on("error", () => {
    failed = true;
  });
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 4096 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (root || failed) break;
    }
  } catch {
    return null;
  } finally {
    stream.destroy();
  }
  return root;
}

/** A file the reader did not read, and why. */
export type SkippedFile = { file: string; reason: string };

export type XmlSelection = {
  /** Files of the expected root element, in name order. */
  files: { path: string; name: string }[];
  /** Files of a root element the caller asked for besides (code tables, office holders), by root. */
  extras: Map<string, string[]>;
  skipped: SkippedFile[];
};

async function xmlFilesUnder(path: string): Promise<string[]> {
  const found: string[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && entry.name !== "node_modules") found.push(...(await xmlFilesUnder(full)));
    } else if (entry.name.endsWith(".xml")) found.push(full);
  }
  return found;
}

/**
 * The data files of one schema under a file or folder, told by their root element (never by name: a
 * repository's build.xml or repo.xml is skipped with its reason). A file given by name must be of the
 * schema; a folder must hold at least one. Errors name the file.
 */
export async function selectXmlFiles(
  path: string,
  expected: { root: string; format: string },
  extraRoots: readonly string[] = [],
): Promise<XmlSelection> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`${path}: no such file or folder`);
  const selection: XmlSelection = { files: [], extras: new Map(), skipped: [] };
  if (info.isFile()) {
    const root = await rootElement(path);
    if (root !== expected.root)
      throw new Error(
        `${path}: ${root ? `root element <${root}>` : "not XML"}, not <${expected.root}>: not a ${expected.format} file`,
      );
    selection.files.push({ path, name: basename(path) });
    return selection;
  }
  for (const file of await xmlFilesUnder(path)) {
    const root = await rootElement(file);
    const name = relative(path, file) || basename(file);
    if (root === expected.root) selection.files.push({ path: file, name: basename(file) });
    else if (root && extraRoots.includes(root))
      selection.extras.set(root, [...(selection.extras.get(root) ?? []), file]);
    else
      selection.skipped.push({
        file: name,
        reason: root ? `root element <${root}>, not <${expected.root}>` : "not XML",
      });
  }
  if (!selection.files.length) {
    const byReason = new Map<string, string[]>();
    for (const s of selection.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.file]);
    const seen = [...byReason.entries()]
      .map(
        ([reason, names]) =>
          `${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""} (${reason})`,
      )
      .join("; ");
    throw new Error(
      `${path}: no ${expected.format} file (root element <${expected.root}>)${seen ? `; found ${seen}` : "; no .xml files"}`,
    );
  }
  const names = new Map<string, string>();
  for (const f of selection.files) {
    const earlier = names.get(f.name);
    if (earlier) throw new Error(`${f.path}: same file name as ${earlier}; records are cited by file name`);
    names.set(f.name, f.path);
  }
  return selection;
}
