import { organisationsAttended } from "./multilateral";
import { countryOfNationality, countryOfPlace } from "./people/nationalities";
import { type PersonMet, peopleMet } from "./people/people-met";
import { personKey } from "./people/person-key";
import type { Trip } from "./read-trips";

/** A person a trip met, filed under the country they belong to ("" when the remark does not tell). */
export type TripPerson = PersonMet & { key: string; countryId: string };

/**
 * The people a trip's remarks say the traveller met: of the country a nationality word or the place after
 * the name ("of Jordan") names, else of
 * the host, except at a multilateral meeting, where the host's country is not theirs to assume.
 */
export function tripPeople(t: Trip): TripPerson[] {
  if (!t.countryId && !t.country) return [];
  const summit = organisationsAttended(t.remarks).length > 0;
  return peopleMet(t.remarks).map((p) => {
    const named = p.nationality
      ? countryOfNationality(p.nationality, t.start)
      : p.of
        ? countryOfPlace(p.of, t.start)
        : "";
    const countryId = named || (summit ? "" : t.countryId);
    return { ...p, countryId, key: personKey(countryId, p.name, p.title, t.start) };
  });
}
