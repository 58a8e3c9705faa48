// A sample for the meetings of no known organisation (named-meetings.ts), labelled by hand with the
// meeting's name, or null where the text attends none of its own (bilateral talks, a meeting with no
// name, one of an organisation the table knows). The first 50 were drawn at random (seed 16) from the
// texts of both data sets that write a meeting word and attend no known organisation's meeting, and
// labelled before the rules were written; the rest are traps picked for a rule.

export const labelledNames: [string, string | null][] = [
  [
    "Attended a Gulf Cooperation Council Summit Meeting with President Obama.",
    "Gulf Cooperation Council Summit Meeting",
  ],
  ["Attended a Quartet meeting.", "Quartet meeting"],
  ["Informal meeting with President Bush at Kennebunkport, Me.", null],
  ["Met with President Bush during a U.N. Security Council Summit in New York City.", null],
  ["Attended Central American Summit Meeting.", "Central American Summit Meeting"],
  [
    "Attended the 8th Meeting of Consultation of the American Foreign Ministers.",
    "Meeting of Consultation of the American Foreign Ministers",
  ],
  ["Accompanied President Reagan to a meeting with President de la Madrid.", null],
  ["Met with President Bush while attending a U.N. Security Council Summit in New York City.", null],
  ["Attended Drug Summit in San Antonio, Texas.", "Drug Summit"],
  ["Accompanied President Clinton to a Summit meeting.", null],
  ["Met with President Nixon in New York City while attending a U.N. General Assembly session.", null],
  ["Led Canadian delegation to the United Nations Conference in San Francisco.", null],
  ["Took part in U.S.-European Community meeting.", null],
  [
    "State Visit. Addressed a joint meeting of Congress June 17. Also visited Annapolis, Md. Afterwards visited Wichita, Kans.",
    null,
  ],
  ["Attended the 7th meeting of the U.S.-Mexico Binati.", null],
  ["Informal meeting with President Bush at Kennebunkport, Me.", null],
  ["Private visit to Washington while attending session of the U.N. General Assembly.", null],
  ["Discussed the Bosnian conflict with President Clinton at the U.N. General Assembly.", null],
  ["Met with President Clinton at the U.N. General Assembly in New York City.", null],
  [
    "Accompanied President Bush to Drug Summit Meeting with the Presidents of Colombia, Bolivia, and Peru.",
    "Drug Summit Meeting",
  ],
  ["Attended the Australia – U.S. Ministerial Consultations and held bilateral meetings.", null],
  ["Met with President Clinton during a meeting of the United Nations General Assembly in New York City.", null],
  ["Attended the Japanese Peace Conference in San Francisco.", "Japanese Peace Conference"],
  ["Attended the Fourth Syria Donors Conference.", "Syria Donors Conference"],
  ["Attended UN disarmament conference.", null],
  [
    "Attended the International Support Conference for Afghanistan.",
    "International Support Conference for Afghanistan",
  ],
  ["Attended Second Session of the Council of Foreign Ministers.", "Council of Foreign Ministers"],
  ["Attended the International Conference for Afghanistan.", "International Conference for Afghanistan"],
  [
    "State visit. Addressed Joint Session of U.S. Congress October 5. Visited Philadelphia, St. Louis, El Paso, Dallas, the Grand Canyon, Las Vegas, Seattle, New York City City, and New Haven. Departed U.S. October 14.",
    null,
  ],
  [
    "Met with Prime Minister Sharon and senior Israeli officials; attended a Quartet working group meeting.",
    "Quartet working group meeting",
  ],
  ["Attended Council of Foreign Ministers meeting.", "Council of Foreign Ministers meeting"],
  ["Accompanied President Clinton to a meeting with Chairman Shushkevich.", null],
  [
    "Accompanied President Bush to a meeting with Soviet President Gorbachev and to the opening session of the Middle East Peace Conference.",
    "Middle East Peace Conference",
  ],
  ["Accompanied President Bush to a meeting with the Presidents of the Baltic States.", null],
  ["Attended the second Our Ocean Conference.", "Our Ocean Conference"],
  ["Accompanied President Bush to a Summit Meeting.", null],
  [
    "Attended the opening of the International Conference on Cambodia. Also met with Soviet Foreign Minister Shevardnadze.",
    "International Conference on Cambodia",
  ],
  ["Accompanied President Bush to meeting with Chancellor Schroeder.", null],
  ["Attended Australia-U.S. Ministerial Meeting.", null],
  [
    "Informal meeting with President Eisenhower. In U.S. October 11–30, led Moroccan delegation to the UN General Assembly, and visited Knoxville (Tennessee), Dallas, Phoenix (Arizona), Los Angeles, Detroit (Michigan), and Niagara Falls (New York).",
    null,
  ],
  [
    "Attended the 28th Session of the UN Human Rights Commission and met with Russian Foreign Minister Sergei Lavrov. Met with Iranian Foreign Minister Mohammed Javad Zarif in Montreux.",
    "UN Human Rights Commission",
  ],
  ["Attended Drug Summit in San Antonio, Texas.", "Drug Summit"],
  ["Attended the World Economic Forum.", "World Economic Forum"],
  [
    "Accompanied President Clinton to a U.S.-Caribbean Community Summit Meeting.",
    "U.S.-Caribbean Community Summit Meeting",
  ],
  ["Accompanied President Clinton to a meeting with King Fahd.", null],
  ["Attended the Arctic Council Ministerial meeting.", "Arctic Council Ministerial meeting"],
  ["Met with President Bush at the U.N. General Assembly.", null],
  [
    "Attended a Middle East Quartet Foreign Ministers’ meeting and the London Conference on Afghanistan.",
    "Middle East Quartet Foreign Ministers’ meeting",
  ],
  ["Accompanied President Clinton to a meeting with the Amir of Kuwait.", null],
  [
    "Attended meeting with the Presidents of Serbia and Croatia, and the Acting President of Bosnia; and addressed the Conference on Disarmament.",
    null,
  ],
  // Traps, each for a rule.
  ["Attended the Nuclear Security Summit.", "Nuclear Security Summit"],
  ["Accompanied President Obama to the Nuclear Security Summit in Seoul.", "Nuclear Security Summit"],
  ["Attended a Chiefs of Mission conference.", null],
  ["Attended U.S.-Soviet Summit Meeting.", null],
  ["Attended a U.S.-ROK Foreign and Defense Ministerial and met with Foreign Minister Chung Eui-yong.", null],
  ["Attended a meeting of the U.S.-Japan Committee on Trade and Economic Affairs.", null],
  ["Attended NATO Ministerial Meeting.", null],
  ["Attended funeral of President Kennedy.", null],
  ["Attended the inauguration of President Menem.", null],
  ["Ministerial Conference. Met with the Indonesian Human Rights Commission.", null],
  ["Attended a Ministerial Meeting on Libya.", "Ministerial Meeting on Libya"],
  ["Attended the 48th Munich Security Conference.", "Munich Security Conference"],
  ["Attended the East Asia Summit and the Lower Mekong Initiative meetings.", "East Asia Summit"],
  ["Attended the Middle East and North Africa Economic Summit.", "Middle East and North Africa Economic Summit"],
  ["Participated in the Eleventh Ministerial Meeting of the Arctic Council.", "Arctic Council"],
  ["Informal visit after attending Conference of Nonaligned Nations in Belgrade.", null],
];
