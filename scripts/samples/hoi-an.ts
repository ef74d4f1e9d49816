/** Hội An city (Quảng Nam), 2023: `examples/data/hoi-an-2023.json`, from hoi-an-data.ts. */
import { addDays, at, iso, maxDate, pad, randomDate, round } from "./dates.js";
import {
  AREA,
  COMPLETE_INCIDENTS,
  ENVELOPE,
  EVENTS,
  FIRE_POINT_CONTRIBUTION,
  FIRE_SAFETY,
  FORCES,
  INCIDENT_DAYS,
  INCIDENTS,
  ISLAND_CASES,
  NAMES,
  PARTNERS,
  PATROL_TEAM,
  PATROLS,
  PILOT_IN_DRILL,
  SEED,
  STREETS,
  TAN_HIEP,
  TAN_HIEP_CAMERAS,
  TAN_HIEP_PLANNED,
  TAN_HIEP_VILLAGES,
  THANH_HA,
} from "./hoi-an-data.js";
import { HA_PLACES, type HaModels, haModels, haPlace } from "./hoi-an-models.js";
import {
  cameraIncident,
  cityIncidentIn,
  clarifyingExtraction,
  incidentRecord,
  mediationOf,
} from "./incidents.js";
import { cityUnits, policeOf, repeatUnits } from "./places.js";
import { activityKey, copy, fundingFrom, numberInOrder } from "./records.js";
import { must, Rng } from "./rng.js";
import type {
  Activity,
  Camera,
  Contribution,
  Coverage,
  Expense,
  Extraction,
  IncidentDraft,
  Site,
  Team,
} from "./types.js";

export function hoiAn(): Record<string, unknown> {
  const rng = new Rng(SEED);
  const units = cityUnits(AREA, HA_PLACES, TAN_HIEP, TAN_HIEP_VILLAGES);
  const all = haModels(rng);
  const { models, sites, modelOf, siteOf } = all;
  const teams = fireSafetyTeams(rng, all.fireSites);
  const patrolSite = siteOf(modelOf(NAMES.patrol, THANH_HA).id);
  const patrolTeam: Team = { ...copy(PATROL_TEAM), modelSiteId: patrolSite.id };
  teams.push(patrolTeam);

  const cameras = tanHiepCameras(rng);
  const pointModel = modelOf(NAMES.firePoint);
  const cameraSite = siteOf(modelOf(NAMES.camera, TAN_HIEP).id);
  const { contributions, expenses } = money(cameras, pointModel.id, cameraSite.id);
  const { incidents, extractions } = haIncidents(rng, cameras);
  const activities = haActivities(rng, all, patrolSite, patrolTeam, incidents);

  // Illustrative, beyond the published figures: no number is drawn below.
  for (const camera of cameras) {
    Object.assign(camera, { modelId: cameraSite.modelId, modelSiteId: cameraSite.id });
  }
  cameras.push(...plannedCameras(cameras.length, cameraSite));
  for (const [name, partners] of PARTNERS) {
    all.modelOf(name).partners = [...partners];
  }
  const drill = must(
    activities.find((a) => a.kind === "drill"),
    "drill",
  );
  const pilot = must(
    teams.find((t) => t.foundedOn === FIRE_SAFETY.pilotFoundedOn),
    "pilot group",
  );
  if (drill.kind === "drill") {
    pilot.trainings?.push({
      kind: "drill",
      heldOn: drill.date,
      level: drill.level,
      participants: PILOT_IN_DRILL.participants,
      topic: "fire",
      activityId: drill.id,
      note: PILOT_IN_DRILL.note,
    });
  }
  const coverage: Coverage[] = COMPLETE_INCIDENTS.wards.map((code, i) => ({
    id: `ha-bc-${pad(i + 1)}`,
    unitCode: code,
    start: COMPLETE_INCIDENTS.start,
    end: COMPLETE_INCIDENTS.end,
    complete: ["incidents"],
    declaredBy: policeOf(haPlace(code)),
    declaredOn: COMPLETE_INCIDENTS.declaredOn,
  }));

  return {
    ...ENVELOPE,
    units,
    models,
    sites,
    teams,
    cameras,
    incidents: incidents.map(incidentRecord),
    extractions,
    activities,
    contributions,
    expenses,
    forces: FORCES.map((f) => ({ ...f })),
    coverage,
  };
}

/** 16 fire-safety household groups: 1 founded with the pilot in 2022, 15 in 2023. */
function fireSafetyTeams(rng: Rng, fireSites: ReadonlyMap<string, Site>): Team[] {
  const teams: Team[] = [];
  repeatUnits(FIRE_SAFETY.teams).forEach((unit, i) => {
    const site = must(fireSites.get(unit), "fire site");
    const foundedOn =
      i === 0
        ? FIRE_SAFETY.pilotFoundedOn
        : randomDate(rng, maxDate(site.launchedOn as string, "2023-01-05"), "2023-11-25");
    const households = rng.int(5, 15);
    const village = rng.pick(haPlace(unit).villages);
    const street = rng.pick(STREETS);
    teams.push({
      id: "",
      kind: "fire-safety-group",
      name: `Tổ liên gia an toàn PCCC kiệt ${rng.int(5, 180)} ${street}`,
      modelSiteId: site.id,
      unitCode: unit,
      village,
      householdCount: households,
      memberCounts: {
        leader: 1,
        deputy: households > 9 ? 1 : 0,
        member: households - (households > 9 ? 2 : 1),
      },
      duties: ["fire-rescue", "keep-order"],
      equipment: [
        { kind: "alarm-bell-with-button", count: households },
        { kind: "fire-extinguisher", count: households + rng.int(0, 3) },
        { kind: "entry-tools", count: 1 },
      ],
      chatGroup: {
        platform: "zalo",
        name: `Liên gia PCCC ${street}`,
        memberCount: households * 2 + rng.int(0, 4),
      },
      trainings: [
        {
          kind: "drill",
          heldOn: addDays(foundedOn, rng.int(7, 30)),
          level: "village",
          participants: households * 2 + rng.int(2, 8),
          note: FIRE_SAFETY.drillNote,
        },
      ],
      foundedOn,
    });
  });
  return numberInOrder(teams, (t) => `${t.foundedOn}|${t.unitCode}|${t.name}`, "ha-lg-", 2);
}

/**
 * Tân Hiệp (Cù Lao Chàm): the cameras of the new model, paid by the budget and the
 * households of the two villages.
 */
function tanHiepCameras(rng: Rng): Camera[] {
  const tanHiep = haPlace(TAN_HIEP);
  const [baiLang, baiHuong] = TAN_HIEP_VILLAGES;
  const cameras: Camera[] = [];
  for (let i = 0; i < TAN_HIEP_CAMERAS.points; i++) {
    const inBaiLang = i < TAN_HIEP_CAMERAS.inBaiLang;
    const village = inBaiLang ? baiLang.village : baiHuong.village;
    const installedOn = randomDate(rng, ...TAN_HIEP_CAMERAS.installed);
    const connected = i % 4 !== 3;
    const lenses = rng.pick([1, 1, 2, 2, 4]);
    const cost = lenses * rng.int(60, 76) * 50_000;
    const budget = Math.round((cost * TAN_HIEP_CAMERAS.budgetShare) / 50_000) * 50_000;
    cameras.push({
      id: "",
      unitCode: `${TAN_HIEP}.${inBaiLang ? baiLang.slug : baiHuong.slug}`,
      location: {
        lat: round(tanHiep.lat + (inBaiLang ? 0.002 : -0.006) + (rng.next() - 0.5) * 0.004, 5),
        lng: round(tanHiep.lng + (inBaiLang ? 0.0 : 0.008) + (rng.next() - 0.5) * 0.004, 5),
      },
      address: rng.pick([
        `Bến cảng ${village.replace("Thôn ", "")}`,
        `Khu dân cư ${village.toLowerCase()}`,
        "Đường ven biển",
        `Chợ ${village.replace("Thôn ", "")}`,
      ]),
      ownerKind: "public",
      funding: [
        { source: "budget", amount: budget },
        { source: "households", amount: cost - budget },
      ],
      installedOn,
      connectedToDutyRoom: connected,
      sharingTier: connected ? "live-view" : "on-request",
      sharingCommitment: { signedOn: installedOn },
      coverage: ["road", "public-place"],
      retentionDays: 30,
      status: "active",
      lenses,
    });
  }
  return numberInOrder(
    cameras,
    (c) => `${c.unitCode}|${c.installedOn}|${c.location?.lat}`,
    "ha-cam-",
    2,
  );
}

/** The points of Tân Hiệp's cameras approved with the 2024 budget, not yet installed. */
function plannedCameras(installed: number, site: Site): Camera[] {
  const [, baiHuong] = TAN_HIEP_VILLAGES;
  return TAN_HIEP_PLANNED.points.map((p, i) => ({
    id: `ha-cam-${pad(installed + i + 1, 2)}`,
    unitCode: `${TAN_HIEP}.${baiHuong.slug}`,
    location: { lat: p.lat, lng: p.lng },
    address: p.address,
    ownerKind: "public",
    funding: [{ source: "budget", amount: p.amount }],
    plannedOn: TAN_HIEP_PLANNED.plannedOn,
    plannedInstallOn: TAN_HIEP_PLANNED.plannedInstallOn,
    connectedToDutyRoom: false,
    sharingTier: "on-request",
    coverage: ["road", "public-place"],
    retentionDays: 30,
    status: "planned",
    lenses: p.lenses,
    modelId: site.modelId,
    modelSiteId: site.id,
  }));
}

/** The contributions to Tân Hiệp's cameras and to the fire points, and the cameras' expense. */
function money(
  cameras: readonly Camera[],
  pointModelId: string,
  cameraSiteId: string,
): { contributions: Contribution[]; expenses: Expense[] } {
  const { budget, households, expense } = TAN_HIEP_CAMERAS;
  const contributions: Contribution[] = [
    {
      id: "ha-dg-01",
      unitCode: TAN_HIEP,
      contributorKind: "budget",
      contributorName: budget.name,
      amount: fundingFrom(cameras, "budget"),
      receivedOn: budget.receivedOn,
      funds: { kind: "cameras", cameraIds: cameras.map((c) => c.id) },
    },
    ...TAN_HIEP_VILLAGES.map(({ slug }, i): Contribution => {
      const list = cameras.filter((c) => c.unitCode === `${TAN_HIEP}.${slug}`);
      const village = households[slug];
      return {
        id: `ha-dg-0${i + 2}`,
        unitCode: `${TAN_HIEP}.${slug}`,
        contributorKind: "household",
        contributorName: `Các hộ dân thôn ${village.name}`,
        contributorCount: village.count,
        amount: fundingFrom(list, "households"),
        receivedOn: village.receivedOn,
        funds: { kind: "cameras", cameraIds: list.map((c) => c.id) },
      };
    }),
    { ...copy(FIRE_POINT_CONTRIBUTION), funds: { kind: "model", id: pointModelId } },
  ];
  const expenses: Expense[] = [
    {
      id: "ha-chi-01",
      unitCode: TAN_HIEP,
      amount: fundingFrom(cameras, "budget") + fundingFrom(cameras, "households"),
      spentOn: expense.spentOn,
      purpose: "cameras",
      funds: { kind: "model-site", id: cameraSiteId },
      payee: expense.payee,
      note: expense.note,
    },
  ];
  return { contributions, expenses };
}

/** Incidents of 2023, a few clarified with Tân Hiệp's cameras, and their extractions. */
function haIncidents(
  rng: Rng,
  cameras: readonly Camera[],
): { incidents: IncidentDraft[]; extractions: Extraction[] } {
  const incidents: IncidentDraft[] = [];
  for (const [category, n, mode, codes] of INCIDENTS) {
    for (let i = 0; i < n; i++) {
      const where = haPlace(codes[i % codes.length] as string);
      incidents.push(cityIncidentIn(rng, category, where, INCIDENT_DAYS, mode, 0.003));
    }
  }
  for (const islandCase of ISLAND_CASES) {
    const draft = cameraIncident(rng, islandCase, haPlace(TAN_HIEP), cameras, 2, 0.003);
    draft.description = islandCase[3];
    incidents.push(draft);
  }
  numberInOrder(incidents, (d) => d.occurred, "ha-vv-", 2);
  const extractions: Extraction[] = incidents
    .filter((d) => d.mode === "camera")
    .map((d, i) => {
      const e = clarifyingExtraction(rng, d, TAN_HIEP);
      e.id = `ha-tx-${pad(i + 1)}`;
      return e;
    });
  return { incidents, extractions };
}

/** Activities: the Thanh Hà patrols, the fixed events, outreach, the disputes' mediations. */
function haActivities(
  rng: Rng,
  { modelOf, siteOf }: HaModels,
  patrolSite: Site,
  patrolTeam: Team,
  incidents: readonly IncidentDraft[],
): Activity[] {
  const activities: Activity[] = [];
  let day: string = PATROLS[0];
  while (day <= PATROLS[1]) {
    const start = at(day, rng.int(20, 22), rng.pick([0, 30]));
    activities.push({
      kind: "patrol",
      id: "",
      unitCode: THANH_HA,
      startedAt: iso(start),
      endedAt: iso(start + rng.int(2, 4) * 60),
      participants: rng.int(4, 8),
      directedByCamera: false,
      incidentsFound: rng.weighted([
        [0, 0.75],
        [1, 0.25],
      ] as const),
      modelSiteId: patrolSite.id,
      teamId: patrolTeam.id,
    });
    day = addDays(day, rng.int(10, 18));
  }
  for (const { site, event } of EVENTS) {
    const id = site !== undefined ? siteOf(modelOf(site).id).id : undefined;
    activities.push(
      id === undefined
        ? copy(event)
        : event.kind === "award"
          ? { ...copy(event), recipientId: id }
          : { ...copy(event), modelSiteId: id },
    );
  }
  for (const p of HA_PLACES) {
    activities.push({
      kind: "outreach",
      id: "",
      unitCode: p.code,
      date: randomDate(rng, "2023-02-15", "2023-11-30"),
      audience: rng.int(50, 200),
      topic: rng.pick(["fire-safety", "fraud", "drugs", "law", "cybersecurity"] as const),
      channel: rng.pick(["meeting", "loudspeaker", "social-media"] as const),
    });
  }
  for (const d of incidents.filter((x) => x.category === "dispute")) {
    activities.push(mediationOf(rng, d, 5));
  }
  return numberInOrder(activities, activityKey, "ha-hd-", 3);
}
