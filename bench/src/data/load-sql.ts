// The data set as INSERT … SELECT FROM generate_series statements: deterministic (hashes of row
// numbers, no random()), every column the API reads filled, search_vector left to the trigger.
import type { DataShape } from "./shape.js";

/**
 * A step's SQL; a step over engagements takes the slice [from, to] of their row numbers (inclusive). A step has run
 * when its table holds a row, or, for a step adding to a table an earlier step fills, when `filled` (SQL) is true.
 */
export type LoadStep = {
  label: string;
  table: string;
  sql: string | ((from: number, to: number) => string);
  filled?: string;
};

const kinds = `array['BILATERAL_MEETING','MULTILATERAL_MEETING','VISIT','CALL','SUMMIT','CONFERENCE','BRIEFING','NEGOTIATION','SIGNING','OTHER']`;
const roots = `array['security','economy','climate','health','trade','culture']`;
const states = `array['Republic of Korea','Democratic People''s Republic of Korea','Japan','United States','France','Germany','Italy','Spain','Poland','Canada','Brazil','Mexico','India','Indonesia','Australia','Norway','Sweden','Finland','Denmark','Netherlands','Belgium','Austria','Chile','Peru','Kenya','Nigeria','Egypt','Turkey','Greece','Portugal','Ireland','Vietnam','Thailand','Philippines','Malaysia','Mongolia','Ukraine','Estonia','Latvia','Lithuania']`;
const firstNames = `array['Anna','Ben','Cho','Dana','Emil','Fatima','Goran','Hana','Ivan','Jin','Karin','Luis','Mira','Noah','Olga','Park','Quinn','Rosa','Sven','Tae','Uma','Vera','Wei','Xenia','Yuki','Zoe','Amir','Bela','Chen','Dario']`;
const lastNames = `array['Kim','Lee','Schmidt','Rossi','Dubois','Novak','Tanaka','Silva','Garcia','Müller','Nowak','Jensen','Olsen','Costa','Ivanova','Sato','Nguyen','Khan','Haddad','Moreau']`;
const cities = `array['Seoul','Tokyo','Washington','Paris','Berlin','Rome','Madrid','Warsaw','Ottawa','Brasília','Mexico City','New Delhi','Jakarta','Canberra','Oslo','Stockholm','Helsinki','Copenhagen','The Hague','Brussels','Vienna','Geneva','New York','Nairobi','Cairo','Ankara','Athens','Lisbon','Dublin','Hanoi']`;
const currencies = `array['USD','EUR','KRW','JPY','GBP']`;
const statementKinds = `array['WELCOME','POSITION','REQUEST','PROPOSAL','DEMAND','AGREEMENT','APPRECIATION','PLEDGE','HOPE','CONCERN','CONDEMNATION','ANNOUNCEMENT','OTHER']`;
const commitmentKinds = `array['FINANCIAL','HUMANITARIAN','MILITARY','INSTITUTIONAL','COOPERATION','POLICY']`;
const commitmentStatuses = `array['PROPOSED','ANNOUNCED','PLEDGED','IN_PROGRESS','DELIVERED']`;
const aliasLanguages = `array['fr','es','de','ko','ja','ru','ar','zh']`;
const offices = `array['Head of State','Minister of Foreign Affairs','Head of Government','Minister of Defence']`;
const itemNames = `array['howitzers','generators','training courses','tents','vaccine doses','armoured vehicles','water purification units','rounds of ammunition']`;
const itemUnits = `array['units','units','courses','units','doses','vehicles','units','rounds']`;
/** Days from 1950-01-01 to 2023-12-31: the span of the data set's dates. */
const span = 27028;

/** A non-negative pseudo-random int from a row number and a salt. */
export const hashFunctionSql = `CREATE OR REPLACE FUNCTION pg_temp.h(i bigint, s int) RETURNS int
  LANGUAGE sql IMMUTABLE AS $$ SELECT hashint8(i * 1000 + s) & 2147483647 $$`;

function pick(array: string, salt: string): string {
  return `(${array})[1 + ${salt} % array_length(${array}, 1)]`;
}

export function loadSteps(shape: DataShape): LoadStep[] {
  const { actors: a, states: s, organizations: o, topics: t, sources: src } = shape;
  const persons = a - s - o;
  const committers = s + o;
  // Participant k of engagement i: the host state first, then persons spread by two primes.
  const participantActor = `case when k = 0 then pg_temp.h(i, 4) % ${s} else ${s + o} + ((i::bigint * 7919 + k * 104729) % ${persons}) end`;
  const participantCount = `(2 + pg_temp.h(i, 5) % 9)`;
  return [
    {
      label: "topics",
      table: "topic",
      sql: `INSERT INTO topic (id, slug, name, description, parent_id, path)
        SELECT md5('topic:' || i)::uuid,
          case when i < 6 then (${roots})[i + 1] else (${roots})[(i % 6) + 1] || '-' || i end,
          case when i < 6 then initcap((${roots})[i + 1]) else initcap((${roots})[(i % 6) + 1]) || ' topic ' || i end,
          'Topic number ' || i,
          case when i < 6 then null else md5('topic:' || (i % 6))::uuid end,
          case when i < 6 then (${roots})[i + 1] else (${roots})[(i % 6) + 1] || '/' || (${roots})[(i % 6) + 1] || '-' || i end
        FROM generate_series(0, ${t - 1}) i`,
    },
    {
      label: "actors",
      table: "actor",
      sql: `INSERT INTO actor (id, kind, name, description, search_text, updated_at)
        SELECT md5('actor:' || i)::uuid, kind::"ActorKind", name, description, lower(name), now()
        FROM (SELECT i,
          case when i < ${s} then 'STATE' when i < ${committers} then 'INTERNATIONAL_ORGANIZATION' else 'PERSON' end AS kind,
          case when i < 40 then (${states})[i + 1]
               when i < ${s} then 'Republic of Statia ' || i
               when i < ${committers} then 'Organization for Cooperation ' || i
               else ${pick(firstNames, "pg_temp.h(i, 1)")} || ' ' || ${pick(lastNames, "pg_temp.h(i, 2)")} || ' ' || i end AS name,
          case when i < ${committers} then 'A party to diplomacy, number ' || i else null end AS description
          FROM generate_series(0, ${a - 1}) i) x`,
    },
    {
      label: "actor identifiers",
      table: "actor_identifier",
      sql: `INSERT INTO actor_identifier (id, actor_id, scheme, value)
        SELECT md5('ident:' || i)::uuid, md5('actor:' || i)::uuid, 'bench-code', 'S' || i
        FROM generate_series(0, ${committers - 1}) i`,
    },
    {
      // Each state and organisation 1–3 names in other languages (and an organisation its acronym, language-neutral);
      // one person in ten a transliteration, used until some date.
      label: "actor aliases",
      table: "actor_alias",
      sql: `INSERT INTO actor_alias (id, actor_id, name, language, valid_from, valid_to)
        SELECT md5('alias:' || i || ':' || k)::uuid, md5('actor:' || i)::uuid, name, language, null, valid_to
        FROM (SELECT i, k, case when i >= ${s} and i < ${committers} and k = 2 then 'OC' || i
              else case when i < ${committers} then 'Name ' || i else 'Transliterated ' || i end || ' (' || lang || ')' end AS name,
            case when i >= ${s} and i < ${committers} and k = 2 then null else lang end AS language,
            case when i >= ${committers} and pg_temp.h(i, 32) % 2 = 0 then date '1950-01-01' + pg_temp.h(i, 33) % ${span} end AS valid_to
          FROM generate_series(0, ${a - 1}) i,
            LATERAL generate_series(0, case when i < ${committers} then pg_temp.h(i, 30) % 3 else 0 end) k,
            LATERAL (SELECT ${pick(aliasLanguages, "(pg_temp.h(i, 31) + k * 3)")} AS lang) l
          WHERE i < ${committers} OR pg_temp.h(i, 34) % 10 = 0) x`,
    },
    {
      // Beside the bench code: a state's ISO 3166 codes and Wikidata item, an organisation's Wikidata item,
      // and a Wikidata item for three persons in ten.
      label: "actor identifiers by scheme",
      table: "actor_identifier",
      filled: "EXISTS (SELECT 1 FROM actor_identifier WHERE scheme <> 'bench-code')",
      sql: `INSERT INTO actor_identifier (id, actor_id, scheme, value)
        SELECT md5('ident:' || i || ':' || scheme)::uuid, md5('actor:' || i)::uuid, scheme, value
        FROM generate_series(0, ${a - 1}) i, LATERAL (VALUES
            ('iso3166-1-alpha2', chr(65 + i / 26 % 26) || chr(65 + i % 26), i < ${s}),
            ('iso3166-1-alpha3', 'X' || chr(65 + i / 26 % 26) || chr(65 + i % 26), i < ${s}),
            ('wikidata', 'Q' || (1000 + i), i < ${committers} OR pg_temp.h(i, 35) % 10 < 3)
          ) v(scheme, value, present)
        WHERE present`,
    },
    {
      // Every state a head of state and a foreign minister, most a head of government, half a defence minister;
      // every organisation a secretary-general.
      label: "offices",
      table: "office",
      sql: `INSERT INTO office (id, name, jurisdiction_id, description)
        SELECT md5('office:' || i || ':' || k)::uuid, case when i < ${s} then (${offices})[k + 1] else 'Secretary-General' end,
          md5('actor:' || i)::uuid, 'Office ' || k || ' of actor ' || i
        FROM generate_series(0, ${committers - 1}) i, generate_series(0, 3) k
        WHERE case when i >= ${s} then k = 0 when k < 2 then true when k = 2 then pg_temp.h(i, 36) % 3 < 2
          else pg_temp.h(i, 37) % 2 = 0 end`,
    },
    {
      // Each office held in 8–19 consecutive terms over 1950–2023 by persons (the last one open: still in office);
      // one term in five known only to the year.
      label: "tenures",
      table: "tenure",
      sql: `INSERT INTO tenure (id, office_id, holder_id, start_date, start_precision, end_date, end_precision,
          external_scheme, external_value)
        SELECT md5('tenure:' || o || ':' || j)::uuid, o, md5('actor:' || (${committers} + pg_temp.h(j * 7919 + hashtext(o::text)::bigint, 38) % ${persons}))::uuid,
          case when precision = 'YEAR' then date_trunc('year', start_date)::date else start_date end, precision,
          case when precision = 'YEAR' then date_trunc('year', end_date)::date else end_date end,
          case when end_date is not null then precision end, 'bench-tenure', o || ':' || j
        FROM (SELECT o, j, n, case when pg_temp.h(hashtext(o::text)::bigint, 100 + j) % 5 = 0 then 'YEAR' else 'DAY' end::"DatePrecision" AS precision,
            date '1950-01-01' + j * ${span} / n + case when j = 0 then 0 else pg_temp.h(hashtext(o::text)::bigint, 200 + j) % 30 end AS start_date,
            case when j < n - 1 then date '1950-01-01' + (j + 1) * ${span} / n + pg_temp.h(hashtext(o::text)::bigint, 201 + j) % 30 - 1 end AS end_date
          FROM (SELECT id AS o, 8 + pg_temp.h(hashtext(id::text), 42) % 12 AS n FROM office) f, generate_series(0, n - 1) j) t`,
    },
    {
      label: "sources",
      table: "source",
      sql: `INSERT INTO source (id, kind, title, publisher_id, url, published_on, language, updated_at)
        SELECT md5('source:' || i)::uuid, 'NEWS_ARTICLE', 'Bench source ' || i, md5('actor:' || (i % ${s}))::uuid,
          'https://example.org/' || i, date '1950-01-01' + pg_temp.h(i, 9) % 27000, 'en', now()
        FROM generate_series(0, ${src - 1}) i`,
    },
    {
      label: "engagements",
      table: "engagement",
      sql: (from, to) =>
        `INSERT INTO engagement (id, kind, status, title, summary, start_date, start_precision, end_date, end_precision,
          span_end, place, city, country_id, external_scheme, external_value, search_text, updated_at)
        SELECT id, kind::"EngagementKind", status::"EngagementStatus", title, summary, start_date, 'DAY', end_date,
          case when end_date is null then null else 'DAY'::"DatePrecision" end, coalesce(end_date, start_date),
          place, city, country_id, 'bench', 'e' || i, lower(title || ' ' || summary || ' ' || city), now()
        FROM (SELECT i, md5('engagement:' || i)::uuid AS id, ${pick(kinds, "pg_temp.h(i, 1)")} AS kind,
          case when pg_temp.h(i, 2) % 20 = 0 then 'PLANNED' else 'HELD' end AS status,
          case when i % 200 = 0 then 'Talks on the Korean Peninsula ' || i else 'Engagement ' || i || ' on topic ' || pg_temp.h(i, 6) % ${t} end AS title,
          'Delegations met and discussed cooperation, number ' || i AS summary,
          date '1950-01-01' + pg_temp.h(i, 3) % 27000 AS start_date,
          case when pg_temp.h(i, 7) % 10 < 3 then date '1950-01-01' + pg_temp.h(i, 3) % 27000 + 1 + pg_temp.h(i, 8) % 3 else null end AS end_date,
          'Ministry of Foreign Affairs' AS place, ${pick(cities, "pg_temp.h(i, 9)")} AS city,
          md5('actor:' || (pg_temp.h(i, 4) % ${s}))::uuid AS country_id
          FROM generate_series(${from}, ${to}) i) x`,
    },
    {
      label: "participants",
      table: "participant",
      sql: (from, to) =>
        `INSERT INTO participant (id, engagement_id, actor_id, role, represents_id, title_as_reported, position)
        SELECT md5('participant:' || i || ':' || k)::uuid, md5('engagement:' || i)::uuid, md5('actor:' || (${participantActor}))::uuid,
          (case when k = 0 then 'HOST' when k = 1 then 'VISITOR' else 'PARTICIPANT' end)::"ParticipantRole",
          case when k = 0 then null else md5('actor:' || ((${participantActor}) % ${s}))::uuid end,
          case when k = 0 then null else 'Minister' end, k
        FROM generate_series(${from}, ${to}) i, generate_series(0, ${participantCount} - 1) k`,
    },
    {
      label: "engagement topics",
      table: "engagement_topic",
      sql: (from, to) =>
        `INSERT INTO engagement_topic (engagement_id, topic_id)
        SELECT md5('engagement:' || i)::uuid, md5('topic:' || ((pg_temp.h(i, 6) + k * 7) % ${t}))::uuid
        FROM generate_series(${from}, ${to}) i, generate_series(0, pg_temp.h(i, 10) % 3) k`,
    },
    {
      label: "statements",
      table: "statement",
      sql: (from, to) =>
        `INSERT INTO statement (id, engagement_id, speaker_id, kind, gist, quote, position, search_text, updated_at)
        SELECT md5('statement:' || i || ':' || k)::uuid, md5('engagement:' || i)::uuid,
          md5('actor:' || (case when k = 0 then ${s + o} + ((i::bigint * 7919 + 104729) % ${persons}) else pg_temp.h(i, 4) % ${s} end))::uuid,
          ${pick(statementKinds, "pg_temp.h(i * 2 + k, 11)")}::"StatementKind", gist, null, k, lower(gist), now()
        FROM (SELECT i, k, case when (i + k) % 200 = 1 then 'Called for dialogue with North Korea, statement ' || i || '.' || k
            else 'Stressed cooperation on topic ' || pg_temp.h(i + k, 12) % ${t} || ', statement ' || i || '.' || k end AS gist
          FROM generate_series(${from}, ${to}) i, generate_series(0, 1) k) x`,
    },
    {
      label: "statement topics and mentions",
      table: "statement_topic",
      sql: (from, to) =>
        `WITH t AS (INSERT INTO statement_topic (statement_id, topic_id)
          SELECT md5('statement:' || i || ':' || k)::uuid, md5('topic:' || (pg_temp.h(i + k, 12) % ${t}))::uuid
          FROM generate_series(${from}, ${to}) i, generate_series(0, 1) k RETURNING 1)
        INSERT INTO statement_mention (statement_id, actor_id)
          SELECT md5('statement:' || i || ':0')::uuid, md5('actor:' || (pg_temp.h(i, 13) % ${s}))::uuid
          FROM generate_series(${from}, ${to}) i`,
    },
    {
      label: "commitments",
      table: "commitment",
      sql: (from, to) =>
        `INSERT INTO commitment (id, committer_id, beneficiary_id, kind, description, amount, currency, amount_as_reported,
          status, made_on, made_on_precision, engagement_id, statement_id, search_text, updated_at)
        SELECT md5('commitment:' || i)::uuid, md5('actor:' || (pg_temp.h(i, 14) % ${committers}))::uuid,
          md5('actor:' || (pg_temp.h(i, 15) % ${s}))::uuid, ${pick(commitmentKinds, "pg_temp.h(i, 16)")}::"CommitmentKind",
          description, amount, currency, case when amount is null then null else currency || ' ' || amount end,
          ${pick(commitmentStatuses, "pg_temp.h(i, 18)")}::"CommitmentStatus",
          date '1950-01-01' + pg_temp.h(i, 3) % 27000, 'DAY', md5('engagement:' || i)::uuid,
          md5('statement:' || i || ':1')::uuid, lower(description), now()
        FROM (SELECT i, case when i % 400 = 0 then 'Aid to the Korean Peninsula, commitment ' || i
            else 'Support for cooperation, commitment ' || i end AS description,
          case when pg_temp.h(i, 17) % 10 < 6 then (1 + pg_temp.h(i, 19) % 100000) * 1000.0 else null end AS amount,
          case when pg_temp.h(i, 17) % 10 < 6 then ${pick(currencies, "pg_temp.h(i, 20)")} else null end AS currency
          FROM generate_series(${from}, ${to}, 2) i) x`,
    },
    {
      label: "commitment history",
      table: "commitment_status_change",
      sql: (from, to) =>
        `INSERT INTO commitment_status_change (id, commitment_id, status, effective_on, effective_precision, recorded_at)
        SELECT md5('change:' || i)::uuid, md5('commitment:' || i)::uuid, ${pick(commitmentStatuses, "pg_temp.h(i, 18)")}::"CommitmentStatus",
          date '1950-01-01' + pg_temp.h(i, 3) % 27000, 'DAY', now()
        FROM generate_series(${from}, ${to}, 2) i`,
    },
    {
      // Stage 0 carries the promise's money; an in-progress or delivered commitment with money also has
      // a later stage (disbursed or delivered) of part of it, so totals by stage read two kinds.
      label: "commitment stages",
      table: "commitment_stage",
      sql: (from, to) =>
        `INSERT INTO commitment_stage (id, commitment_id, position, kind, amount, currency, amount_as_reported,
          occurred_on, occurred_on_precision)
        SELECT md5('stage:' || i || ':' || k)::uuid, c.id, k,
          (case when k = 1 then case when c.status = 'DELIVERED' then 'DELIVERED' else 'DISBURSED' end
            when split then 'PLEDGED' else replace(c.status::text, 'IN_PROGRESS', 'ALLOCATED') end)::"CommitmentStageKind",
          case when k = 0 then c.amount else round(c.amount * (20 + pg_temp.h(i, 21) % 80) / 100, 0) end, c.currency,
          case when k = 0 then c.amount_as_reported end,
          case when k = 0 then c.made_on else date_trunc('month', c.made_on + 30 + pg_temp.h(i, 22) % 300)::date end,
          (case when k = 0 then 'DAY' else 'MONTH' end)::"DatePrecision"
        FROM (SELECT i, md5('commitment:' || i)::uuid AS id FROM generate_series(${from}, ${to}, 2) i) x
          JOIN commitment c USING (id),
          LATERAL (SELECT c.amount IS NOT NULL AND c.status IN ('IN_PROGRESS', 'DELIVERED') AS split) y,
          generate_series(0, case when split then 1 else 0 end) k`,
    },
    {
      // One commitment in twenty made jointly with one or two other committers (never its own committer).
      label: "commitment co-committers",
      table: "commitment_co_committer",
      sql: (from, to) =>
        `INSERT INTO commitment_co_committer (commitment_id, actor_id, position)
        SELECT md5('commitment:' || i)::uuid,
          md5('actor:' || ((pg_temp.h(i, 14) % ${committers} + 1 + pg_temp.h(i, 26) % ${committers - 3} + k) % ${committers}))::uuid, k
        FROM generate_series(${from}, ${to}, 2) i, generate_series(0, pg_temp.h(i, 25) % 2) k
        WHERE pg_temp.h(i, 24) % 20 = 0`,
    },
    {
      // Half the humanitarian and military commitments promise 1–3 things in kind, half of those valued.
      label: "commitment items",
      table: "commitment_item",
      sql: (from, to) =>
        `INSERT INTO commitment_item (id, commitment_id, stage_id, position, description, quantity, unit, estimated_value,
          currency, value_as_reported, valuation_method)
        SELECT md5('item:' || i || ':' || k)::uuid, md5('commitment:' || i)::uuid, null, k, (${itemNames})[n], quantity, (${itemUnits})[n],
          value, case when value is not null then ${pick(currencies, "pg_temp.h(i, 45)")} end, null,
          case when value is not null and pg_temp.h(i, 46) % 3 = 0 then 'MARKET_PRICE'::"ValuationMethod" end
        FROM (SELECT i, k, 1 + (pg_temp.h(i, 28) + k) % 8 AS n, 1 + pg_temp.h(i * 3 + k, 29) % 1000 AS quantity,
            case when pg_temp.h(i * 3 + k, 44) % 2 = 0 then (1 + pg_temp.h(i * 3 + k, 47) % 5000) * 1000.0 end AS value
          FROM generate_series(${from}, ${to}, 2) i, generate_series(0, pg_temp.h(i, 48) % 3) k
          WHERE pg_temp.h(i, 16) % 6 IN (1, 2) AND pg_temp.h(i, 27) % 2 = 0) x`,
    },
    {
      // Seven commitments in a hundred linked to their committer's previous one (by date): 2 SUPERSEDES it,
      // 1 RESTATES it, 2 are PART_OF it, 2 FOLLOW it. The rollups' backfill then leaves out what totals count once.
      label: "commitment links",
      table: "commitment_link",
      sql: `INSERT INTO commitment_link (from_id, to_id, kind)
        SELECT id, previous, kind::"CommitmentLinkKind"
        FROM (SELECT id, lag(id) OVER (PARTITION BY committer_id ORDER BY made_on, id) AS previous,
            case pg_temp.h(hashtext(id::text), 49) % 100 when 0 then 'SUPERSEDES' when 1 then 'SUPERSEDES' when 2 then 'RESTATES'
              when 3 then 'PART_OF' when 4 then 'PART_OF' when 5 then 'FOLLOWS' when 6 then 'FOLLOWS' end AS kind
          FROM commitment) c
        WHERE previous IS NOT NULL AND kind IS NOT NULL`,
    },
    {
      label: "citations",
      table: "citation",
      sql: (from, to) =>
        `INSERT INTO citation (id, source_id, engagement_id, locator)
        SELECT md5('citation:' || i)::uuid, md5('source:' || (i % ${src}))::uuid, md5('engagement:' || i)::uuid, 'record ' || i
        FROM generate_series(${from}, ${to}) i`,
    },
    {
      // Two sources in three by one or two persons.
      label: "source authors",
      table: "source_author",
      sql: `INSERT INTO source_author (source_id, actor_id, position)
        SELECT md5('source:' || i)::uuid, md5('actor:' || (${committers} + (pg_temp.h(i, 50) + k) % ${persons}))::uuid, k
        FROM generate_series(0, ${src - 1}) i, generate_series(0, pg_temp.h(i, 51) % 3 - 1) k`,
    },
    {
      // Monthly rates of the data set's other currencies against the euro, 1950–2023 (within a conversion's
      // 31 days of any date), drifting ±10 % around a level.
      label: "exchange rates",
      table: "fx_rate",
      sql: `INSERT INTO fx_rate (base, currency, rate_date, rate, loaded_from)
        SELECT 'EUR', currency, (date '1950-01-01' + make_interval(months => m))::date,
          round(level * (1 + (pg_temp.h(m * 10 + c, 52) % 201 - 100) / 1000.0), 6), 'bench'
        FROM (VALUES (1, 'USD', 1.1), (2, 'KRW', 1300), (3, 'JPY', 140), (4, 'GBP', 0.85)) v(c, currency, level),
          generate_series(0, 887) m`,
    },
  ];
}
