import { DatePrecision } from "../common/enums";
import { useEdtf } from "../dates/edtf.scalar";
import { choice, currency, day, decimal, edtf, flag, text } from "./field-shapes";

/** An amount as three optional fields: the exact decimal, its currency and the words the source used. */
export const moneyFields = (describe: { amount: string; currency: string; amountAsReported: string }) => ({
  amount: decimal(describe.amount),
  currency: currency(describe.currency),
  amountAsReported: text(describe.amountAsReported, 200),
});

/**
 * An optional EDTF date `name` with the deprecated fields it replaced: `${name}On` (a day),
 * `${name}OnPrecision` and `${name}OnInferred`, each pointing to the EDTF field.
 */
export function datedFields<N extends string>(
  name: N,
  describe: { edtf: string; on: string; precision: string; inferred: string },
) {
  const deprecated = useEdtf(name);
  return {
    [name]: edtf(describe.edtf),
    [`${name}On`]: day(describe.on, { deprecated }),
    [`${name}OnPrecision`]: choice(DatePrecision, describe.precision, { deprecated }),
    [`${name}OnInferred`]: flag(describe.inferred, { deprecated }),
  } as { [K in N]: ReturnType<typeof edtf<"optional">> } & {
    [K in `${N}On`]: ReturnType<typeof day<"optional">>;
  } & { [K in `${N}OnPrecision`]: ReturnType<typeof choice<typeof DatePrecision, "optional">> } & {
    [K in `${N}OnInferred`]: ReturnType<typeof flag<"optional">>;
  };
}
