// The Office of the Historian's country ids (as they appear in the travel records) mapped to ISO 3166-1
// alpha-2. null: a known id with no current ISO code (a state that no longer exists, a territory); it is
// identified by hsg-country only. Ids absent from this table are reported as unknown.
export const hsgCountryToIso: Readonly<Record<string, string | null>> = {
  afghanistan: "AF", albania: "AL", algeria: "DZ", angola: "AO", antarctica: "AQ", argentina: "AR", armenia: "AM",
  australia: "AU", austria: "AT", azerbaijan: "AZ", bahamas: "BS", bahrain: "BH", bangladesh: "BD", barbados: "BB",
  belarus: "BY", belgium: "BE", benin: "BJ", bolivia: "BO", "bosnia-herzegovina": "BA", botswana: "BW", brazil: "BR",
  brunei: "BN", bulgaria: "BG", burma: "MM", cambodia: "KH", cameroon: "CM", canada: "CA", "cape-verde": "CV", chad: "TD",
  chile: "CL", china: "CN", colombia: "CO", "congo-democratic-republic": "CD", "congo-kinshasa": "CD", "cook-islands": "CK",
  "costa-rica": "CR", "cote-divoire": "CI", croatia: "HR", cuba: "CU", cyprus: "CY", "czech-republic": "CZ", czechia: "CZ",
  czechoslovakia: null, denmark: "DK", djibouti: "DJ", "dominican-republic": "DO", ecuador: "EC", egypt: "EG",
  "el-salvador": "SV", estonia: "EE", ethiopia: "ET", fiji: "FJ", finland: "FI", france: "FR", gabon: "GA", georgia: "GE",
  "german-democratic-republic": null, germany: "DE", ghana: "GH", greece: "GR", grenada: "GD", guatemala: "GT", guinea: "GN",
  guyana: "GY", haiti: "HT", "holy-see": "VA", honduras: "HN", hungary: "HU", iceland: "IS", india: "IN", indonesia: "ID",
  iran: "IR", iraq: "IQ", ireland: "IE", israel: "IL", italy: "IT", jamaica: "JM", japan: "JP", jordan: "JO",
  kazakhstan: "KZ", kenya: "KE", "korea-north": "KP", "korea-south": "KR", kosovo: "XK", kuwait: "KW", kyrgyzstan: "KG",
  laos: "LA", latvia: "LV", lebanon: "LB", liberia: "LR", libya: "LY", lithuania: "LT", luxembourg: "LU", macedonia: "MK",
  "north-macedonia": "MK", malawi: "MW", malaysia: "MY", maldives: "MV", mali: "ML", malta: "MT", "marshall-islands": "MH",
  mauritius: "MU", mexico: "MX", micronesia: "FM", moldova: "MD", mongolia: "MN", montenegro: "ME", morocco: "MA",
  namibia: "NA", nepal: "NP", netherlands: "NL", "netherlands-antilles": null, "new-zealand": "NZ", nicaragua: "NI",
  niger: "NE", nigeria: "NG", norway: "NO", oman: "OM", pakistan: "PK", palau: "PW", "palestinian-authority": "PS",
  panama: "PA", "papua-new-guinea": "PG", paraguay: "PY", peru: "PE", philippines: "PH", poland: "PL", portugal: "PT",
  qatar: "QA", romania: "RO", russia: "RU", rwanda: "RW", "saint-lucia": "LC", samoa: "WS", "saudi-arabia": "SA",
  senegal: "SN", serbia: "RS", "sierra-leone": "SL", singapore: "SG", slovakia: "SK", slovenia: "SI", "solomon-islands": "SB",
  somalia: "SO", "south-africa": "ZA", "south-sudan": "SS", spain: "ES", "sri-lanka": "LK", sudan: "SD", suriname: "SR",
  sweden: "SE", switzerland: "CH", syria: "SY", taiwan: "TW", tajikistan: "TJ", tanzania: "TZ", thailand: "TH",
  "timor-leste": "TL", togo: "TG", tonga: "TO", "trinidad-and-tobago": "TT", tunisia: "TN", turkey: "TR", turkiye: "TR",
  turkmenistan: "TM", uganda: "UG", ukraine: "UA", "united-arab-emirates": "AE", "united-kingdom": "GB", uruguay: "UY",
  uzbekistan: "UZ", venezuela: "VE", vietnam: "VN", "west-bank": null, yemen: "YE", yugoslavia: null, zambia: "ZM",
  zimbabwe: "ZW", usa: "US", "united-states": "US",
};

/** The scheme of the Department's country ids, and of ISO 3166-1 alpha-2 codes. */
export const hsgCountryScheme = "hsg-country";
export const isoScheme = "iso3166-1-alpha2";
