-- Accord: statements on a topic, newest engagement first, read from one index instead of walking every
-- statement in engagement order and testing its topics (50 statements of one topic in 60 read ~3,000).
-- Each statement_topic row keeps a copy of its statement's sort key (engagement date, engagement, position).
-- Triggers keep the copies right, so that every writer (API, importer, seed, raw SQL) does; the
-- application never writes them (the fields are @ignore in schema.prisma).

ALTER TABLE "statement_topic" ADD COLUMN "engagement_start_date" DATE,
  ADD COLUMN "engagement_id" UUID,
  ADD COLUMN "statement_position" INTEGER;

UPDATE "statement_topic" st SET "engagement_start_date" = e."start_date", "engagement_id" = s."engagement_id",
    "statement_position" = s."position"
  FROM "statement" s JOIN "engagement" e ON e."id" = s."engagement_id" WHERE s."id" = st."statement_id";

ALTER TABLE "statement_topic" ALTER COLUMN "engagement_start_date" SET NOT NULL,
  ALTER COLUMN "engagement_id" SET NOT NULL,
  ALTER COLUMN "statement_position" SET NOT NULL;

-- A statement's topic takes its statement's sort key on insert and on any change of the copies; a
-- hand-written copy is overwritten. A missing statement is reported as the foreign key would report it
-- (this BEFORE trigger runs before the key is checked, and NOT NULL would otherwise fire first).
CREATE FUNCTION accord_statement_topic_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT e.start_date, s.engagement_id, s.position
    INTO NEW.engagement_start_date, NEW.engagement_id, NEW.statement_position
    FROM statement s JOIN engagement e ON e.id = s.engagement_id WHERE s.id = NEW.statement_id;
  IF NOT FOUND THEN
    RAISE foreign_key_violation USING
      MESSAGE = 'insert or update on table "statement_topic" violates foreign key constraint "statement_topic_statement_id_fkey"',
      DETAIL = format('Key (statement_id)=(%s) is not present in table "statement".', NEW.statement_id),
      CONSTRAINT = 'statement_topic_statement_id_fkey', TABLE = 'statement_topic';
  END IF;
  RETURN NEW;
END
$$;

-- A statement moved to another engagement or position, or an engagement whose date changes, passes
-- it on to the statements' topics (the trigger above reads the new key).
CREATE FUNCTION accord_statement_order_to_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE statement_topic SET engagement_id = NEW.engagement_id WHERE statement_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE FUNCTION accord_engagement_start_date_to_statement_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE statement_topic SET engagement_start_date = NEW.start_date
    WHERE statement_id IN (SELECT s.id FROM statement s WHERE s.engagement_id = NEW.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER statement_topic_order BEFORE INSERT OR UPDATE OF statement_id, engagement_start_date, engagement_id, statement_position
  ON "statement_topic" FOR EACH ROW EXECUTE FUNCTION accord_statement_topic_order();
CREATE TRIGGER statement_order_to_topics AFTER UPDATE OF engagement_id, position ON "statement"
  FOR EACH ROW WHEN (OLD.engagement_id IS DISTINCT FROM NEW.engagement_id OR OLD.position IS DISTINCT FROM NEW.position)
  EXECUTE FUNCTION accord_statement_order_to_topics();
CREATE TRIGGER engagement_start_date_to_statement_topics AFTER UPDATE OF start_date ON "engagement"
  FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date)
  EXECUTE FUNCTION accord_engagement_start_date_to_statement_topics();

-- CreateIndex
CREATE INDEX "statement_topic_engagement_order_idx" ON "statement_topic"("topic_id", "engagement_start_date" DESC, "engagement_id" DESC, "statement_position", "statement_id");

ANALYZE "statement_topic";
