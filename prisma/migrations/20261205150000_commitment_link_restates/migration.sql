-- Accord: a link kind for the same promise announced again. Added alone: PostgreSQL refuses to use a new
-- enum value in the transaction that adds it, and the next migration's backfill compares links with it.

-- AlterEnum
ALTER TYPE "CommitmentLinkKind" ADD VALUE 'RESTATES';
