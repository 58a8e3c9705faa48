const quote = 0x22;
const backslash = 0x5c;

/**
 * Writes JSON text into `bytes` at `at` without the whitespace between tokens, and returns where it
 * ends: PostgreSQL writes `{"a" : 1, "b" : [1, 2]}`, Apollo `{"a":1,"b":[1,2]}`; compacted, the fast
 * lane's answer is the same bytes as Apollo's. `text` holds whole strings (never half of one). Done
 * over the UTF-8 bytes (multi-byte characters never hold a quote, a backslash or a space), in place:
 * a regular expression over the string cost about four times as much CPU for a page of 50 engagements.
 */
export function writeCompactJson(bytes: Buffer, at: number, text: string): number {
  const end = at + bytes.write(text, at);
  let to = at;
  let inString = false;
  for (let from = at; from < end; from += 1) {
    const byte = bytes[from] as number;
    if (inString) {
      bytes[to++] = byte;
      // An escaped character (a quote among them) is copied with its backslash.
      if (byte === backslash) bytes[to++] = bytes[++from] as number;
      else if (byte === quote) inString = false;
    } else if (byte !== 0x20 && byte !== 0x0a && byte !== 0x09 && byte !== 0x0d) {
      bytes[to++] = byte;
      if (byte === quote) inString = true;
    }
  }
  return to;
}

/** JSON text without the whitespace between tokens (writeCompactJson, as a string). */
export function compactJson(text: string): string {
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(text));
  return bytes.toString("utf8", 0, writeCompactJson(bytes, 0, text));
}
