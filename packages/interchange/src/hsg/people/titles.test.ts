import { splitTitle, titleWords } from "./titles";
import { visitorsOf } from "./visitors";

describe("titles before a name", () => {
  it.each(titleWords.map((t) => [t]))("%s Firstname Lastname: the whole title, then the name", (title) => {
    expect(splitTitle(`${title} Firstname Lastname`)).toEqual({ title, name: "Firstname Lastname" });
  });

  it.each([
    ["General Secretary Brezhnev", "General Secretary", "Brezhnev"],
    ["Prime Minister Sir Robert Menzies", "Prime Minister", "Robert Menzies"],
    ["Governor General Lord Tweedsmuir", "Governor General", "Tweedsmuir"],
    ["Acting President Arpad Goncz", "Acting President", "Arpad Goncz"],
    ["President- elect Ernesto Zedillo Ponce de Leon", "President- elect", "Ernesto Zedillo Ponce de Leon"],
    ["Prime Minister-Prince Norodom Kantol", "Prime Minister-Prince", "Norodom Kantol"],
    ["Premier and Prince Sihanouk", "Premier and Prince", "Sihanouk"],
    ["Prime Minister Mackenzie King", "Prime Minister", "Mackenzie King"],
    ["Prime Minister Shah", "Prime Minister", "Shah"],
    ["Kyriakos Mitsotakis", "", "Kyriakos Mitsotakis"],
    // An office the table does not list, ended by a noun of offices.
    ["Chief Adviser Fakhruddin Ahmed", "Chief Adviser", "Fakhruddin Ahmed"],
    ["Captain Regent Gian Franco Terenzi", "Captain Regent", "Gian Franco Terenzi"],
    ["Co-Regent Firstname Lastname", "Co-Regent", "Firstname Lastname"],
    ["Fakhruddin Ahmed", "", "Fakhruddin Ahmed"],
    // A title to come, a body or a country the title is of, a body or nationality before it.
    ["Chancellor-elect Gerhard Schroeder", "Chancellor-elect", "Gerhard Schroeder"],
    [
      "President of the Council of Ministers Hussain Mohammad Ershad",
      "President of the Council of Ministers",
      "Hussain Mohammad Ershad",
    ],
    [
      "President of the European Commission Jean-Claude Juncker",
      "President of the European Commission",
      "Jean-Claude Juncker",
    ],
    ["Secretary General of the United Nations Kofi Annan", "Secretary General of the United Nations", "Kofi Annan"],
    ["President of Mexico Vicente Fox", "President of Mexico", "Vicente Fox"],
    ["NATO Secretary General Jens Stoltenberg", "NATO Secretary General", "Jens Stoltenberg"],
    ["European Council President Donald Tusk", "European Council President", "Donald Tusk"],
    ["Afghan President Hamid Karzai", "Afghan President", "Hamid Karzai"],
    ["State Counselor Aung San Suu Kyi", "State Counselor", "Aung San Suu Kyi"],
    ["William Lyon Mackenzie King", "", "William Lyon Mackenzie King"],
  ])("%s", (text, title, name) => {
    expect(splitTitle(text)).toEqual({ title, name });
  });

  it("splits a list of visitors only when every part has a title and a name", () => {
    expect(visitorsOf("President Francesco Cossiga and Prime Minister Giulio Andreotti")).toEqual([
      { title: "President", name: "Francesco Cossiga" },
      { title: "Prime Minister", name: "Giulio Andreotti" },
    ]);
    expect(visitorsOf("President Anwar Sadat, Prime Minister Mustafa Khalil")).toHaveLength(2);
    expect(visitorsOf("Premier & Prince Sihanouk")).toEqual([{ title: "Premier & Prince", name: "Sihanouk" }]);
    expect(visitorsOf("")).toEqual([]);
    // A spouse named with an honorific is a visitor too.
    expect(visitorsOf("Prime Minister Shinzo Abe and Mrs. Akie Abe")).toEqual([
      { title: "Prime Minister", name: "Shinzo Abe" },
      { title: "Mrs.", name: "Akie Abe" },
    ]);
  });
});
