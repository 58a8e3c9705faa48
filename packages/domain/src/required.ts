/** Thrown when a value the code relies on is missing: a bug in Accord, not bad input. */
export class MissingValueError extends Error {
  constructor(readonly what: string) {
    super(`expected ${what}, found nothing`);
    this.name = "MissingValueError";
  }
}

/** The value, or a MissingValueError naming what was expected (in place of a non-null assertion). */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new MissingValueError(what);
  return value;
}
