import { nameWords } from "./person-names";
import { slug } from "./slug";

export { slug };

/**
 * The hsg-met identifier's value of a person named in the records: the country filed under, then the
 * name. A name of one word is written with its title and the decade of the record, as one word names
 * different people in different offices and eras ("King Faisal" in 1966-1975 and "Foreign Minister
 * Faisal" in 2024, "President Kenyatta" in 1978 and in 2014: saudi-arabia/king-faisal-1970s,
 * kenya/president-kenyatta-2010s); one-word-names.ts says which of them are one person.
 */
export const personKey = (countryId: string, name: string, title = "", date = "") => {
  const oneWord = title && nameWords(name).length <= 1;
  const decade = oneWord && /^\d{3}/.test(date) ? ` ${date.slice(0, 3)}0s` : "";
  return `${countryId || "unknown"}/${slug(oneWord ? `${title} ${name}${decade}` : name)}`;
};
