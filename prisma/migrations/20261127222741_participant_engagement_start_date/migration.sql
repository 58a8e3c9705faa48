-- Accord: an actor's timeline (its engagements, newest first) read from an index instead of ranking
-- every participation. Each participant keeps a copy of its engagement's start date. Triggers keep the
-- copy right, so that every writer (API, importer, seed, raw SQL) does; the application never writes it
-- (the field is @ignore in schema.prisma, so Prisma Client neither reads nor writes it).

-- AlterTable: added nullable, filled from the engagements, then made NOT NULL (the table may hold rows).
ALTER TABLE "participant" ADD COLUMN "engagement_start_date" DATE;

UPDATE "participant" p SET "engagement_start_date" = e."start_date"
  FROM "engagement" e WHERE e."id" = p."engagement_id";

ALTER TABLE "participant" ALTER COLUMN "engagement_start_date" SET NOT NULL;

-- A participant takes its engagement's start date on insert and when it moves to another engagement; a
-- hand-written copy is overwritten. A missing engagement is reported as the foreign key would report it
-- (same code, message, constraint and table, no column): this BEFORE trigger runs before the key is
-- checked, and the NOT NULL check would otherwise fire first.
CREATE FUNCTION accord_participant_engagement_start_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.engagement_start_date := (SELECT e.start_date FROM engagement e WHERE e.id = NEW.engagement_id);
  IF NEW.engagement_start_date IS NULL THEN
    RAISE foreign_key_violation USING
      MESSAGE = 'insert or update on table "participant" violates foreign key constraint "participant_engagement_id_fkey"',
      DETAIL = format('Key (engagement_id)=(%s) is not present in table "engagement".', NEW.engagement_id),
      CONSTRAINT = 'participant_engagement_id_fkey', TABLE = 'participant';
  END IF;
  RETURN NEW;
END
$$;

-- An engagement whose start date changes passes it on to its participants.
CREATE FUNCTION accord_engagement_start_date_to_participants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE participant SET engagement_start_date = NEW.start_date WHERE engagement_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER participant_engagement_start_date BEFORE INSERT OR UPDATE OF engagement_id, engagement_start_date ON "participant"
  FOR EACH ROW EXECUTE FUNCTION accord_participant_engagement_start_date();
CREATE TRIGGER engagement_start_date_to_participants AFTER UPDATE OF start_date ON "engagement"
  FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date)
  EXECUTE FUNCTION accord_engagement_start_date_to_participants();

-- CreateIndex
CREATE INDEX "participant_actor_id_engagement_start_date_engagement_id_idx" ON "participant"("actor_id", "engagement_start_date" DESC, "engagement_id" DESC);

-- CreateIndex
CREATE INDEX "participant_represents_id_engagement_start_date_engagement__idx" ON "participant"("represents_id", "engagement_start_date" DESC, "engagement_id" DESC) WHERE (represents_id IS NOT NULL);

-- Statistics for the new column and indexes at once (every participant row was rewritten above).
ANALYZE "participant";
