-- Accord: exchange rates as published (date, currency, rate against a base), loaded from files, and the one
-- rule that converts an amount at its date. Amounts stay in their own currency; conversions are added beside.

-- CreateTable
CREATE TABLE "fx_rate" (
    "base" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "rate_date" DATE NOT NULL,
    "rate" DECIMAL(30,12) NOT NULL,
    "loaded_from" TEXT NOT NULL,
    "loaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fx_rate_pkey" PRIMARY KEY ("base","currency","rate_date")
);

-- CreateIndex
CREATE INDEX "fx_rate_currency_rate_date_idx" ON "fx_rate"("currency", "rate_date" DESC);

-- A rate is a positive price of one currency in another.
ALTER TABLE "fx_rate" ADD CONSTRAINT "fx_rate_positive" CHECK ("rate" > 0);
ALTER TABLE "fx_rate" ADD CONSTRAINT "fx_rate_two_currencies" CHECK ("base" <> "currency");

-- The rate (units of to_currency per one of from_currency) for a date between first_day and last_day: the
-- latest on or before last_day and at most 31 days before first_day. Quoted directly, inverted, or crossed
-- through a base both are quoted against on the same day; a quotient is rounded to 18 decimal places (it
-- is taken at 24, so even a rate such as KRW to USD keeps 15 significant digits). No row: no rate.
CREATE FUNCTION accord_fx_rate(from_currency TEXT, to_currency TEXT, first_day DATE, last_day DATE)
RETURNS TABLE (rate NUMERIC, rate_date DATE, base TEXT)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT round(r.rate, 18), r.rate_date, r.base FROM (
    SELECT q.rate, q.rate_date, q.base::text FROM fx_rate q
      WHERE q.base = from_currency AND q.currency = to_currency AND q.rate_date BETWEEN first_day - 31 AND last_day
    UNION ALL
    SELECT 1::numeric(25, 24) / q.rate, q.rate_date, q.base::text FROM fx_rate q
      WHERE q.base = to_currency AND q.currency = from_currency AND q.rate_date BETWEEN first_day - 31 AND last_day
    UNION ALL
    SELECT t.rate::numeric(42, 24) / f.rate, f.rate_date, f.base::text FROM fx_rate f
      JOIN fx_rate t ON t.base = f.base AND t.rate_date = f.rate_date AND t.currency = to_currency
      WHERE f.currency = from_currency AND f.rate_date BETWEEN first_day - 31 AND last_day
  ) r
  ORDER BY r.rate_date DESC, r.base COLLATE "C"
  LIMIT 1
$$;

-- An amount converted to to_currency at its (partial) date's last day: amount × rate rounded to 4 decimal
-- places, with the rate, its date and base; or, when no rate applies, a null amount with the reason. Same
-- currency: rate 1 and no date needed. No row when there is no amount. Compiled reads and resolvers both read it.
CREATE FUNCTION accord_fx_convert(money_amount NUMERIC, money_currency TEXT, first_day DATE, day_precision "DatePrecision", to_currency TEXT)
RETURNS TABLE (amount NUMERIC, currency TEXT, rate NUMERIC, rate_date DATE, base TEXT, value_date DATE, missing TEXT, reason TEXT)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT round(money_amount * r.rate, 4), to_currency, r.rate, r.rate_date, r.base, d.value_date,
    CASE WHEN r.rate IS NOT NULL THEN NULL WHEN d.value_date IS NULL THEN 'NO_VALUE_DATE' ELSE 'NO_RATE' END,
    CASE
      WHEN r.rate IS NOT NULL THEN NULL
      WHEN d.value_date IS NULL THEN format('the amount in %s has no date to take a rate to %s at', money_currency, to_currency)
      ELSE format('no rate from %s to %s dated %s to %s (quoted directly, inverted or through a common base)',
        money_currency, to_currency, first_day - 31, d.value_date)
    END
  FROM (SELECT accord_partial_date_last(first_day, day_precision) AS value_date) d
  LEFT JOIN LATERAL (
    SELECT 1::numeric AS rate, NULL::date AS rate_date, NULL::text AS base WHERE money_currency = to_currency
    UNION ALL
    SELECT x.rate, x.rate_date, x.base FROM accord_fx_rate(money_currency, to_currency, first_day, d.value_date) x
      WHERE money_currency <> to_currency
  ) r ON true
  WHERE money_amount IS NOT NULL AND money_currency IS NOT NULL
$$;
