// A JSON string (escapes and all), or a run of whitespace outside strings.
const stringOrSpace = /"(?:[^"\\]|\\.)*"|[ \t\n\r]+/g;

/**
 * JSON text without the whitespace between tokens: PostgreSQL writes `{"a" : 1, "b" : [1, 2]}`, Apollo
 * `{"a":1,"b":[1,2]}`; compacted, the fast lane's answer is the same bytes as Apollo's.
 */
export function compactJson(text: string): string {
  return text.replace(stringOrSpace, (match) => (match.charCodeAt(0) === 34 ? match : ""));
}
