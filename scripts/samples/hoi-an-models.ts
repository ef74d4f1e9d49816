/**
 * Hội An's models and their sites: the one-of-a-kind models of the data table, the common
 * ones placed in mainland communes, the fire-safety sites replicated in 2023 and the
 * public fire points.
 */
import { pad, randomDate } from "./dates.js";
import {
  CITY,
  COMMON,
  COMMON_LAUNCHES,
  FIRE_POINTS,
  FIRE_SAFETY,
  type HaModel,
  MINH_AN,
  MODEL_RECORDS,
  MODELS,
  NAMES,
  PLACES,
  SCHOOLS,
  STREETS,
  TAN_HIEP,
  WARDS_ONLY,
} from "./hoi-an-data.js";
import { cityPlace, finder, lowerType, lowerVillage, repeatUnits, shortName } from "./places.js";
import { check, must, type Rng } from "./rng.js";
import type { CityPlace, Model, Site } from "./types.js";

export const HA_PLACES: readonly CityPlace[] = PLACES.map((row) => cityPlace(row));
export const haPlace = finder(HA_PLACES)<CityPlace>;

/** The fixed models, then the common ones, each placed in a mainland commune. */
function hoiAnModels(rng: Rng): HaModel[] {
  const models: HaModel[] = [...MODELS];
  const mainland = HA_PLACES.filter((p) => p.code !== TAN_HIEP);
  let school = 0;
  for (const [stem, kind, count, siteKind, customKindName] of COMMON) {
    const candidates = mainland.filter(
      (p) =>
        (!WARDS_ONLY.includes(stem) || p.type === "ward") &&
        !models.some((m) => m.kind === kind && m.unit === p.code && siteKind !== "village"),
    );
    const places = rng.sample(candidates, count);
    for (const place of places) {
      const village = lowerVillage(rng.pick(place.villages));
      const name =
        kind === "safe-school-gate"
          ? `${stem} ${SCHOOLS[school++]}`
          : siteKind === "village"
            ? `${stem} ${village}, ${lowerType(place.name)}`
            : `${stem} ${lowerType(place.name)}`;
      models.push({
        name,
        kind,
        ...(customKindName !== undefined ? { customKindName } : {}),
        ...(kind === "safe-school-gate" ? { siteName: name.replace(`${stem} `, "") } : {}),
        unit:
          kind === "safe-school-gate"
            ? must(
                HA_PLACES.find((p) => name.includes(shortName(p.name))) ?? haPlace(MINH_AN),
                "school's ward",
              ).code
            : place.code,
        launchedOn: randomDate(rng, ...COMMON_LAUNCHES),
        siteKind,
      });
    }
  }
  return models;
}

/** "Khối phố 5" from "Tổ tự quản về ANTT khối phố 5, phường Thanh Hà". */
function villageOfName(name: string): string {
  const match = /((?:thôn|khối phố) [^,]+),/.exec(name);
  const village = must(match?.[1], `village in ${name}`);
  return village.charAt(0).toUpperCase() + village.slice(1);
}

export interface HaModels {
  models: Model[];
  sites: Site[];
  modelOf: (name: string, unit?: string) => Model;
  /** The first site of a model (where it was launched). */
  siteOf: (modelId: string) => Site;
  /** The fire-safety model's site in each ward. */
  fireSites: Map<string, Site>;
}

export function haModels(rng: Rng): HaModels {
  const specs = hoiAnModels(rng).sort((a, b) =>
    `${a.launchedOn}|${a.name}` < `${b.launchedOn}|${b.name}` ? -1 : 1,
  );
  check(specs.length === MODEL_RECORDS, `Hội An has ${MODEL_RECORDS} model records`);
  const models: Model[] = specs.map((m, i) => ({
    id: `ha-mh-${pad(i + 1, 2)}`,
    name: m.name,
    kind: m.kind,
    ...(m.customKindName !== undefined ? { customKindName: m.customKindName } : {}),
    unitCode: m.unit,
    launchedOn: m.launchedOn,
    status: m.ended ? "ended" : "active",
    ...(m.ended ? { endedOn: m.ended.on, endReason: m.ended.reason } : {}),
    ...(m.participants ? { participants: structuredClone(m.participants) } : {}),
    ...(m.description !== undefined ? { description: m.description } : {}),
  }));
  const modelOf = (name: string, unit?: string) =>
    must(
      models.find((m) => m.name === name && (unit === undefined || m.unitCode === unit)),
      `model ${name}`,
    );

  // Sites: where each model was launched; the fire-safety model and the public fire
  // points replicated in 2023.
  const sites: Site[] = [];
  const nextId = () => `ha-site-${pad(sites.length + 1, 3)}`;
  for (const [i, m] of models.entries()) {
    const spec = specs[i] as HaModel;
    const unit = m.unitCode === CITY ? MINH_AN : m.unitCode;
    sites.push({
      id: nextId(),
      modelId: m.id,
      unitCode: unit,
      name:
        spec.siteName ??
        (spec.kind === "public-fire-point"
          ? FIRE_POINTS.first
          : spec.siteKind === "village"
            ? villageOfName(m.name)
            : haPlace(unit).name),
      kind: spec.kind === "fire-safety-households" ? "commune" : spec.siteKind,
      launchedOn: m.launchedOn as string,
      status: m.status,
      ...(m.endedOn !== undefined ? { endedOn: m.endedOn, endReason: m.endReason as string } : {}),
    });
  }
  const siteOf = (modelId: string) =>
    must(
      sites.find((s) => s.modelId === modelId && s.replicatedFromSiteId === undefined),
      "site",
    );
  const replicate = (
    base: Site,
    unitCode: string,
    name: string,
    kind: Site["kind"],
    launchedOn: string,
  ): Site => {
    const site: Site = {
      id: nextId(),
      modelId: base.modelId,
      unitCode,
      name,
      kind,
      launchedOn,
      status: "active",
      replicatedFromSiteId: base.id,
    };
    sites.push(site);
    return site;
  };

  const fireBase = siteOf(modelOf(NAMES.fireSafety).id);
  const fireSites = new Map<string, Site>([[MINH_AN, fireBase]]);
  for (const [unit, launchedOn] of FIRE_SAFETY.replicated) {
    fireSites.set(unit, replicate(fireBase, unit, haPlace(unit).name, "commune", launchedOn));
  }
  const pointBase = siteOf(modelOf(NAMES.firePoint).id);
  const streets = rng.shuffle(STREETS);
  repeatUnits(FIRE_POINTS.replicated).forEach((unit, i) => {
    replicate(
      pointBase,
      unit,
      `${NAMES.firePoint} kiệt ${rng.int(8, 160)} ${streets[i % streets.length]}`,
      "village",
      randomDate(rng, ...FIRE_POINTS.launches),
    );
  });
  return { models, sites, modelOf, siteOf, fireSites };
}
