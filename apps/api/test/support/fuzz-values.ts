import fc from "fast-check";

const uuid = "0194f5c2-7a1b-7c3d-8e4f-0123456789ab";
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

/** Values a hostile or buggy client sends: injection, odd Unicode, huge numbers, foreign IDs. */
const nasty = [
  "' OR 1=1 --",
  "'; DROP TABLE engagement; --",
  '" OR ""="',
  "1; SELECT pg_sleep(10)",
  "$1",
  "%",
  "_",
  "\\",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  "${process.exit()}",
  "__proto__",
  "constructor",
  "\u0000",
  "a\u0000b",
  "\u202Egnp.exe",
  "\u200B\u200C\u200D\uFEFF",
  "\uD800",
  "\uDFFF\uD800",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "Z̸̡̛̙̜̈́̈́a̴̡̛̟̓l̶̨̛̼̓g̸̢̛̯̓o̵̡̟̓",
  "ﷺ",
  "𒐫",
  "x".repeat(100_000),
  "é".repeat(20_000),
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "-0",
  "1e309",
  "9007199254740993",
  "2025-02-30",
  "0000-00-00",
  "2025-04-02T00:00:00Z",
  "USD",
  "XXX",
  "123.4567890123456789012345",
  globalId("Engagement", uuid),
  globalId("Actor", uuid),
  globalId("Engagement", "not-a-uuid"),
  globalId("Nope", uuid),
  globalId("Engagement", `${uuid}' OR '1'='1`),
  Buffer.from("cursor:' OR 1=1 --").toString("base64url"),
  Buffer.from(`cursor:${uuid}`).toString("base64url"),
  uuid,
  "RW5nYWdlbWVudDo=",
  "////",
];

const numbers = [0, -1, 1, 2, 20, 99, 100, 101, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 1.5, -0, 5e-324];

/** One value of any JSON type, biased to the ones above. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nasty) },
  { weight: 3, arbitrary: fc.constantFrom(...numbers) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.uuid().map((id) => globalId("Engagement", id)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...nasty.slice(0, 20), ...numbers), { maxLength: 5 }) },
);

/** A pool of values sampled once with fast-check; the document generator draws from it by index. */
export function sampleValues(seed: number, count: number): unknown[] {
  return fc.sample(anyValue, { seed, numRuns: count });
}
