import { compactJson, writeCompactJson } from "./compact-json";

test("whitespace between tokens goes, whitespace and escapes inside strings stay", () => {
  const text = '{"a" : 1, "b" : [1, \n 2], "c" : "x : y, \\" z \\\\", "d" : {"e" : null}}';
  expect(compactJson(text)).toBe(JSON.stringify(JSON.parse(text)));
  expect(compactJson('"\\\\" , "a b"')).toBe('"\\\\","a b"');
});

test("multi-byte characters stay whole, and parts written one after another stay in place", () => {
  const parts = ['{"名前" : "Zoë \\"Ö\\" ", ', '"x" : [ "€ 1" , 2 ]}'];
  const bytes = Buffer.alloc(100);
  let at = 0;
  for (const part of parts) at = writeCompactJson(bytes, at, part);
  expect(bytes.toString("utf8", 0, at)).toBe(JSON.stringify(JSON.parse(parts.join(""))));
});
