// Hash routes: the API serves one page at /, and every view is addressable without a server route of its own.
const part = (id: string) => encodeURIComponent(id);

export const links = {
  home: () => "#/",
  actor: (id: string) => `#/actor/${part(id)}`,
  engagement: (id: string) => `#/engagement/${part(id)}`,
  citation: (id: string) => `#/citation/${part(id)}`,
  commitments: (committer: string | null, beneficiary: string | null, currency: string) =>
    `#/commitments/${part(committer ?? "-")}/${part(beneficiary ?? "-")}/${part(currency)}`,
};
