-- Accord: how support is given (instrument; concessional for loans) and through whom (the channel, an actor;
-- null for bilateral support), as the Kiel tracker and IATI split it.

-- CreateEnum
CREATE TYPE "CommitmentInstrument" AS ENUM ('GRANT', 'LOAN', 'GUARANTEE', 'IN_KIND', 'BUDGET_SUPPORT', 'TECHNICAL_ASSISTANCE');

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "channel_id" UUID,
ADD COLUMN     "concessional" BOOLEAN,
ADD COLUMN     "instrument" "CommitmentInstrument";

-- CreateIndex
CREATE INDEX "commitment_channel_id_idx" ON "commitment"("channel_id");

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
