import { compactJson } from "./compact-json";

test("whitespace between tokens goes, whitespace and escapes inside strings stay", () => {
  const text = '{"a" : 1, "b" : [1, \n 2], "c" : "x : y, \\" z \\\\", "d" : {"e" : null}}';
  expect(compactJson(text)).toBe(JSON.stringify(JSON.parse(text)));
  expect(compactJson('"\\\\" , "a b"')).toBe('"\\\\","a b"');
});
