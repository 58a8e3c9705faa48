import { GraphQLScalarType, Kind } from "graphql";

export {
  CurrencyResolver as CurrencyScalar,
  DateResolver as DateScalar,
  DateTimeResolver as DateTimeScalar,
} from "graphql-scalars";

const decimalPattern = /^-?\d+(\.\d+)?$/;

/** Exact decimal numbers travel as strings ("2000000000.00"): floats would lose money. */
export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: 'An exact decimal number as a string, e.g. "2000000000" or "1.25". Never a float.',
  serialize(value) {
    const text = typeof value === "object" && value !== null ? value.toString() : String(value);
    return text;
  },
  parseValue(value) {
    if (typeof value !== "string" || !decimalPattern.test(value)) {
      throw new TypeError(`Decimal must be a string of digits such as "1250.50", got ${JSON.stringify(value)}`);
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !decimalPattern.test(ast.value)) {
      throw new TypeError('Decimal must be a string of digits such as "1250.50"');
    }
    return ast.value;
  },
});
