import { visitKindOf } from "./visit-kind";

describe("the kind of a visit", () => {
  it.each([
    ["Official working visit.", "official working"],
    ["Met with President Clinton during a private visit.", "private"],
    ["State Visit. State dinner.", "state"],
    // Kinds the list does not name, as a later file may write them, and words that name none.
    ["Transit visit; stopped in New York.", "transit"],
    ["Good will visit.", "good will"],
    ["A visit to the United Nations.", undefined],
    ["Attended the United Nations General Assembly.", undefined],
  ])("%s", (description, kind) => {
    expect(visitKindOf(description)).toBe(kind);
  });
});
