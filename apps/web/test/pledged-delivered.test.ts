import type { ResultOf } from "@accord/sdk";
import { formatMoney, pledgedDelivered } from "../src/commitments/pledged-delivered";
import type { CommitmentTotalsQuery } from "../src/commitments/totals.query";

type Totals = ResultOf<typeof CommitmentTotalsQuery>;
type Status = Totals["byStatus"][number]["status"];
type Stage = Totals["byStage"][number]["stage"];

const rok = { id: "rok", name: "Republic of Korea" };
const ukraine = { id: "ua", name: "Ukraine" };
const status = (s: Status, total: string, currency = "USD") => ({
  committer: rok,
  beneficiary: ukraine,
  currency,
  status: s,
  total,
});
const stage = (s: Stage, total: string, currency = "USD") => ({
  committer: { id: "rok" },
  beneficiary: { id: "ua" },
  currency,
  stage: s,
  total,
});

describe("pledged vs delivered", () => {
  it("adds what is still promised, takes the larger delivery stage, and never adds across currencies", () => {
    const byCurrency = pledgedDelivered({
      byStatus: [
        status("ANNOUNCED", "2000000000"),
        status("DELIVERED", "400000000"),
        status("CANCELLED", "9"),
        status("ANNOUNCED", "5", "EUR"),
      ],
      byStage: [stage("ANNOUNCED", "2000000000"), stage("DELIVERED", "400000000"), stage("DISBURSED", "300000000")],
    });
    expect([...byCurrency.keys()]).toEqual(["EUR", "USD"]);
    expect(byCurrency.get("EUR")?.map((bar) => [bar.pledged, bar.delivered])).toEqual([[5, 0]]);
    const [usd] = byCurrency.get("USD") ?? [];
    expect(usd).toMatchObject({ pledged: 2_400_000_000, delivered: 400_000_000, committer: rok, beneficiary: ukraine });
    expect(usd?.byStage.map((s) => s.stage)).toEqual(["ANNOUNCED", "DELIVERED", "DISBURSED"]);
  });

  it("never shows more delivered than pledged", () => {
    const [bar] =
      pledgedDelivered({ byStatus: [status("ANNOUNCED", "100")], byStage: [stage("DELIVERED", "250")] }).get("USD") ??
      [];
    expect(bar?.delivered).toBe(100);
  });

  it("writes an amount in words with its currency", () => {
    expect(formatMoney(2_400_000_000, "USD")).toBe("USD 2.4 billion");
    expect(formatMoney(400_000_000, "KRW")).toBe("KRW 400 million");
  });
});
