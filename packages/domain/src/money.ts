import Decimal from "decimal.js";
import { ownEntry } from "./own";
import { required } from "./required";

/** An exact amount of money: `amount` is a plain decimal string, `currency` an ISO 4217 code. */
export type Money = {
  amount: string;
  currency: string;
  /** The text the amount was read from ("$2 billion"). */
  asReported?: string;
};

export class MoneyParseError extends Error {
  override readonly name = "MoneyParseError";
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(`cannot read an amount of money from "${text}": ${reason}`);
  }
}

export class CurrencyMismatchError extends Error {
  override readonly name = "CurrencyMismatchError";
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`cannot add ${left} to ${right}: amounts in different currencies are never added`);
  }
}

// "$" alone is read as US dollars, the reading of English-language news.
const symbols: Record<string, string> = { us$: "USD", $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW" };
const codes = ["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "CHF", "CAD", "AUD", "NZD", "RUB", "UAH", "INR"];
const words: Record<string, string> = {
  dollar: "USD",
  dollars: "USD",
  euro: "EUR",
  euros: "EUR",
  pound: "GBP",
  pounds: "GBP",
  yen: "JPY",
  won: "KRW",
  yuan: "CNY",
  rouble: "RUB",
  roubles: "RUB",
  ruble: "RUB",
  rubles: "RUB",
  hryvnia: "UAH",
};
const scales: Record<string, number> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  mln: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
  t: 12,
  tn: 12,
  trillion: 12,
};

const symbolPattern = "us\\$|\\$|€|£|¥|₩";
const pattern = new RegExp(
  `^(?<prefix>${symbolPattern}|[a-z]{3}(?=[\\s\\d]))?\\s*(?<number>\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<scale>${Object.keys(scales).join("|")})?\\b\\s*(?<suffix>[a-z]+)?$`,
  "i",
);

function currencyOfPrefix(prefix: string, text: string): string {
  const symbol = ownEntry(symbols, prefix.toLowerCase());
  if (symbol) return symbol;
  const code = prefix.toUpperCase();
  if (!codes.includes(code)) throw new MoneyParseError(text, `unknown currency code "${prefix}"`);
  return code;
}

function currencyOfSuffix(suffix: string, text: string): string {
  const word = ownEntry(words, suffix.toLowerCase());
  if (word) return word;
  const code = suffix.toUpperCase();
  if (!codes.includes(code)) throw new MoneyParseError(text, `unknown currency "${suffix}"`);
  return code;
}

/** Reads "$2 billion", "EUR 1.2bn", "₩1.5 trillion", "2 billion won", "USD 2,000,000,000" exactly. */
export function parseMoney(text: string): Money {
  const match = pattern.exec(text.trim().replace(/\s+/g, " "));
  if (!match?.groups) throw new MoneyParseError(text, "expected a currency, a number and an optional scale");
  const { prefix, number, scale, suffix } = match.groups as Record<string, string | undefined>;
  if (prefix && suffix) throw new MoneyParseError(text, "the currency is given twice");
  const written = prefix || suffix;
  if (!written) throw new MoneyParseError(text, "no currency");
  if (number === undefined || !/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(number)) {
    throw new MoneyParseError(text, `"${number}" is not a well-formed number`);
  }
  const currency = prefix ? currencyOfPrefix(prefix, text) : currencyOfSuffix(written, text);
  const exponent = scale ? required(ownEntry(scales, scale.toLowerCase()), `the scale "${scale}"`) : 0;
  const amount = new Decimal(number.replace(/,/g, "")).times(new Decimal(10).pow(exponent));
  return { amount: amount.toFixed(), currency, asReported: text };
}

/** Adds two amounts of the same currency; different currencies throw CurrencyMismatchError. */
export function addMoney(left: Money, right: Money): Money {
  if (left.currency !== right.currency) throw new CurrencyMismatchError(left.currency, right.currency);
  return { amount: new Decimal(left.amount).plus(right.amount).toFixed(), currency: left.currency };
}

/** One total per currency, ordered by currency code. */
export function sumByCurrency(amounts: readonly Pick<Money, "amount" | "currency">[]): Money[] {
  const totals = new Map<string, Decimal>();
  for (const { amount, currency } of amounts) {
    totals.set(currency, (totals.get(currency) ?? new Decimal(0)).plus(amount));
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, total]) => ({ amount: total.toFixed(), currency }));
}
