-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "made_on_approximate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "commitment_stage" ADD COLUMN     "occurred_on_approximate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "commitment_status_change" ADD COLUMN     "effective_approximate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "effective_inferred" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "engagement" ADD COLUMN     "date_approximate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "published_approximate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "published_inferred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "published_precision" "DatePrecision";

-- AlterTable
ALTER TABLE "tenure" ADD COLUMN     "end_approximate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "end_inferred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "start_approximate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "start_inferred" BOOLEAN NOT NULL DEFAULT false;

-- Sources' dates so far were exact days.
UPDATE "source" SET "published_precision" = 'DAY' WHERE "published_on" IS NOT NULL;

-- A partial date stored as its first day, precision and qualifiers, as EDTF text: 2024, 2025-04?, 2025-04-02~, 2024%.
-- The SQL twin of formatEdtf in @accord/domain; compiled reads use it (a differential test keeps them equal).
CREATE FUNCTION accord_edtf(first DATE, "precision" "DatePrecision", inferred BOOLEAN, approximate BOOLEAN)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN first IS NULL THEN NULL ELSE
    lpad(extract(year FROM first)::int::text, 4, '0')
    || CASE WHEN coalesce("precision", 'DAY') <> 'YEAR' THEN '-' || lpad(extract(month FROM first)::int::text, 2, '0') ELSE '' END
    || CASE WHEN coalesce("precision", 'DAY') = 'DAY' THEN '-' || lpad(extract(day FROM first)::int::text, 2, '0') ELSE '' END
    || CASE WHEN inferred AND approximate THEN '%' WHEN inferred THEN '?' WHEN approximate THEN '~' ELSE '' END
  END
$$;

-- The last day a partial date may stand for (2025-06 → 2025-06-30, 2024 → 2024-12-31).
CREATE FUNCTION accord_partial_date_last(first DATE, "precision" "DatePrecision")
RETURNS DATE LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE coalesce("precision", 'DAY')
    WHEN 'YEAR' THEN make_date(extract(year FROM first)::int, 12, 31)
    WHEN 'MONTH' THEN (make_date(extract(year FROM first)::int, extract(month FROM first)::int, 1) + interval '1 month')::date - 1
    ELSE first
  END
$$;
