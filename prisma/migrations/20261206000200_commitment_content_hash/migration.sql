-- Importer bookkeeping: the hash of the standalone commitment record a row was last written from
-- (an engagement's commitments are hashed with their engagement).
ALTER TABLE "commitment" ADD COLUMN "content_hash" TEXT;
