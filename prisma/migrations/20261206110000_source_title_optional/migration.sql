-- Accord: a source without a title or headline of its own (the seed's article has none) keeps none, instead of
-- one made up for it.
ALTER TABLE "source" ALTER COLUMN "title" DROP NOT NULL;
