/** Lower case, accents stripped, words joined by "-". */
export const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The hsg-met identifier's value of a person named in the records: the country filed under, then the name. */
export const personKey = (countryId: string, name: string) => `${countryId || "unknown"}/${slug(name)}`;
