-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('STATE', 'INTERNATIONAL_ORGANIZATION', 'ORGANIZATION_BODY', 'PERSON', 'ORGANIZATION', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "EngagementKind" AS ENUM ('BILATERAL_MEETING', 'MULTILATERAL_MEETING', 'VISIT', 'CALL', 'SUMMIT', 'CONFERENCE', 'BRIEFING', 'NEGOTIATION', 'SIGNING', 'OTHER');

-- CreateEnum
CREATE TYPE "EngagementStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('HOST', 'VISITOR', 'PARTICIPANT', 'CHAIR', 'BRIEFER', 'AUDIENCE', 'OBSERVER', 'GUEST');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('WELCOME', 'POSITION', 'REQUEST', 'PROPOSAL', 'DEMAND', 'AGREEMENT', 'APPRECIATION', 'PLEDGE', 'HOPE', 'CONCERN', 'CONDEMNATION', 'ANNOUNCEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('FINANCIAL', 'HUMANITARIAN', 'MILITARY', 'INSTITUTIONAL', 'COOPERATION', 'POLICY');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('PROPOSED', 'ANNOUNCED', 'PLEDGED', 'IN_PROGRESS', 'DELIVERED', 'CANCELLED', 'LAPSED');

-- CreateEnum
CREATE TYPE "CommitmentLinkKind" AS ENUM ('FOLLOWS', 'SUPERSEDES', 'PART_OF');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_ARTICLE', 'OFFICIAL_RECORD', 'PRESS_RELEASE', 'DATASET', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('READER', 'EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "actor" (
    "id" UUID NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parent_id" UUID,
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_alias" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT,
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "actor_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_identifier" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "scheme" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "actor_identifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "office" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "jurisdiction_id" UUID NOT NULL,
    "description" TEXT,

    CONSTRAINT "office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tenure" (
    "id" UUID NOT NULL,
    "office_id" UUID NOT NULL,
    "holder_id" UUID NOT NULL,
    "start_date" DATE,
    "start_precision" "DatePrecision",
    "end_date" DATE,
    "end_precision" "DatePrecision",
    "external_scheme" TEXT,
    "external_value" TEXT,

    CONSTRAINT "tenure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "engagement" (
    "id" UUID NOT NULL,
    "kind" "EngagementKind" NOT NULL,
    "status" "EngagementStatus" NOT NULL DEFAULT 'HELD',
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "start_date" DATE NOT NULL,
    "start_precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "end_date" DATE,
    "end_precision" "DatePrecision",
    "date_inferred" BOOLEAN NOT NULL DEFAULT false,
    "span_end" DATE NOT NULL,
    "place" TEXT,
    "city" TEXT,
    "country_id" UUID,
    "parent_id" UUID,
    "external_scheme" TEXT,
    "external_value" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participant" (
    "id" UUID NOT NULL,
    "engagement_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL DEFAULT 'PARTICIPANT',
    "represents_id" UUID,
    "title_as_reported" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parent_id" UUID,
    "path" TEXT NOT NULL,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "engagement_topic" (
    "engagement_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "engagement_topic_pkey" PRIMARY KEY ("engagement_id","topic_id")
);

-- CreateTable
CREATE TABLE "statement" (
    "id" UUID NOT NULL,
    "engagement_id" UUID NOT NULL,
    "speaker_id" UUID NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "gist" TEXT NOT NULL,
    "quote" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "external_scheme" TEXT,
    "external_value" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_topic" (
    "statement_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "statement_topic_pkey" PRIMARY KEY ("statement_id","topic_id")
);

-- CreateTable
CREATE TABLE "statement_mention" (
    "statement_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,

    CONSTRAINT "statement_mention_pkey" PRIMARY KEY ("statement_id","actor_id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" UUID NOT NULL,
    "committer_id" UUID NOT NULL,
    "beneficiary_id" UUID,
    "kind" "CommitmentKind" NOT NULL,
    "description" TEXT NOT NULL,
    "amount" DECIMAL(24,4),
    "currency" CHAR(3),
    "amount_as_reported" TEXT,
    "period_start" DATE,
    "period_end" DATE,
    "status" "CommitmentStatus" NOT NULL,
    "made_on" DATE,
    "made_on_precision" "DatePrecision",
    "engagement_id" UUID,
    "statement_id" UUID,
    "external_scheme" TEXT,
    "external_value" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_status_change" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "effective_on" DATE,
    "effective_precision" "DatePrecision",
    "note" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_link" (
    "from_id" UUID NOT NULL,
    "to_id" UUID NOT NULL,
    "kind" "CommitmentLinkKind" NOT NULL,

    CONSTRAINT "commitment_link_pkey" PRIMARY KEY ("from_id","to_id","kind")
);

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher_id" UUID,
    "url" TEXT,
    "published_on" DATE,
    "language" TEXT,
    "content" TEXT,
    "external_scheme" TEXT,
    "external_value" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_author" (
    "source_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "source_author_pkey" PRIMARY KEY ("source_id","actor_id")
);

-- CreateTable
CREATE TABLE "citation" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "engagement_id" UUID,
    "statement_id" UUID,
    "commitment_id" UUID,
    "quote" TEXT,
    "start_offset" INTEGER,
    "end_offset" INTEGER,
    "locator" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "token_id" UUID,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "changes" JSONB,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "actor_kind_idx" ON "actor"("kind");

-- CreateIndex
CREATE INDEX "actor_name_idx" ON "actor"("name");

-- CreateIndex
CREATE INDEX "actor_parent_id_idx" ON "actor"("parent_id");

-- CreateIndex
CREATE INDEX "actor_search_vector_idx" ON "actor" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "actor_alias_name_idx" ON "actor_alias"("name");

-- CreateIndex
CREATE UNIQUE INDEX "actor_alias_actor_id_name_language_key" ON "actor_alias"("actor_id", "name", "language");

-- CreateIndex
CREATE INDEX "actor_identifier_actor_id_idx" ON "actor_identifier"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "actor_identifier_scheme_value_key" ON "actor_identifier"("scheme", "value");

-- CreateIndex
CREATE UNIQUE INDEX "office_jurisdiction_id_name_key" ON "office"("jurisdiction_id", "name");

-- CreateIndex
CREATE INDEX "tenure_office_id_start_date_idx" ON "tenure"("office_id", "start_date");

-- CreateIndex
CREATE INDEX "tenure_holder_id_idx" ON "tenure"("holder_id");

-- CreateIndex
CREATE UNIQUE INDEX "tenure_external_scheme_external_value_key" ON "tenure"("external_scheme", "external_value");

-- CreateIndex
CREATE INDEX "engagement_start_date_id_idx" ON "engagement"("start_date", "id");

-- CreateIndex
CREATE INDEX "engagement_start_date_span_end_idx" ON "engagement"("start_date", "span_end");

-- CreateIndex
CREATE INDEX "engagement_kind_start_date_idx" ON "engagement"("kind", "start_date");

-- CreateIndex
CREATE INDEX "engagement_status_idx" ON "engagement"("status");

-- CreateIndex
CREATE INDEX "engagement_country_id_idx" ON "engagement"("country_id");

-- CreateIndex
CREATE INDEX "engagement_parent_id_idx" ON "engagement"("parent_id");

-- CreateIndex
CREATE INDEX "engagement_search_vector_idx" ON "engagement" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "engagement_external_scheme_external_value_key" ON "engagement"("external_scheme", "external_value");

-- CreateIndex
CREATE INDEX "participant_actor_id_engagement_id_idx" ON "participant"("actor_id", "engagement_id");

-- CreateIndex
CREATE INDEX "participant_represents_id_engagement_id_idx" ON "participant"("represents_id", "engagement_id");

-- CreateIndex
CREATE UNIQUE INDEX "participant_engagement_id_actor_id_key" ON "participant"("engagement_id", "actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "topic_slug_key" ON "topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "topic_path_key" ON "topic"("path");

-- CreateIndex
CREATE INDEX "topic_parent_id_idx" ON "topic"("parent_id");

-- CreateIndex
CREATE INDEX "engagement_topic_topic_id_engagement_id_idx" ON "engagement_topic"("topic_id", "engagement_id");

-- CreateIndex
CREATE INDEX "statement_engagement_id_position_idx" ON "statement"("engagement_id", "position");

-- CreateIndex
CREATE INDEX "statement_speaker_id_engagement_id_idx" ON "statement"("speaker_id", "engagement_id");

-- CreateIndex
CREATE INDEX "statement_kind_idx" ON "statement"("kind");

-- CreateIndex
CREATE INDEX "statement_search_vector_idx" ON "statement" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "statement_external_scheme_external_value_key" ON "statement"("external_scheme", "external_value");

-- CreateIndex
CREATE INDEX "statement_topic_topic_id_statement_id_idx" ON "statement_topic"("topic_id", "statement_id");

-- CreateIndex
CREATE INDEX "statement_mention_actor_id_statement_id_idx" ON "statement_mention"("actor_id", "statement_id");

-- CreateIndex
CREATE INDEX "commitment_committer_id_beneficiary_id_idx" ON "commitment"("committer_id", "beneficiary_id");

-- CreateIndex
CREATE INDEX "commitment_beneficiary_id_idx" ON "commitment"("beneficiary_id");

-- CreateIndex
CREATE INDEX "commitment_engagement_id_idx" ON "commitment"("engagement_id");

-- CreateIndex
CREATE INDEX "commitment_statement_id_idx" ON "commitment"("statement_id");

-- CreateIndex
CREATE INDEX "commitment_status_idx" ON "commitment"("status");

-- CreateIndex
CREATE INDEX "commitment_kind_idx" ON "commitment"("kind");

-- CreateIndex
CREATE INDEX "commitment_currency_amount_idx" ON "commitment"("currency", "amount");

-- CreateIndex
CREATE INDEX "commitment_made_on_idx" ON "commitment"("made_on");

-- CreateIndex
CREATE INDEX "commitment_search_vector_idx" ON "commitment" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_external_scheme_external_value_key" ON "commitment"("external_scheme", "external_value");

-- CreateIndex
CREATE INDEX "commitment_status_change_commitment_id_recorded_at_idx" ON "commitment_status_change"("commitment_id", "recorded_at");

-- CreateIndex
CREATE INDEX "commitment_link_to_id_idx" ON "commitment_link"("to_id");

-- CreateIndex
CREATE INDEX "source_publisher_id_idx" ON "source"("publisher_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_external_scheme_external_value_key" ON "source"("external_scheme", "external_value");

-- CreateIndex
CREATE INDEX "source_author_actor_id_idx" ON "source_author"("actor_id");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- CreateIndex
CREATE INDEX "citation_engagement_id_idx" ON "citation"("engagement_id");

-- CreateIndex
CREATE INDEX "citation_statement_id_idx" ON "citation"("statement_id");

-- CreateIndex
CREATE INDEX "citation_commitment_id_idx" ON "citation"("commitment_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "audit_entry_entity_type_entity_id_idx" ON "audit_entry"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- AddForeignKey
ALTER TABLE "actor" ADD CONSTRAINT "actor_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_alias" ADD CONSTRAINT "actor_alias_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_identifier" ADD CONSTRAINT "actor_identifier_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "office" ADD CONSTRAINT "office_jurisdiction_id_fkey" FOREIGN KEY ("jurisdiction_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tenure" ADD CONSTRAINT "tenure_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tenure" ADD CONSTRAINT "tenure_holder_id_fkey" FOREIGN KEY ("holder_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_represents_id_fkey" FOREIGN KEY ("represents_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic" ADD CONSTRAINT "topic_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement_topic" ADD CONSTRAINT "engagement_topic_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement_topic" ADD CONSTRAINT "engagement_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_topic" ADD CONSTRAINT "statement_topic_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_topic" ADD CONSTRAINT "statement_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_committer_id_fkey" FOREIGN KEY ("committer_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_status_change" ADD CONSTRAINT "commitment_status_change_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_link" ADD CONSTRAINT "commitment_link_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_link" ADD CONSTRAINT "commitment_link_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source" ADD CONSTRAINT "source_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_author" ADD CONSTRAINT "source_author_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_author" ADD CONSTRAINT "source_author_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "api_token"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Accord: search vectors are kept from search_text by a trigger, so that every writer (API,
-- importer, raw SQL) keeps them right. The weight ranks actors above the records that name them.
CREATE FUNCTION accord_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('simple', coalesce(NEW.search_text, '')), TG_ARGV[0]::"char");
  RETURN NEW;
END
$$;

CREATE TRIGGER actor_search_vector BEFORE INSERT OR UPDATE OF search_text ON "actor"
  FOR EACH ROW EXECUTE FUNCTION accord_search_vector('A');
CREATE TRIGGER engagement_search_vector BEFORE INSERT OR UPDATE OF search_text ON "engagement"
  FOR EACH ROW EXECUTE FUNCTION accord_search_vector('B');
CREATE TRIGGER statement_search_vector BEFORE INSERT OR UPDATE OF search_text ON "statement"
  FOR EACH ROW EXECUTE FUNCTION accord_search_vector('C');
CREATE TRIGGER commitment_search_vector BEFORE INSERT OR UPDATE OF search_text ON "commitment"
  FOR EACH ROW EXECUTE FUNCTION accord_search_vector('C');

-- Accord: a citation supports exactly one fact.
ALTER TABLE "citation" ADD CONSTRAINT "citation_one_target"
  CHECK (num_nonnulls("engagement_id", "statement_id", "commitment_id") = 1);
ALTER TABLE "citation" ADD CONSTRAINT "citation_offsets"
  CHECK ("start_offset" IS NULL OR ("start_offset" >= 0 AND "end_offset" >= "start_offset"));
