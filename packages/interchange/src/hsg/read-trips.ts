import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";

/** One <trip> of a travels file, as written (text trimmed, inner whitespace collapsed). */
export type Trip = {
  file: string;
  line: number;
  id: string;
  who: string;
  role: string;
  name: string;
  start: string;
  end: string;
  countryId: string;
  country: string;
  locale: string;
  remarks: string;
};

const fields: Record<string, keyof Trip> = {
  id: "id",
  role: "role",
  name: "name",
  "start-date": "start",
  "end-date": "end",
  country: "country",
  locale: "locale",
  remarks: "remarks",
};

const blankTrip = (file: string, line: number, attributes: Record<string, string>): Trip => ({
  file,
  line,
  id: "",
  who: attributes.who ?? "",
  role: attributes.role ?? "",
  name: "",
  start: "",
  end: "",
  countryId: "",
  country: "",
  locale: "",
  remarks: "",
});

/** Streams the trips of one file with a SAX parser: the file is never held whole. */
export async function* readTrips(path: string, file: string): AsyncGenerator<Trip> {
  const parser = new SaxesParser({ position: true });
  const ready: Trip[] = [];
  let trip: Trip | null = null;
  let field: keyof Trip | null = null;
  let text = "";
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === "trip") trip = blankTrip(file, parser.line, attributes);
    else if (trip && fields[tag.name]) {
      field = fields[tag.name] ?? null;
      text = "";
      if (tag.name === "country") trip.countryId = attributes.id ?? "";
    }
  });
  parser.on("text", (t) => {
    if (field) text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "trip" && trip) {
      ready.push(trip);
      trip = null;
    } else if (trip && field && fields[tag.name] === field) {
      (trip as Record<keyof Trip, unknown>)[field] = text.replace(/\s+/g, " ").trim();
      field = null;
    }
  });
  for await (const chunk of createReadStream(path, { encoding: "utf8" })) {
    parser.write(chunk as string);
    yield* ready.splice(0);
  }
  parser.close();
  yield* ready.splice(0);
}
