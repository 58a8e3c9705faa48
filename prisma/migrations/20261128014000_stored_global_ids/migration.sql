-- Accord: each row keeps its opaque global ID (base64url of "Type:uuid", apps/api/src/common/global-id.ts),
-- set by a trigger when the row is written. Compiled reads send it as stored: computing it took about
-- 0.7 µs per ID, and a query can send thousands (a 50-engagement page 450, the benchmark's deep query
-- about 7,000). A trigger rather than a generated column: Prisma reads a generated column as drift.

-- base64url without padding, as Buffer.toString("base64url") writes it.
CREATE FUNCTION accord_set_global_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.global_id := translate(encode((TG_ARGV[0] || ':' || NEW.id::text)::bytea, 'base64'), E'+/=\n', '-_');
  RETURN NEW;
END
$$;

-- AlterTable
ALTER TABLE "actor" ADD COLUMN "global_id" TEXT;
CREATE TRIGGER actor_global_id BEFORE INSERT OR UPDATE OF id ON "actor"
  FOR EACH ROW EXECUTE FUNCTION accord_set_global_id('Actor');
UPDATE "actor" SET "global_id" = translate(encode(('Actor:' || "id"::text)::bytea, 'base64'), E'+/=\n', '-_');

-- AlterTable
ALTER TABLE "engagement" ADD COLUMN "global_id" TEXT;
CREATE TRIGGER engagement_global_id BEFORE INSERT OR UPDATE OF id ON "engagement"
  FOR EACH ROW EXECUTE FUNCTION accord_set_global_id('Engagement');
UPDATE "engagement" SET "global_id" = translate(encode(('Engagement:' || "id"::text)::bytea, 'base64'), E'+/=\n', '-_');

-- AlterTable
ALTER TABLE "topic" ADD COLUMN "global_id" TEXT;
CREATE TRIGGER topic_global_id BEFORE INSERT OR UPDATE OF id ON "topic"
  FOR EACH ROW EXECUTE FUNCTION accord_set_global_id('Topic');
UPDATE "topic" SET "global_id" = translate(encode(('Topic:' || "id"::text)::bytea, 'base64'), E'+/=\n', '-_');

-- AlterTable
ALTER TABLE "statement" ADD COLUMN "global_id" TEXT;
CREATE TRIGGER statement_global_id BEFORE INSERT OR UPDATE OF id ON "statement"
  FOR EACH ROW EXECUTE FUNCTION accord_set_global_id('Statement');
UPDATE "statement" SET "global_id" = translate(encode(('Statement:' || "id"::text)::bytea, 'base64'), E'+/=\n', '-_');

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN "global_id" TEXT;
CREATE TRIGGER commitment_global_id BEFORE INSERT OR UPDATE OF id ON "commitment"
  FOR EACH ROW EXECUTE FUNCTION accord_set_global_id('Commitment');
UPDATE "commitment" SET "global_id" = translate(encode(('Commitment:' || "id"::text)::bytea, 'base64'), E'+/=\n', '-_');
