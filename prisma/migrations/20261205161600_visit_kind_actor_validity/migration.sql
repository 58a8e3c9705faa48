-- AlterTable
ALTER TABLE "actor" ADD COLUMN     "valid_from" DATE,
ADD COLUMN     "valid_to" DATE;

-- AlterTable
ALTER TABLE "engagement" ADD COLUMN     "visit_kind" TEXT;
