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
  });
});
