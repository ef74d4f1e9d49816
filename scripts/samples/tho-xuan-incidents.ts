/**
 * Thọ Xuân's incidents and extractions of one year: the counts of the year's spec drawn
 * across the communes, Xuân Sinh's two published cases, the footage each case used, and
 * the requests that served no recorded incident.
 */
import { addDays, at, dateOfTime, iso, minDate, randomDate } from "./dates.js";
import { addHarm, describe, drawSuspects, isCriminal, timeOfDay } from "./incidents.js";
import { jitter, policeOf } from "./places.js";
import { numberInOrder } from "./records.js";
import { check, must, type Rng } from "./rng.js";
import { camerasBefore, type TxCameraIndex } from "./tho-xuan-cameras.js";
import { TX_COMMUNES, type TxCommune, xuanSinh } from "./tho-xuan-communes.js";
import {
  DISTRICT,
  REQUESTERS,
  XUAN_SINH,
  XUAN_SINH_CASE_TIMES,
  XUAN_SINH_CASES,
  type YearSpec,
} from "./tho-xuan-data.js";
import type { Camera, Category, Extraction, Incident, IncidentDraft } from "./types.js";

const ids = (cameras: readonly Camera[]) => cameras.map((c) => c.id);

export interface TxYear {
  incidents: IncidentDraft[];
  extractions: Extraction[];
}

const communeWeights = () => TX_COMMUNES.map((c) => [c, c.type === "township" ? 2 : 1] as const);

export function txYear(rng: Rng, spec: YearSpec, index: TxCameraIndex): TxYear {
  const y = spec.year;
  const drafts: IncidentDraft[] = [];
  const weights = communeWeights();
  const reserved = new Set(XUAN_SINH_CASES.map((c) => c.date));

  const draftIncident = (category: Category, mode: IncidentDraft["mode"]): IncidentDraft => {
    const lastDay = mode === "open" ? `${y}-12-27` : `${y}-12-10`;
    for (;;) {
      const place = rng.weighted(weights);
      const date = randomDate(rng, `${y}-01-02`, lastDay);
      if (place.code === XUAN_SINH && reserved.has(date)) continue;
      const occurred = timeOfDay(rng, category, date);
      const needCameras = mode === "camera";
      const cams = camerasBefore(rng, index, place.code, dateOfTime(occurred), rng.int(1, 3));
      if (needCameras && cams.length === 0) continue;
      const detectedBy: Incident["detectedBy"] =
        mode === "camera"
          ? rng.weighted([
              ["report", 0.55],
              ["camera", 0.25],
              ["patrol", 0.1],
              ["tip", 0.1],
            ] as const)
          : mode === "other"
            ? rng.weighted([
                ["report", 0.5],
                ["patrol", 0.2],
                ["tip", 0.3],
              ] as const)
            : rng.weighted([
                ["report", 0.85],
                ["tip", 0.15],
              ] as const);
      const village = rng.pick(place.villages);
      const reported = occurred + (detectedBy === "camera" ? rng.int(2, 15) : rng.int(10, 600));
      const draft: IncidentDraft = {
        id: "",
        category,
        occurred,
        reported,
        place,
        village,
        detectedBy,
        cameraIds: mode === "camera" || rng.chance(0.2) ? cams.map((c) => c.id) : [],
        status: "investigating",
        description: describe(rng, category, village, place),
        location: jitter(rng, place, 0.009),
        mode,
      };
      addHarm(rng, draft, true);
      return draft;
    }
  };

  const add = (counts: Partial<Record<Category, number>>, mode: IncidentDraft["mode"]) => {
    for (const [category, n] of Object.entries(counts) as [Category, number][]) {
      for (let i = 0; i < n; i++) drafts.push(draftIncident(category, mode));
    }
  };
  add(spec.camera, "camera");
  add(spec.other, "other");
  add(spec.open, "open");

  // Xuân Sinh: the published cases of the year, clarified through footage of its cameras.
  const specials = y === 2024 ? xuanSinhCases(rng, index) : [];
  drafts.push(...specials);

  numberInOrder(drafts, (d) => d.occurred, `tx-vv-${y}-`);
  const extractions = caseExtractions(rng, spec, index, drafts, specials);
  extractions.push(...freeExtractions(rng, spec, index, spec.extractions - extractions.length));
  numberInOrder(extractions, (e) => e.requestedAt, `tx-tx-${y}-`);
  return { incidents: drafts, extractions };
}

/** Xuân Sinh's theft of 7 March and public disorder of 28 February 2024. */
function xuanSinhCases(rng: Rng, index: TxCameraIndex): IncidentDraft[] {
  const place = xuanSinh();
  const xsCameras = must(index.byCommune.get(XUAN_SINH), "Xuân Sinh cameras");
  return XUAN_SINH_CASES.map((c): IncidentDraft => {
    const occurred = at(c.date, c.time[0], c.time[1]);
    return {
      id: "",
      category: c.category,
      occurred,
      reported: occurred + XUAN_SINH_CASE_TIMES.reportedAfterMinutes,
      place,
      village: c.village,
      detectedBy: "report",
      cameraIds: c.cameras.map((i) => must(xsCameras[i], "Xuân Sinh camera").id),
      status: "clarified",
      suspects: c.suspects,
      ...(c.harm ?? {}),
      description: c.description,
      location: jitter(rng, place, 0.004),
      mode: "camera",
    };
  });
}

/** The extractions of the year's incidents, with how each incident was clarified. */
function caseExtractions(
  rng: Rng,
  spec: YearSpec,
  index: TxCameraIndex,
  drafts: readonly IncidentDraft[],
  specials: readonly IncidentDraft[],
): Extraction[] {
  const y = spec.year;
  const extractions: Extraction[] = [];

  const requester = (draft: IncidentDraft) => {
    const district =
      draft.place.code !== XUAN_SINH &&
      (isCriminal(draft.category) || draft.category === "traffic-accident") &&
      rng.chance(0.45);
    if (!district) {
      return { requestedBy: policeOf(draft.place), requestedByUnitCode: draft.place.code };
    }
    return {
      requestedBy: draft.category === "traffic-accident" ? REQUESTERS.traffic : REQUESTERS.crime,
      requestedByUnitCode: DISTRICT,
    };
  };

  const extraction = (
    draft: IncidentDraft,
    cameras: readonly string[],
    unitCode: string,
    requested: number,
    outcome: Extraction["outcome"],
  ): Extraction => {
    const from = draft.occurred - rng.int(15, 120);
    const to = Math.min(draft.occurred + rng.int(15, 150), requested - 5);
    const who = requester(draft);
    const serial = rng.int(12, 389);
    return {
      id: "",
      unitCode,
      cameraIds: [...cameras],
      requestedAt: iso(requested),
      ...who,
      footageFrom: iso(from),
      footageTo: iso(Math.max(to, from + 10)),
      purpose:
        draft.category === "traffic-accident" ? "traffic-accident" : "incident-investigation",
      ...(rng.chance(0.3)
        ? {
            legalBasis:
              who.requestedByUnitCode === DISTRICT
                ? `Công văn đề nghị cung cấp dữ liệu số ${serial}/CV-CAH`
                : `Giấy đề nghị trích xuất dữ liệu số ${serial}/GĐN-CAX`,
          }
        : {}),
      incidentId: draft.id,
      outcome,
    };
  };

  /**
   * An extraction of some cameras, if there are any, requested when `requested` says, in
   * the unit of the incident or else of the first camera; returns when it was requested.
   */
  const pushFrom = (
    draft: IncidentDraft,
    cams: readonly Camera[],
    ownUnit: boolean,
    requested: () => number,
    outcome: (requested: number) => Extraction["outcome"],
  ): number | undefined => {
    if (cams.length === 0) return undefined;
    const unitCode = ownUnit ? draft.place.code : must(cams[0], "camera").unitCode;
    const time = requested();
    extractions.push(extraction(draft, ids(cams), unitCode, time, outcome(time)));
    return time;
  };

  const neighbourCameras = (draft: IncidentDraft): Camera[] => {
    const place = draft.place as TxCommune;
    const nearby = TX_COMMUNES.filter((c) => c.cluster === place.cluster && c.code !== place.code);
    const target = nearby.length > 0 && rng.chance(0.4) ? rng.pick(nearby) : place;
    return camerasBefore(rng, index, target.code, dateOfTime(draft.occurred), rng.int(1, 3));
  };
  const ownCameras = (draft: IncidentDraft, most: number) =>
    camerasBefore(rng, index, draft.place.code, dateOfTime(draft.occurred), rng.int(1, most));

  for (const draft of drafts) {
    const isSpecial = specials.includes(draft);
    if (draft.mode === "camera") {
      const first =
        draft.occurred +
        (isSpecial ? XUAN_SINH_CASE_TIMES.requestedAfterMinutes : rng.int(60, 1800));
      const helped: number[] = [first];
      extractions.push(
        extraction(draft, draft.cameraIds, draft.place.code, first, "helped-clarify"),
      );
      const [w0, w1, w2, w3] = spec.moreFootage;
      const extra = isSpecial
        ? 0
        : rng.weighted([
            [0, w0],
            [1, w1],
            [2, w2],
            [3, w3],
          ] as const);
      for (let i = 0; i < extra; i++) {
        const cams = neighbourCameras(draft);
        const requested = pushFrom(
          draft,
          cams,
          false,
          () => draft.occurred + rng.int(120, 4 * 1440),
          () => "helped-clarify",
        );
        if (requested !== undefined) helped.push(requested);
      }
      if (!isSpecial && rng.chance(0.35)) {
        const cams = neighbourCameras(draft);
        pushFrom(
          draft,
          cams,
          false,
          () => draft.occurred + rng.int(120, 3 * 1440),
          () => "no-useful-footage",
        );
      }
      const last = Math.max(...helped);
      const on = isSpecial
        ? dateOfTime(draft.occurred + XUAN_SINH_CASE_TIMES.clarifiedAfterDays * 1440)
        : minDate(addDays(dateOfTime(last), rng.int(0, 6)), `${y}-12-31`);
      const means = isSpecial
        ? XUAN_SINH_CASE_TIMES.clarifiedBy
        : rng.weighted([
            [["camera"], 0.5],
            [["camera", "investigation"], 0.35],
            [["camera", "tip"], 0.1],
            [["camera", "patrol"], 0.05],
          ] as const);
      draft.clarified = { on, by: [...means] };
    } else if (draft.mode === "other") {
      if (rng.chance(0.4)) {
        pushFrom(
          draft,
          ownCameras(draft, 2),
          true,
          () => draft.occurred + rng.int(60, 2 * 1440),
          () => "no-useful-footage",
        );
      }
      const means = rng.weighted([
        [["investigation"], 0.45],
        [["tip"], 0.2],
        [["tip", "investigation"], 0.2],
        [["patrol"], 0.15],
      ] as const);
      draft.clarified = { on: addDays(dateOfTime(draft.occurred), rng.int(0, 12)), by: [...means] };
    } else {
      const times = rng.weighted([
        [0, 0.25],
        [1, 0.55],
        [2, 0.2],
      ] as const);
      for (let i = 0; i < times; i++) {
        pushFrom(
          draft,
          ownCameras(draft, 3),
          true,
          () => Math.min(draft.occurred + rng.int(60, 3 * 1440), at(`${y}-12-31`, 16, 30)),
          (requested) => (dateOfTime(requested) >= `${y}-12-18` ? "pending" : "no-useful-footage"),
        );
      }
    }
    settle(rng, draft, isSpecial, y);
  }
  return extractions;
}

/** The status and suspects of an incident once its extractions are known. */
function settle(rng: Rng, draft: IncidentDraft, isSpecial: boolean, y: number): void {
  if (draft.clarified) {
    draft.status =
      isCriminal(draft.category) && !isSpecial && rng.chance(0.35) ? "transferred" : "clarified";
    if (draft.suspects === undefined) {
      const suspects = drawSuspects(rng, draft.category);
      if (suspects !== undefined) draft.suspects = suspects;
    }
    if (draft.category === "traffic-accident" && draft.mode === "camera" && rng.chance(0.3)) {
      draft.suspects = 1;
    }
  } else {
    draft.status = dateOfTime(draft.occurred) >= `${y}-12-20` ? "received" : "investigating";
  }
}

/**
 * Extractions that served no recorded incident: lost property, missing people, minor
 * collisions settled on the spot, checks of petitions.
 */
function freeExtractions(
  rng: Rng,
  spec: YearSpec,
  index: TxCameraIndex,
  free: number,
): Extraction[] {
  const y = spec.year;
  check(free >= 50, `${y}: only ${free} extractions left for requests without an incident`);
  const weights = communeWeights();
  const out: Extraction[] = [];
  for (let i = 0; i < free; i++) {
    const place = rng.weighted(weights);
    const date = randomDate(rng, `${y}-01-02`, `${y}-12-30`);
    const cams = camerasBefore(rng, index, place.code, date, rng.int(1, 2));
    if (cams.length === 0) {
      i--;
      continue;
    }
    const requested = at(date, rng.int(7, 17), rng.int(0, 59));
    const purpose = rng.weighted([
      ["lost-property", 0.45],
      ["traffic-accident", 0.3],
      ["missing-person", 0.1],
      ["other", 0.15],
    ] as const);
    const span = rng.int(60, 600);
    const from = requested - rng.int(180, 3 * 1440);
    out.push({
      id: "",
      unitCode: place.code,
      cameraIds: ids(cams),
      requestedAt: iso(requested),
      requestedBy: policeOf(place),
      requestedByUnitCode: place.code,
      footageFrom: iso(from),
      footageTo: iso(Math.min(from + span, requested - 5)),
      purpose,
      outcome: rng.chance(0.6) ? "helped-clarify" : "no-useful-footage",
    });
  }
  return out;
}
