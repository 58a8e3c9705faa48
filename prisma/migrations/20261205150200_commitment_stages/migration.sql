-- Accord: a commitment's stages (pledged, committed, allocated, disbursed, delivered …), each with its own
-- money, partial date, provider and receiver (docs/commitment-stages.md). Existing data moves in without
-- loss: each status change becomes a stage of the mapped kind, in the history's order, and the
-- commitment's amount goes to its first stage; a commitment whose status is not its history's last entry
-- gets one more stage of that status, so the status derived from the stages is the status it had.
-- (test: packages/db/test/commitment-stages-migration.test.ts)

-- CreateEnum
CREATE TYPE "CommitmentStageKind" AS ENUM ('PROPOSED', 'ANNOUNCED', 'PLEDGED', 'COMMITTED', 'ALLOCATED', 'DISBURSED', 'DELIVERED', 'CANCELLED', 'LAPSED');

-- CreateTable
CREATE TABLE "commitment_stage" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "CommitmentStageKind" NOT NULL,
    "amount" DECIMAL(24,4),
    "currency" CHAR(3),
    "amount_as_reported" TEXT,
    "occurred_on" DATE,
    "occurred_on_precision" "DatePrecision",
    "occurred_on_inferred" BOOLEAN NOT NULL DEFAULT false,
    "provider_id" UUID,
    "receiver_id" UUID,
    "note" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_stage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "commitment_stage_kind_currency_idx" ON "commitment_stage"("kind", "currency");

-- CreateIndex
CREATE INDEX "commitment_stage_provider_id_idx" ON "commitment_stage"("provider_id");

-- CreateIndex
CREATE INDEX "commitment_stage_receiver_id_idx" ON "commitment_stage"("receiver_id");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_stage_commitment_id_position_key" ON "commitment_stage"("commitment_id", "position");

-- AddForeignKey
ALTER TABLE "commitment_stage" ADD CONSTRAINT "commitment_stage_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_stage" ADD CONSTRAINT "commitment_stage_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_stage" ADD CONSTRAINT "commitment_stage_receiver_id_fkey" FOREIGN KEY ("receiver_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A status becomes the stage of the same name, IN_PROGRESS an ALLOCATED stage (stageOfStatus in @accord/domain).
WITH changes AS (
  SELECT h.commitment_id, h.status, h.effective_on, h.effective_precision, h.note, h.recorded_at,
         row_number() OVER (PARTITION BY h.commitment_id ORDER BY h.recorded_at, h.id) - 1 AS position,
         row_number() OVER (PARTITION BY h.commitment_id ORDER BY h.recorded_at DESC, h.id DESC) = 1 AS last
    FROM commitment_status_change h
), steps AS (
  SELECT commitment_id, position, status, effective_on AS occurred_on, effective_precision AS precision, note, recorded_at
    FROM changes
  UNION ALL
  -- No history, or a status the history does not end with: one more stage keeps the status.
  SELECT c.id, coalesce(l.position + 1, 0), c.status,
         CASE WHEN l.position IS NULL THEN c.made_on END, CASE WHEN l.position IS NULL THEN c.made_on_precision END,
         NULL, coalesce(l.recorded_at, c.created_at)
    FROM commitment c LEFT JOIN changes l ON l.commitment_id = c.id AND l.last
   WHERE l.status IS DISTINCT FROM c.status
)
INSERT INTO commitment_stage (id, commitment_id, position, kind, amount, currency, amount_as_reported,
                              occurred_on, occurred_on_precision, note, recorded_at)
SELECT gen_random_uuid(), s.commitment_id, s.position, (CASE s.status WHEN 'IN_PROGRESS' THEN 'ALLOCATED' ELSE s.status::text END)::"CommitmentStageKind",
       CASE WHEN s.position = 0 THEN c.amount END, CASE WHEN s.position = 0 THEN c.currency END,
       CASE WHEN s.position = 0 THEN c.amount_as_reported END,
       s.occurred_on, s.precision, s.note, s.recorded_at
  FROM steps s JOIN commitment c ON c.id = s.commitment_id;

-- A stage's amount always comes with its currency, as a commitment's does.
ALTER TABLE "commitment_stage" ADD CONSTRAINT "commitment_stage_amount_has_currency"
  CHECK ("amount" IS NULL OR "currency" IS NOT NULL);

ANALYZE "commitment_stage";
