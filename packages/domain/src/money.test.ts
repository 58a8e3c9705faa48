import { addMoney, CurrencyMismatchError, MoneyParseError, parseMoney, sumByCurrency } from "./money";
import { inheritedNames } from "./own";

describe("parseMoney", () => {
  it.each([
    ["$2 billion", "2000000000", "USD"],
    ["$400 million", "400000000", "USD"],
    ["400 million dollars", "400000000", "USD"],
    ["EUR 1.2bn", "1200000000", "EUR"],
    ["€1.2 billion", "1200000000", "EUR"],
    ["₩1.5 trillion", "1500000000000", "KRW"],
    ["KRW 1,500,000,000,000", "1500000000000", "KRW"],
    ["US$ 3.5m", "3500000", "USD"],
    ["£20m", "20000000", "GBP"],
    ["¥10 billion", "10000000000", "JPY"],
    ["USD 2,000,000,000", "2000000000", "USD"],
    ["2 billion won", "2000000000", "KRW"],
    ["  $ 0.1 million ", "100000", "USD"],
    ["USD 12.3456", "12.3456", "USD"],
  ])("reads %s", (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency, asReported: text });
  });

  it("keeps amounts exact beyond floating point", () => {
    expect(parseMoney("USD 9,007,199,254,740,993").amount).toBe("9007199254740993");
    expect(parseMoney("$0.3 trillion").amount).toBe("300000000000");
  });

  it.each([
    ["two billion dollars", "expected a currency"],
    ["2 billion", "no currency"],
    ["$2 billion dollars", "the currency is given twice"],
    ["XYZ 5", 'unknown currency code "XYZ"'],
    ["5 bananas", 'unknown currency "bananas"'],
    ["$1,00,000", '"1,00,000" is not a well-formed number'],
    ["", "expected a currency"],
  ])("rejects %j naming the text", (text, reason) => {
    const error = (() => {
      try {
        parseMoney(text);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(MoneyParseError);
    expect((error as MoneyParseError).text).toBe(text);
    expect((error as Error).message).toContain(`"${text}"`);
    expect((error as Error).message).toContain(reason);
  });
});

describe("addMoney and sumByCurrency", () => {
  it("adds exact decimals of one currency", () => {
    expect(addMoney({ amount: "0.1", currency: "USD" }, { amount: "0.2", currency: "USD" })).toEqual({
      amount: "0.3",
      currency: "USD",
    });
  });

  it("never adds different currencies", () => {
    expect(() => addMoney({ amount: "1", currency: "USD" }, { amount: "1", currency: "EUR" })).toThrow(
      new CurrencyMismatchError("USD", "EUR"),
    );
  });

  it("totals per currency, ordered by code", () => {
    const totals = sumByCurrency([
      parseMoney("$2 billion"),
      parseMoney("₩1.5 trillion"),
      parseMoney("$400 million"),
      { amount: "0.0001", currency: "KRW" },
    ]);
    expect(totals).toEqual([
      { amount: "1500000000000.0001", currency: "KRW" },
      { amount: "2400000000", currency: "USD" },
    ]);
    expect(sumByCurrency([])).toEqual([]);
  });
});

test("a currency word that every object inherits (constructor, toString …) is no currency", () => {
  for (const name of inheritedNames.filter((n) => /^[a-z]+$/i.test(n))) {
    expect(() => parseMoney(`5 ${name}`)).toThrow(MoneyParseError);
  }
  expect(() => parseMoney("5 constructor")).toThrow('unknown currency "constructor"');
});
