-- Accord: a data version for the analytics result cache. Every statement that writes a table an analytics
-- answer can read inserts one row here in its own transaction (a statement-level trigger, so importers, raw
-- SQL and the API all count); the version is sum(n), which grows by one at each such commit and by nothing
-- else, so two reads of the same version saw the same data. Inserts, not one counter row: a row every
-- writer updated would serialise them and deadlock writers that lock rows in another order. Readers fold
-- the rows into row 0 now and then (same sum, in one statement).

CREATE TABLE "data_change" (
    "id" BIGSERIAL NOT NULL,
    "n" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "data_change_pkey" PRIMARY KEY ("id")
);

INSERT INTO "data_change" ("id", "n") VALUES (0, 0);

CREATE FUNCTION data_change_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_change DEFAULT VALUES;
  RETURN NULL;
END $$;

-- Every table a compiled analytics answer can read (groupings, counterparts and the records they select);
-- the summary tables are written only by triggers of these, in the same statement.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['actor', 'actor_alias', 'actor_identifier', 'office', 'tenure', 'engagement',
    'participant', 'topic', 'engagement_topic', 'statement', 'statement_topic', 'statement_mention',
    'commitment', 'commitment_status_change', 'commitment_stage', 'fx_rate', 'commitment_item',
    'commitment_co_committer', 'commitment_link', 'source', 'source_author', 'citation']
  LOOP
    EXECUTE format('CREATE TRIGGER %1$s_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1$I
      FOR EACH STATEMENT EXECUTE FUNCTION data_change_bump()', t);
  END LOOP;
END $$;
