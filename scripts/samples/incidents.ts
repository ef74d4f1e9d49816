/**
 * Incidents and extractions: the legal class of a category, the harm an incident did, the
 * record written from a draft, and the incidents and extractions of the city datasets.
 */
import { DEFAULT_LEGAL_CLASS } from "../../src/incidents/index.js";
import { DAMAGE, DESCRIPTIONS, HOURS, ONE_VICTIM, SUSPECTS } from "./categories.js";
import { addDays, at, dateOfInstant, dateOfTime, iso, maxDate, randomDate } from "./dates.js";
import { jitter, lowerType, policeOf } from "./places.js";
import { must, type Rng } from "./rng.js";
import type {
  ActivityOf,
  Camera,
  Category,
  CityPlace,
  Extraction,
  Incident,
  IncidentDraft,
  Place,
} from "./types.js";

/** Whether a category is criminal (phạm pháp hình sự) by the library's default legal class. */
export const isCriminal = (category: Category) => DEFAULT_LEGAL_CLASS[category] === "criminal";

/** A time on a date in the hours incidents of a category happen. */
export const timeOfDay = (rng: Rng, category: Category, date: string) => {
  const [start, length] = HOURS[category];
  return at(date, start) + rng.int(0, length * 60 - 1);
};

/** A description of an incident of a category in a village of a place. */
export const describe = (rng: Rng, category: Category, village: string, place: Place) =>
  rng.pick(DESCRIPTIONS[category]).replace("{v}", `${village}, ${lowerType(place.name)}`);

/**
 * Writes the damage and the victims of an incident on its draft; with `injuries`, an
 * assault or a traffic accident has one or two victims.
 */
export function addHarm(rng: Rng, draft: IncidentDraft, injuries: boolean): void {
  const damage = DAMAGE[draft.category];
  if (damage) draft.damageVnd = rng.int(damage[0], damage[1]) * 100_000;
  if (ONE_VICTIM.includes(draft.category)) {
    draft.victims = 1;
  } else if (injuries && (draft.category === "assault" || draft.category === "traffic-accident")) {
    draft.victims = rng.int(1, 2);
  }
}

/** Suspects drawn for a clarified incident of a category, if the category has any. */
export function drawSuspects(rng: Rng, category: Category): number | undefined {
  const range = SUSPECTS[category];
  return range ? rng.int(range[0], range[1]) : undefined;
}

export function incidentRecord(draft: IncidentDraft): Incident {
  return {
    id: draft.id,
    category: draft.category,
    occurredAt: iso(draft.occurred),
    reportedAt: iso(draft.reported),
    unitCode: draft.place.code,
    location: draft.location,
    detectedBy: draft.detectedBy,
    ...(draft.cameraIds.length > 0 ? { cameraIds: draft.cameraIds } : {}),
    status: draft.status,
    ...(draft.clarified ? { clarified: draft.clarified } : {}),
    ...(draft.suspects !== undefined ? { suspects: draft.suspects } : {}),
    ...(draft.victims !== undefined ? { victims: draft.victims } : {}),
    ...(draft.damageVnd !== undefined ? { damageVnd: draft.damageVnd } : {}),
    description: draft.description,
  };
}

/** An incident of a small dataset: clarified with cameras, by other means, or still open. */
export function cityIncident(
  rng: Rng,
  options: {
    category: Category;
    place: Place;
    village: string;
    occurred: number;
    mode: IncidentDraft["mode"];
    cameraIds?: readonly string[];
    spread?: number;
  },
): IncidentDraft {
  const { category, place, village, occurred, mode } = options;
  const detectedBy: Incident["detectedBy"] =
    mode === "camera"
      ? rng.weighted([
          ["report", 0.6],
          ["camera", 0.3],
          ["tip", 0.1],
        ] as const)
      : rng.weighted([
          ["report", 0.6],
          ["tip", 0.25],
          ["patrol", 0.15],
        ] as const);
  const draft: IncidentDraft = {
    id: "",
    category,
    occurred,
    reported: occurred + rng.int(10, 240),
    place,
    village,
    detectedBy,
    cameraIds: [...(options.cameraIds ?? [])],
    status: "investigating",
    description: describe(rng, category, village, place),
    location: jitter(rng, place, options.spread ?? 0.005),
    mode,
  };
  addHarm(rng, draft, false);
  if (mode !== "open") {
    const on = addDays(dateOfTime(occurred), rng.int(1, 6));
    draft.clarified = {
      on,
      by:
        mode === "camera"
          ? rng.pick([["camera"], ["camera", "investigation"]] as const).slice()
          : rng
              .pick([["investigation"], ["tip"], ["patrol"], ["tip", "investigation"]] as const)
              .slice(),
    };
    draft.status = isCriminal(category) && rng.chance(0.3) ? "transferred" : "clarified";
    const suspects = drawSuspects(rng, category);
    if (suspects !== undefined) draft.suspects = suspects;
  }
  return draft;
}

/** A city incident in a village of a place, on a day between two dates. */
export function cityIncidentIn(
  rng: Rng,
  category: Category,
  place: CityPlace,
  days: readonly [string, string],
  mode: IncidentDraft["mode"],
  spread?: number,
): IncidentDraft {
  return cityIncident(rng, {
    category,
    place,
    village: rng.pick(place.villages),
    occurred: timeOfDay(rng, category, randomDate(rng, ...days)),
    mode,
    ...(spread !== undefined ? { spread } : {}),
  });
}

/**
 * A city incident clarified with `n` of the cameras installed before its day, at an hour
 * of that day.
 */
export function cameraIncident(
  rng: Rng,
  [category, date, hour]: readonly [Category, string, number, ...unknown[]],
  place: CityPlace,
  cameras: readonly Camera[],
  n: number,
  spread?: number,
): IncidentDraft {
  const cams = rng.sample(
    cameras.filter((c) => c.installedOn !== undefined && c.installedOn < date),
    n,
  );
  return cityIncident(rng, {
    category,
    place,
    village: rng.pick(place.villages),
    occurred: at(date, hour, rng.int(0, 59)),
    mode: "camera",
    cameraIds: cams.map((c) => c.id),
    ...(spread !== undefined ? { spread } : {}),
  });
}

/**
 * The extraction of a city incident's cameras that helped clarify it; the incident is
 * clarified no earlier than the day of the request.
 */
export function clarifyingExtraction(rng: Rng, draft: IncidentDraft, unitCode: string): Extraction {
  const requested = draft.occurred + rng.int(90, 1200);
  const extraction: Extraction = {
    id: "",
    unitCode,
    cameraIds: [...draft.cameraIds],
    requestedAt: iso(requested),
    requestedBy: policeOf(draft.place),
    requestedByUnitCode: draft.place.code,
    footageFrom: iso(draft.occurred - rng.int(20, 90)),
    footageTo: iso(draft.occurred + rng.int(20, 80)),
    purpose: draft.category === "traffic-accident" ? "traffic-accident" : "incident-investigation",
    incidentId: draft.id,
    outcome: "helped-clarify",
  };
  const clarified = must(draft.clarified, "clarified");
  clarified.on = maxDate(clarified.on, dateOfInstant(extraction.requestedAt));
  return extraction;
}

/** The mediation of a dispute incident, one to `days` days after it. */
export function mediationOf(rng: Rng, draft: IncidentDraft, days: number): ActivityOf<"mediation"> {
  return {
    kind: "mediation",
    id: "",
    unitCode: draft.place.code,
    date: addDays(dateOfTime(draft.occurred), rng.int(1, days)),
    disputeKind: rng.pick(["neighbours", "land", "family"] as const),
    outcome: rng.chance(0.8) ? "succeeded" : "failed",
    parties: 2,
    note: `Hòa giải vụ việc ${draft.id}`,
  };
}
