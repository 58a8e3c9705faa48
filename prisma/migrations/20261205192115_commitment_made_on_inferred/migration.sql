-- Accord: a commitment's madeOn may be inferred rather than stated (the seed's C1–C3), as engagement dates and
-- stage dates already say.

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "made_on_inferred" BOOLEAN NOT NULL DEFAULT false;
