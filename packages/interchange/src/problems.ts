/** Something wrong with one input record: where it is and which field. */
export type Problem = {
  file: string;
  line: number;
  /** The record's external id when it has one ("hsg-trip:3292"). */
  record?: string;
  /** JSON path of the field ("/participants/1/actor"), or "" for the whole record. */
  path: string;
  message: string;
  /** Errors reject the record; warnings are reported and the record is still written. */
  severity: "error" | "warning";
};

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const record = p.record ? ` ${p.record}` : "";
  const path = p.path ? ` ${p.path}` : "";
  return `${p.severity}: ${where}${record}${path}: ${p.message}`;
}
