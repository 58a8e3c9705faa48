import type { ServerResponse } from "node:http";

/**
 * Ends a response with `parts` as its body and their Content-Length (as Apollo sets it: compression keeps it
 * on answers it leaves as they are): headers and parts in one corked write, each part as it is, not copied
 * into one buffer of the whole response (a kept answer between its ends).
 */
export function endWithParts(res: ServerResponse, parts: readonly Buffer[]): void {
  res.setHeader(
    "content-length",
    parts.reduce((length, part) => length + part.length, 0),
  );
  res.cork();
  for (const part of parts.slice(0, -1)) res.write(part);
  res.end(parts.at(-1));
  res.uncork();
}
