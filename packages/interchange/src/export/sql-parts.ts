// SQL fragments that build interchange records as JSON inside PostgreSQL, so one query yields a page.

/** A date at its precision: "2024", "2025-04" or "2025-04-02". */
export const partialDate = (date: string, precision: string) =>
  `CASE ${precision} WHEN 'YEAR' THEN to_char(${date}, 'YYYY') WHEN 'MONTH' THEN to_char(${date}, 'YYYY-MM') ELSE to_char(${date}, 'YYYY-MM-DD') END`;

/** The external id of a row, or accord:<uuid> for rows without one (stable across exports). */
export const ownKey = (alias: string) =>
  `json_build_object('scheme', coalesce(${alias}.external_scheme, 'accord'), 'value', coalesce(${alias}.external_value, ${alias}.id::text))`;
export const ownKeyOrder = (alias: string) =>
  `coalesce(${alias}.external_scheme, 'accord') COLLATE "C", coalesce(${alias}.external_value, ${alias}.id::text) COLLATE "C"`;

/** An actor reference: its first identifier (x_actor_key is built at the start of an export). */
export const actorRef = (id: string) =>
  `(SELECT json_build_object('scheme', k.scheme, 'value', k.value) FROM x_actor_key k WHERE k.id = ${id})`;
export const actorRefOrder = (id: string) =>
  `(SELECT k.scheme || ':' || k.value FROM x_actor_key k WHERE k.id = ${id}) COLLATE "C"`;

export const createActorKeys = `CREATE TEMP TABLE x_actor_key ON COMMIT DROP AS
  SELECT a.id, coalesce(k.scheme, 'accord') AS scheme, coalesce(k.value, a.id::text) AS value FROM actor a
  LEFT JOIN LATERAL (SELECT scheme, value FROM actor_identifier i WHERE i.actor_id = a.id
    ORDER BY scheme COLLATE "C", value COLLATE "C" LIMIT 1) k ON true`;

export const citations = (
  where: string,
) => `(SELECT json_agg(json_build_object('source', ${ownKey("src")}, 'quote', ci.quote,
    'startOffset', ci.start_offset, 'endOffset', ci.end_offset, 'locator', ci.locator)
    ORDER BY ${ownKeyOrder("src")}, ci.start_offset NULLS FIRST, ci.end_offset NULLS FIRST, ci.locator COLLATE "C" NULLS FIRST, ci.quote COLLATE "C" NULLS FIRST)
  FROM citation ci JOIN source src ON src.id = ci.source_id WHERE ${where})`;
