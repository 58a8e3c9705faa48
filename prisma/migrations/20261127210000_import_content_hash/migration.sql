-- Importer bookkeeping: the hash of the interchange record a row was last written from.
ALTER TABLE "actor" ADD COLUMN "content_hash" TEXT;
ALTER TABLE "engagement" ADD COLUMN "content_hash" TEXT;
ALTER TABLE "source" ADD COLUMN "content_hash" TEXT;
