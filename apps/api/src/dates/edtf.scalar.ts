import { formatEdtf, PartialDateError, parseEdtf, type QualifiedDate } from "@accord/domain";
import { GraphQLScalarType, Kind } from "graphql";

const expects =
  "an EDTF date as text: 2024, 2025-04 or 2025-04-02, ending in ? (inferred), ~ (approximate) or % (both)";

function parse(value: unknown): QualifiedDate {
  if (typeof value !== "string") throw new TypeError(`EDTF must be ${expects}; got ${JSON.stringify(value)}`);
  try {
    return parseEdtf(value);
  } catch (error) {
    // The domain's reason says what is wrong in the calendar (month 13, 30 February).
    if (error instanceof PartialDateError) throw new TypeError(`EDTF ${JSON.stringify(value)}: ${error.reason}`);
    throw error;
  }
}

/**
 * Every partial date the API is given: EDTF (ISO 8601-2) text at the precision the source gives. The
 * text says the precision (2024 is a year, never 1 January), so no client can claim a day by omission.
 */
export const EdtfScalar = new GraphQLScalarType<QualifiedDate, string>({
  name: "EDTF",
  description: `A date as the source gives it, ${expects}. The precision is the text's own: 2024 stands for the whole year.`,
  specifiedByURL: "https://www.loc.gov/standards/datetime/",
  serialize: (value) => (typeof value === "string" ? value : formatEdtf(value as QualifiedDate)),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError(`EDTF must be ${expects}`);
    return parse(ast.value);
  },
});

/** The deprecation reason of an input's Date, precision or flag written beside its EDTF twin. */
export const useEdtf = (twin: string) =>
  `Use ${twin}: EDTF text such as 2024, 2025-04 or 2025-04-02? carries its own precision and qualifiers.`;
