-- Accord: in-kind items (quantity, unit, an estimated value with its valuation method) on a commitment or
-- one of its stages, and citations on a stage (each step can cite its own source passage).

-- CreateEnum
CREATE TYPE "ValuationMethod" AS ENUM ('AS_REPORTED', 'MARKET_PRICE', 'REPLACEMENT_COST', 'BOOK_VALUE', 'ANALYST_ESTIMATE', 'OTHER');

-- AlterTable
ALTER TABLE "citation" ADD COLUMN     "commitment_stage_id" UUID;

-- CreateTable
CREATE TABLE "commitment_item" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "stage_id" UUID,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(24,4),
    "unit" TEXT,
    "estimated_value" DECIMAL(24,4),
    "currency" CHAR(3),
    "value_as_reported" TEXT,
    "valuation_method" "ValuationMethod",
    "valuation_note" TEXT,

    CONSTRAINT "commitment_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "commitment_item_stage_id_idx" ON "commitment_item"("stage_id");

-- CreateIndex
CREATE INDEX "commitment_item_commitment_id_stage_id_position_idx" ON "commitment_item"("commitment_id", "stage_id", "position");

-- CreateIndex
CREATE INDEX "citation_commitment_stage_id_idx" ON "citation"("commitment_stage_id");

-- AddForeignKey
ALTER TABLE "commitment_item" ADD CONSTRAINT "commitment_item_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_item" ADD CONSTRAINT "commitment_item_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "commitment_stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_commitment_stage_id_fkey" FOREIGN KEY ("commitment_stage_id") REFERENCES "commitment_stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A value goes with its currency; a valuation method describes a value; a quantity counts something.
ALTER TABLE "commitment_item" ADD CONSTRAINT "commitment_item_value_currency"
  CHECK (("estimated_value" IS NULL) = ("currency" IS NULL));
ALTER TABLE "commitment_item" ADD CONSTRAINT "commitment_item_method_needs_value"
  CHECK ("valuation_method" IS NULL OR "estimated_value" IS NOT NULL);
ALTER TABLE "commitment_item" ADD CONSTRAINT "commitment_item_amounts"
  CHECK (("quantity" IS NULL OR "quantity" > 0) AND ("estimated_value" IS NULL OR "estimated_value" >= 0));

-- A citation supports exactly one record, now a stage among them.
ALTER TABLE "citation" DROP CONSTRAINT "citation_one_target";
ALTER TABLE "citation" ADD CONSTRAINT "citation_one_target"
  CHECK (num_nonnulls("engagement_id", "statement_id", "commitment_id", "commitment_stage_id") = 1);
