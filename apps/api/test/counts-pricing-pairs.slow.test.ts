// counts-pricing.test.ts's check past the sample the fast tier asks: every grouping by two keys.
import { groupings, keyPairs, usePricedCounts } from "./support/counts-pricing";

const { mispriced } = usePricedCounts();

test.each(groupings)(
  "every $field grouping by two keys is priced at least its groups and at most its page, plus the rows it reads",
  async (grouping) => {
    expect(await mispriced(grouping, keyPairs(grouping.keys))).toEqual([]);
  },
);
