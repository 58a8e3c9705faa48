// A codegen plugin: one `operations` entry per named operation, so the client gets one typed method each.
const fs = require("node:fs");
const path = require("node:path");

const camel = (name) => name.charAt(0).toLowerCase() + name.slice(1);

/** The `#` comment lines right above a definition, which document what question it answers. */
function leadingComment(rawSDL, start) {
  const before = rawSDL.slice(0, start).split("\n");
  before.pop();
  const lines = [];
  while (before.length > 0 && before[before.length - 1].trim().startsWith("#")) {
    lines.unshift(before.pop().trim().replace(/^#\s?/, ""));
  }
  return lines;
}

module.exports = {
  plugin(_schema, documents) {
    const entries = [];
    for (const file of documents) {
      for (const def of file.document.definitions) {
        if (def.kind !== "OperationDefinition") continue;
        if (!def.name) throw new Error(`${file.location}: every SDK operation needs a name`);
        const name = def.name.value;
        // rawSDL has the comments stripped; the original text is on the location.
        const text = def.loc?.source?.body ?? fs.readFileSync(file.location, "utf8");
        const comment = def.loc ? leadingComment(text, def.loc.start) : [];
        entries.push({ name, kind: def.operation, comment, file: path.basename(file.location ?? "") });
      }
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const body = entries
      .map((e) => {
        const doc = [...e.comment, `(${e.kind} ${e.name}, operations/${e.file})`];
        return `  /** ${doc.join(" ")} */\n  ${camel(e.name)}: D.${e.name}Document,`;
      })
      .join("\n");
    return [
      'import * as D from "./graphql";',
      "",
      "/** Every SDK operation by method name; `createAccordClient` turns each into a typed method. */",
      `export const operations = {\n${body}\n} as const;`,
      "",
    ].join("\n");
  },
};
