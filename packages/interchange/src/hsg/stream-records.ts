import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";

/** One record element of a file: its attributes and the text of each field, trimmed, whitespace collapsed. */
export type XmlRecord = {
  line: number;
  attributes: Record<string, string>;
  fields: Record<string, string>;
  /** Attributes of the field elements ("from" → { id: "portugal" }). */
  fieldAttributes: Record<string, Record<string, string>>;
};

/**
 * Streams the record elements (<trip>, <visit>) of one file with a SAX parser: the file is never held
 * whole. A field's text includes the text of inline markup inside it (<em>).
 */
export async function* streamRecords(path: string, recordTag: string): AsyncGenerator<XmlRecord> {
  // Errors name the file, line and column ("…/2000.xml:19:8: unexpected close tag."): the import stops there.
  const parser = new SaxesParser({ position: true, fileName: path });
  const ready: XmlRecord[] = [];
  let record: XmlRecord | null = null;
  let field: string | null = null;
  let text = "";
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === recordTag) record = { line: parser.line, attributes, fields: {}, fieldAttributes: {} };
    else if (record && !field) {
      field = tag.name;
      text = "";
      record.fieldAttributes[tag.name] = attributes;
    }
  });
  parser.on("text", (t) => {
    if (field) text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === recordTag && record) {
      ready.push(record);
      record = null;
    } else if (record && tag.name === field) {
      record.fields[field] = text.replace(/\s+/g, " ").trim();
      field = null;
    }
  });
  for await (const chunk of createReadStream(path, { encoding: "utf8" })) {
    parser.write(chunk as string);
    yield* ready.splice(0);
  }
  parser.close();
  yield* ready.splice(0);
}
