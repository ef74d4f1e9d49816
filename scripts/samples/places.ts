/** Administrative units and places: names, the units of a dataset, points around a place. */
import { round } from "./dates.js";
import { must, type Rng } from "./rng.js";
import type { CityPlace, Place, Unit } from "./types.js";

export const shortName = (name: string) => name.replace(/^(Xã|Phường|Thị trấn) /, "");
export const lowerType = (name: string) =>
  name.replace(/^(Xã|Phường|Thị trấn)/, (word) => word.toLowerCase());
/** "thôn 3" or "khối phố 7" from "Thôn 3" or "Khối phố 7", to write inside a name. */
export const lowerVillage = (village: string) =>
  village.replace(/^(Thôn|Khối phố)/, (word) => word.toLowerCase());
export const policeOf = (place: Place) => `Công an ${lowerType(place.name)}`;

/** Fills a template: {c} the commune ("xã Xuân Sinh"), {s} its short name, {v} the village. */
export function fill(template: string, place: Place, village: string): string {
  return template
    .replace("{c}", lowerType(place.name))
    .replace("{s}", shortName(place.name))
    .replace("{v}", village);
}

/** Each unit code repeated as many times as it is counted: [["20398", 2]] → two "20398". */
export const repeatUnits = (counts: readonly (readonly [string, number])[]) =>
  counts.flatMap(([code, n]) => Array<string>(n).fill(code));

export const villagesOf = (word: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${word} ${i + 1}`);

export function communeUnits(
  places: readonly Place[],
  parentCode: string,
  validTo: string,
): Unit[] {
  return places.map((place) => ({
    code: place.code,
    name: place.name,
    level: "commune",
    type: place.type,
    parentCode,
    validTo,
  }));
}

export function jitter(rng: Rng, place: Place, spread: number) {
  return {
    lat: round(place.lat + (rng.next() * 2 - 1) * spread, 5),
    lng: round(place.lng + (rng.next() * 2 - 1) * spread, 5),
  };
}

/**
 * A row of a city's table of places: code, name, latitude, longitude, and its villages
 * (a list of names, or how many, numbered "Thôn 1" or "Khối phố 1" and on).
 */
export type CityPlaceRow = readonly [string, string, number, number, readonly string[] | number];

/**
 * A place from its row; numbered villages are called by `word` for the type of place
 * ("Khối phố" in a ward and "Thôn" elsewhere, unless told otherwise).
 */
export function cityPlace(
  [code, name, lat, lng, villages]: CityPlaceRow,
  word: (type: Place["type"]) => string = (type) => (type === "ward" ? "Khối phố" : "Thôn"),
): CityPlace {
  const type = name.startsWith("Phường")
    ? "ward"
    : name.startsWith("Thị trấn")
      ? "township"
      : "commune";
  return {
    code,
    name,
    type,
    lat,
    lng,
    villages: typeof villages === "number" ? villagesOf(word(type), villages) : villages,
  };
}

/** Finds a place of a table by its code. */
export const finder =
  (places: readonly Place[]) =>
  <P extends Place>(code: string): P =>
    must(places.find((p) => p.code === code) as P | undefined, `place ${code}`);

/** The area of a city dataset: its province and city, and when their codes stopped. */
export interface CityArea {
  readonly province: { readonly code: string; readonly name: string };
  readonly city: { readonly code: string; readonly name: string };
  readonly validTo: string;
}

/**
 * The units of a city dataset: the province, the city (a provincial city), its wards and
 * communes, and the villages of one commune that records need.
 */
export function cityUnits(
  { province, city, validTo }: CityArea,
  places: readonly Place[],
  villageParent: string,
  villages: readonly { readonly slug: string; readonly village: string }[],
): Unit[] {
  return [
    { code: province.code, name: province.name, level: "province", type: "province", validTo },
    {
      code: city.code,
      name: city.name,
      level: "district",
      type: "provincial-city",
      parentCode: province.code,
      validTo,
    },
    ...communeUnits(places, city.code, validTo),
    ...villages.map(
      (v): Unit => ({
        code: `${villageParent}.${v.slug}`,
        name: v.village,
        level: "village",
        type: "village",
        parentCode: villageParent,
        validTo,
      }),
    ),
  ];
}
