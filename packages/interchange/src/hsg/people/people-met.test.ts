import { peopleMet } from "./people-met";

describe("the people a remark says were met", () => {
  it.each([
    ["Met with President Heuss and Chancellor Adenauer.", ["President Heuss", "Chancellor Adenauer"]],
    // The last item runs on into the sentence: the phrase is not part of the name.
    [
      "Met with Prime Minister Heath and Foreign Secretary Douglas-Home en route to the airport.",
      ["Prime Minister Heath", "Foreign Secretary Douglas-Home"],
    ],
    ["Met with King Abdullah II of Jordan.", ["King Abdullah II"]],
    ["Met with President Abdel Fattah al-Sisi.", ["President Abdel Fattah al-Sisi"]],
    // A particle inside the name is kept.
    ["Met with President Ernesto Zedillo Ponce de Leon.", ["President Ernesto Zedillo Ponce de Leon"]],
    ["Met with Prime Minister X and attended the summit.", ["Prime Minister X"]],
    // Anything that is not a title and a name leaves the remark as text.
    ["Met with senior Chinese officials.", []],
    ["Met with the Prime Minister and Foreign Secretary Home.", []],
  ])("%s", (remark, people) => {
    expect(peopleMet(remark).map((p) => `${p.title} ${p.name}`)).toEqual(people);
  });

  it("keeps the place after a name, which may name the person's country", () => {
    expect(peopleMet("Met with King Abdullah II of Jordan and Prime Minister Blair.")).toEqual([
      { title: "King", name: "Abdullah II", of: "Jordan" },
      { title: "Prime Minister", name: "Blair" },
    ]);
  });
});
