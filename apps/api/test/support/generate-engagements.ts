import type { PrismaClient } from "@accord/db";

/** Deterministic IDs so generated rows can point at each other without lookups: md5(prefix || n)::uuid. */
export const generatedId = (prefix: "a" | "e" | "t", n: number) => `md5('${prefix}${n}')::uuid`;

/**
 * Bulk data for plan tests, in a few INSERT … SELECT generate_series statements: `actors` actors (the first
 * tenth states), `engagements` engagements each with three participants (the first representing a state),
 * three of 1,000 words word0 … word999 in its search text (each word in about 0.3% of them), one of 100 topics (10 roots with 9 children each) and a country.
 */
export async function generateEngagements(prisma: PrismaClient, options: { actors: number; engagements: number }) {
  const { actors, engagements } = options;
  const states = Math.floor(actors / 10);
  await prisma.$executeRawUnsafe(`
    INSERT INTO actor (id, kind, name, search_text, updated_at)
    SELECT md5('a' || i)::uuid, CASE WHEN i <= ${states} THEN 'STATE' ELSE 'PERSON' END::"ActorKind",
      'Actor ' || i, 'actor ' || i || ' word' || (i % 1000), now()
    FROM generate_series(1, ${actors}) i`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO topic (id, slug, name, path, parent_id)
    SELECT md5('t' || j)::uuid, 't' || j, 'Topic ' || j,
      CASE WHEN j <= 10 THEN 't' || j ELSE 't' || (j % 10 + 1) || '/t' || j END,
      CASE WHEN j <= 10 THEN NULL ELSE md5('t' || (j % 10 + 1))::uuid END
    FROM generate_series(1, 100) j ORDER BY j`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO engagement (id, kind, title, search_text, start_date, span_end, country_id, parent_id, updated_at)
    SELECT md5('e' || i)::uuid, (enum_range(NULL::"EngagementKind"))[1 + i % 10], 'Meeting ' || i,
      'meeting ' || i || ' word' || (i % 1000) || ' word' || (i * 7 % 1000) || ' word' || (i * 13 % 1000), d, d + (i % 3), md5('a' || (i % ${states} + 1))::uuid,
      CASE WHEN i % 5 = 0 AND i > 5 THEN md5('e' || (i - 1))::uuid END, now()
    FROM generate_series(1, ${engagements}) i, LATERAL (SELECT DATE '2000-01-01' + (i * 7919 % 9000) AS d) x`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO participant (id, engagement_id, actor_id, represents_id, position)
    SELECT gen_random_uuid(), md5('e' || i)::uuid, md5('a' || ((i * 37 + k * 101) % ${actors} + 1))::uuid,
      CASE WHEN k = 0 THEN md5('a' || (i % ${states} + 1))::uuid END, k
    FROM generate_series(1, ${engagements}) i, generate_series(0, 2) k`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO engagement_topic (engagement_id, topic_id)
    SELECT md5('e' || i)::uuid, md5('t' || (i % 100 + 1))::uuid FROM generate_series(1, ${engagements}) i`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO statement (id, engagement_id, speaker_id, kind, gist, search_text, position, updated_at)
    SELECT gen_random_uuid(), md5('e' || i)::uuid, md5('a' || ((i * 37) % ${actors} + 1))::uuid, 'POSITION',
      'Statement ' || i, 'statement ' || i || ' word' || (i * 3 % 1000), 1, now()
    FROM generate_series(1, ${engagements}) i`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO commitment (id, committer_id, kind, description, status, search_text, engagement_id, updated_at)
    SELECT gen_random_uuid(), md5('a' || (i % ${states} + 1))::uuid, 'FINANCIAL', 'Commitment ' || i, 'ANNOUNCED',
      'commitment ' || i || ' word' || (i * 11 % 1000), md5('e' || i)::uuid, now()
    FROM generate_series(1, ${engagements}, 5) i`);
  // VACUUM also moves the GIN indexes' pending lists into the index, as autovacuum would in production. The public
  // tables by name: a bare VACUUM ANALYZE takes the shared catalogs too, and waits behind any session of the server
  // whose open transaction analyzed them (the bench loader's does).
  const [row] = await prisma.$queryRaw<{ names: string }[]>`SELECT string_agg(format('%I', relname), ', ') AS names
    FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')`;
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE ${row!.names}`);
}

/** The uuid text of a generated row, for filters. */
export async function generatedUuid(prisma: PrismaClient, prefix: "a" | "e" | "t", n: number): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT ${generatedId(prefix, n)}::text AS id`);
  return row!.id;
}
