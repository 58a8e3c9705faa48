import type { FormattedExecutionResult } from "graphql";

/**
 * A response's `data` as the JSON bytes compiled SQL wrote (compact, as Apollo writes it), kept as bytes up
 * to the socket: `stringifyResult` leaves a mark where they go and the HTTP handler (http/apollo-handler.ts)
 * writes the text around the mark and the bytes in its place. Parsed to be stringified again, a 557 KB
 * analytics answer cost about 15 ms of CPU a request; decoded into a string for Apollo and encoded again
 * by Express (with an ETag hashed over it), a kept answer still cost 4–7 ms (apps/api/docs/compiled-reads.md).
 */
export class RawData {
  constructor(readonly parts: readonly Buffer[]) {}

  /** The bytes as text, for a response written by anything but the handler. */
  get text(): string {
    return this.parts.length === 1 ? (this.parts[0] as Buffer).toString("utf8") : Buffer.concat(this.parts).toString();
  }
}

/**
 * Where the data's bytes go in the string `stringifyResult` writes. JSON.stringify writes U+0000 as an
 * escape, never as itself, so the text around the data cannot hold it.
 */
const mark = "\u0000";

/**
 * On the context of a request whose answer is written by the HTTP handler: the RawData of its answer once
 * the compiled-reads plugin made one. Only for them does `stringifyResult` write the mark. A symbol-keyed
 * property, because Apollo hands plugins a copy of the context (Object.assign), which shares it.
 */
const rawAnswer = Symbol("accord.rawAnswer");
type Slot = { claimed?: boolean; data?: RawData };
const slotOf = (context: object | undefined) => (context as { [rawAnswer]?: Slot } | undefined)?.[rawAnswer];

/** Says that this request's answer is written by the HTTP handler, which takes RawData's bytes as they are. */
export function writesRawData(context: object): void {
  Object.defineProperty(context, rawAnswer, { value: {}, enumerable: true });
}

/**
 * Whether `context`'s answer is written by the HTTP handler (RawData's bytes as they are): true for one
 * operation of a request, so that a batch's others (if batching were on) get objects and one mark.
 */
export function claimsRawData(context: object): boolean {
  const slot = slotOf(context);
  if (!slot || slot.claimed) return false;
  slot.claimed = true;
  return true;
}

/** RawData of the bytes as `context`'s answer's data (a request that claimsRawData). */
export function rawDataOf(context: object, parts: readonly Buffer[]): RawData {
  const data = new RawData(parts);
  const slot = slotOf(context);
  if (slot) slot.data = data;
  return data;
}

/**
 * Apollo's stringifyResult (its own is JSON.stringify and a newline) writing RawData as a mark, the fields
 * in the order Apollo gives them (errors, data, extensions): with the bytes in place of the mark, the same
 * bytes as the parsed data would give.
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const { errors, data, extensions, ...others } = value;
  if (!(data instanceof RawData)) return `${JSON.stringify(value)}\n`;
  // A field Apollo does not write today: the data parsed and everything written by JSON.stringify.
  if (Object.keys(others).length) return `${JSON.stringify({ ...value, data: JSON.parse(data.text) })}\n`;
  const head = errors === undefined ? "{" : `{"errors":${JSON.stringify(errors)},`;
  const tail = extensions === undefined ? "}" : `,"extensions":${JSON.stringify(extensions)}}`;
  return `${head}"data":${mark}${tail}\n`;
}

/**
 * The HTTP body of `context`'s answer as parts to write in turn: the text around the mark and the data's
 * bytes in its place, not copied. Undefined when the body holds no RawData (it is written as it is).
 */
export function rawBodyParts(context: object | undefined, body: string): Buffer[] | undefined {
  const data = slotOf(context)?.data;
  const at = data ? body.indexOf(mark) : -1;
  if (!data || at < 0) return undefined;
  return [Buffer.from(body.slice(0, at)), ...data.parts, Buffer.from(body.slice(at + mark.length))];
}
