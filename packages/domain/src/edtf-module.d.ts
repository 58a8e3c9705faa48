// The edtf package ships no types; this is the part of its parser Accord calls.
declare module "edtf" {
  /** A parsed date: values are year, month (0-based) and day, then any time parts. */
  export type EdtfParse = {
    type: string;
    level: number;
    values: number[];
    uncertain?: boolean | number;
    approximate?: boolean | number;
    unspecified?: number;
  };
  export function parse(text: string, constraints?: { types?: string[]; level?: number }): EdtfParse;
}
