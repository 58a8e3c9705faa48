-- Accord: a represented actor's participations have one index, the timeline one (represents_id, start date,
-- engagement), so an actor's engagements page always walks it. With (represents_id, engagement_id) beside it,
-- a generic plan that guessed a represented actor's rows by the average (25 a state in explain.slow.test.ts's
-- data) chose either, and for a state represented thousands of times read and sorted all of them. Probes by
-- engagement use participant_engagement_id_represents_id_idx; lookups by represented actor the timeline index.

-- DropIndex
DROP INDEX "participant_represents_id_engagement_id_idx";
