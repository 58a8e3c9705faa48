import { aggregateWork } from "../src/limits/work";
import { groupings, singleKeys, usePricedCounts } from "./support/counts-pricing";

const { priced, mispriced } = usePricedCounts();

// No key and each key alone, whole, ranked top 3 and first 3 by keys; every two keys are the slow tier's
// (counts-pricing-pairs.slow.test.ts).
test.each(groupings)(
  "every $field grouping by no key or one key is priced at least its groups and at most its page, plus the rows it reads",
  async (grouping) => {
    expect(await mispriced(grouping, singleKeys(grouping.keys))).toEqual([]);
  },
);

test("a ranking of the most frequent participants or speakers costs its page, not a scan", async () => {
  const top = await priced("engagementCounts", ["PARTICIPANT"], ", orderBy: COUNT, first: 20");
  expect(top).toEqual({ groups: 20, price: 20 + 20 });
  expect(await priced("statementCounts", ["SPEAKER"], ", orderBy: COUNT, first: 20")).toEqual({
    groups: 20,
    price: 20 + 20,
  });
  // A filter no summary answers groups every matching row: its work is a scan's (the timed grouping's join).
  const filtered = await priced(
    "engagementCounts",
    ["PARTICIPANT"],
    ', filter: { kind: [CALL], topicSlug: "t1" }, orderBy: COUNT, first: 20',
  );
  expect(filtered.price).toBe(aggregateWork.nodes + 20);
});
