import { actorRef, actorRefOrder, citations, ownKey, ownKeyOrder, partialDate } from "./sql-parts";

export const topicsQuery = `SELECT json_strip_nulls(json_build_object('type', 'topic', 'slug', t.slug, 'name', t.name,
  'description', t.description, 'parent', p.slug)) AS r FROM topic t LEFT JOIN topic p ON p.id = t.parent_id ORDER BY t.path COLLATE "C"`;

export const actorsQuery = `SELECT json_strip_nulls(json_build_object('type', 'actor',
  'identifiers', coalesce((SELECT json_agg(json_build_object('scheme', scheme, 'value', value) ORDER BY scheme COLLATE "C", value COLLATE "C")
     FROM actor_identifier WHERE actor_id = a.id), json_build_array(json_build_object('scheme', 'accord', 'value', a.id::text))),
  'kind', a.kind, 'name', a.name, 'description', a.description, 'parent', ${actorRef("a.parent_id")},
  'validFrom', a.valid_from::text, 'validTo', a.valid_to::text,
  'aliases', (SELECT json_agg(json_build_object('name', name, 'language', language, 'validFrom', valid_from::text, 'validTo', valid_to::text)
     ORDER BY name COLLATE "C", language COLLATE "C" NULLS FIRST, valid_from NULLS FIRST, valid_to NULLS FIRST) FROM actor_alias WHERE actor_id = a.id),
  'offices', (SELECT json_agg(json_build_object('name', name, 'description', description) ORDER BY name COLLATE "C") FROM office WHERE jurisdiction_id = a.id),
  'tenures', (SELECT json_agg(json_build_object('id', ${ownKey("t")}, 'office', json_build_object('jurisdiction', ${actorRef("o.jurisdiction_id")}, 'name', o.name),
     'start', ${partialDate("t.start_date", "t.start_precision")},
     'startInferred', CASE WHEN t.start_inferred THEN true END, 'startApproximate', CASE WHEN t.start_approximate THEN true END,
     'end', ${partialDate("t.end_date", "t.end_precision")},
     'endInferred', CASE WHEN t.end_inferred THEN true END, 'endApproximate', CASE WHEN t.end_approximate THEN true END) ORDER BY ${ownKeyOrder("t")})
     FROM tenure t JOIN office o ON o.id = t.office_id WHERE t.holder_id = a.id)
  )) AS r FROM actor a JOIN x_actor_key k ON k.id = a.id ORDER BY k.scheme COLLATE "C", k.value COLLATE "C"`;

export const sourcesQuery = `SELECT json_strip_nulls(json_build_object('type', 'source', 'id', ${ownKey("s")}, 'kind', s.kind, 'title', s.title,
  'publisher', ${actorRef("s.publisher_id")},
  'authors', (SELECT json_agg(${actorRef("sa.actor_id")} ORDER BY sa.position, ${actorRefOrder("sa.actor_id")}) FROM source_author sa WHERE sa.source_id = s.id),
  'url', s.url, 'publishedOn', s.published_on::text, 'language', s.language, 'content', s.content)) AS r
  FROM source s ORDER BY ${ownKeyOrder("s")}`;

const statements = `(SELECT json_agg(json_build_object('id', ${ownKey("s")}, 'speaker', ${actorRef("s.speaker_id")}, 'kind', s.kind,
    'gist', s.gist, 'quote', s.quote,
    'topics', (SELECT json_agg(t.slug ORDER BY t.slug COLLATE "C") FROM statement_topic st JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = s.id),
    'mentions', (SELECT json_agg(${actorRef("m.actor_id")} ORDER BY ${actorRefOrder("m.actor_id")}) FROM statement_mention m WHERE m.statement_id = s.id),
    'citations', ${citations("ci.statement_id = s.id")}) ORDER BY s.position, ${ownKeyOrder("s")})
  FROM statement s WHERE s.engagement_id = e.id)`;

const items = (where: string) => `(SELECT json_agg(json_build_object('description', it.description,
    'quantity', trim_scale(it.quantity)::text, 'unit', it.unit, 'estimatedValue', trim_scale(it.estimated_value)::text,
    'currency', it.currency, 'valueAsReported', it.value_as_reported, 'valuationMethod', it.valuation_method,
    'valuationNote', it.valuation_note) ORDER BY it.position, it.id) FROM commitment_item it WHERE ${where})`;

/** One commitment as JSON, the fields of the record type given (`c`: the commitment row). */
/**
 * True when the commitment (alias) is in this export: its engagement is, or it is a standalone one that is.
 * A filtered export refers only to what it holds, so it imports on its own (x_*_order: exportRecords).
 */
const exported = (c: string) => `(EXISTS (SELECT 1 FROM x_engagement_order xo WHERE xo.id = ${c}.engagement_id)
  OR EXISTS (SELECT 1 FROM x_commitment_order xc WHERE xc.id = ${c}.id))`;

const commitmentJson = (head: string) => `json_build_object(${head}, 'committer', ${actorRef("c.committer_id")},
    'coCommitters', (SELECT json_agg(${actorRef("cc.actor_id")} ORDER BY cc.position) FROM commitment_co_committer cc WHERE cc.commitment_id = c.id),
    'beneficiary', ${actorRef("c.beneficiary_id")}, 'kind', c.kind, 'description', c.description, 'amount', trim_scale(c.amount)::text,
    'currency', c.currency, 'amountAsReported', c.amount_as_reported, 'periodStart', c.period_start::text, 'periodEnd', c.period_end::text,
    'status', c.status, 'madeOn', ${partialDate("c.made_on", "c.made_on_precision")},
    'madeOnInferred', CASE WHEN c.made_on_inferred THEN true END, 'madeOnApproximate', CASE WHEN c.made_on_approximate THEN true END,
    'instrument', c.instrument, 'concessional', c.concessional, 'channel', ${actorRef("c.channel_id")},
    'statement', (SELECT ${ownKey("ss")} FROM statement ss WHERE ss.id = c.statement_id),
    'history', (SELECT json_agg(json_build_object('status', h.status, 'effectiveOn', ${partialDate("h.effective_on", "h.effective_precision")},
       'effectiveOnInferred', CASE WHEN h.effective_inferred THEN true END,
       'effectiveOnApproximate', CASE WHEN h.effective_approximate THEN true END,
       'note', h.note) ORDER BY h.recorded_at, h.id) FROM commitment_status_change h WHERE h.commitment_id = c.id),
    'stages', (SELECT json_agg(json_build_object('kind', st.kind, 'amount', trim_scale(st.amount)::text, 'currency', st.currency,
       'amountAsReported', st.amount_as_reported, 'occurredOn', ${partialDate("st.occurred_on", "st.occurred_on_precision")},
       'occurredOnInferred', CASE WHEN st.occurred_on_inferred THEN true END,
       'occurredOnApproximate', CASE WHEN st.occurred_on_approximate THEN true END, 'provider', ${actorRef("st.provider_id")},
       'receiver', ${actorRef("st.receiver_id")}, 'note', st.note, 'items', ${items("it.stage_id = st.id")},
       'citations', ${citations("ci.commitment_stage_id = st.id")}) ORDER BY st.position) FROM commitment_stage st WHERE st.commitment_id = c.id),
    'items', ${items("it.commitment_id = c.id AND it.stage_id IS NULL")},
    'links', (SELECT json_agg(json_build_object('kind', l.kind, 'to', ${ownKey("tc")}) ORDER BY l.kind, ${ownKeyOrder("tc")})
       FROM commitment_link l JOIN commitment tc ON tc.id = l.to_id WHERE l.from_id = c.id AND ${exported("tc")}),
    'citations', ${citations("ci.commitment_id = c.id")})`;

const commitments = `(SELECT json_agg(${commitmentJson(`'id', ${ownKey("c")}`)} ORDER BY ${ownKeyOrder("c")})
  FROM commitment c WHERE c.engagement_id = e.id)`;

/** One page of the commitments of no engagement, in the order fixed by x_commitment_order. */
export const standaloneCommitmentsQuery = `SELECT json_strip_nulls(${commitmentJson(`'type', 'commitment', 'id', ${ownKey("c")}`)}) AS r
  FROM x_commitment_order o JOIN commitment c ON c.id = o.id WHERE o.rn > $1 AND o.rn <= $2 ORDER BY o.rn`;

/** One page of engagements, in the order fixed by x_engagement_order. */
export const engagementsQuery = `SELECT json_strip_nulls(json_build_object('type', 'engagement', 'id', ${ownKey("e")}, 'kind', e.kind,
  'status', e.status, 'title', e.title, 'summary', e.summary, 'start', ${partialDate("e.start_date", "e.start_precision")},
  'end', ${partialDate("e.end_date", "e.end_precision")}, 'dateInferred', CASE WHEN e.date_inferred THEN true END,
  'place', e.place, 'city', e.city, 'visitKind', e.visit_kind, 'country', ${actorRef("e.country_id")},
  'parent', (SELECT ${ownKey("pe")} FROM engagement pe WHERE pe.id = e.parent_id
     AND EXISTS (SELECT 1 FROM x_engagement_order xo WHERE xo.id = pe.id)),
  'participants', (SELECT json_agg(json_build_object('actor', ${actorRef("p.actor_id")}, 'role', p.role, 'represents', ${actorRef("p.represents_id")},
     'titleAsReported', p.title_as_reported) ORDER BY p.position, ${actorRefOrder("p.actor_id")}) FROM participant p WHERE p.engagement_id = e.id),
  'topics', (SELECT json_agg(t.slug ORDER BY t.slug COLLATE "C") FROM engagement_topic et JOIN topic t ON t.id = et.topic_id WHERE et.engagement_id = e.id),
  'citations', ${citations("ci.engagement_id = e.id")},
  'statements', ${statements},
  'commitments', ${commitments})) AS r
  FROM x_engagement_order o JOIN engagement e ON e.id = o.id WHERE o.rn > $1 AND o.rn <= $2 ORDER BY o.rn`;

/** The rates table, as `fxRate` records (reference data, like actors: in every export, filtered or not). */
export const fxRatesQuery = `SELECT json_strip_nulls(json_build_object('type', 'fxRate', 'base', f.base, 'currency', f.currency,
  'date', f.rate_date::text, 'rate', trim_scale(f.rate)::text, 'loadedFrom', f.loaded_from)) AS r
  FROM fx_rate f ORDER BY f.base COLLATE "C", f.currency COLLATE "C", f.rate_date`;
