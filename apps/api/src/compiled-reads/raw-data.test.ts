import type { FormattedExecutionResult } from "graphql";
import { claimsRawData, type RawData, rawBodyParts, rawDataOf, stringifyResult, writesRawData } from "./raw-data";

/** A result whose data is RawData, as the compiled-reads plugin gives Apollo. */
const result = (fields: Record<string, unknown> & { data: RawData }) => fields as unknown as FormattedExecutionResult;

const data = '{"engagementCounts":[{"count":2,"title":"Zoë \\u0000 \\"x\\""}]}';
/** The data as Apollo's parts would carry it: bytes split anywhere, even inside a character. */
const split = (text: string) => {
  const bytes = Buffer.from(text);
  return [bytes.subarray(0, 30), bytes.subarray(30)];
};

test("an answer written by the handler is the text around the data and the data's bytes, as JSON.stringify would write it", () => {
  const context = {};
  writesRawData(context);
  // Apollo hands plugins a copy of the context: the copy's answer is the handler's.
  const copy = Object.assign(Object.create(null), context);
  const raw = rawDataOf(copy, split(data));
  const errors = [{ message: "a \u0000 in a message", path: ["x"] }];
  for (const fields of [{ data: raw }, { errors, data: raw, extensions: { cost: { requested: 3 } } }]) {
    const parts = rawBodyParts(context, stringifyResult(result(fields)));
    const expected = `${JSON.stringify({ ...fields, data: JSON.parse(data) })}\n`;
    expect(Buffer.concat(parts ?? []).toString()).toBe(expected);
  }
});

test("an answer without compiled data, or of a request the handler does not write, is written as it is", () => {
  const context = {};
  writesRawData(context);
  expect(rawBodyParts(context, stringifyResult({ data: { a: 1 } }))).toBeUndefined();
  expect(rawBodyParts({}, '{"data":{"a":1}}\n')).toBeUndefined();
  // A field Apollo does not write today: the data is parsed and written with the rest.
  const other = { data: rawDataOf({}, split(data)), hasNext: false };
  expect(stringifyResult(result(other))).toBe(`${JSON.stringify({ ...other, data: JSON.parse(data) })}\n`);
});

test("one operation of a request claims the bytes' place; a request the handler does not write claims none", () => {
  const context = {};
  writesRawData(context);
  const copy = Object.assign(Object.create(null), context);
  expect([claimsRawData(copy), claimsRawData(copy), claimsRawData({})]).toEqual([true, false, false]);
});
