/**
 * Tam Kỳ city (Quảng Nam), first half of 2022, with 2021 for context:
 * `examples/data/tam-ky-2022.json`, from the figures of tam-ky-data.ts.
 */
import { addDays, at, iso, pad, randomDate } from "./dates.js";
import {
  cameraIncident,
  cityIncidentIn,
  clarifyingExtraction,
  incidentRecord,
} from "./incidents.js";
import { cityUnits, jitter } from "./places.js";
import { activityKey, cameraCost, copy, numberInOrder } from "./records.js";
import { must, Rng } from "./rng.js";
import {
  AREA,
  CAMERA_CASES,
  ENVELOPE,
  EVENTS,
  FIVE_IN_ONE,
  FIVE_IN_ONE_PARTNERS,
  INCIDENT_DAYS,
  OTHER_INCIDENTS,
  SEED,
  TAM_THANG,
  TAM_THANG_SITES,
  TEAM_TRAINING_NOTE,
  TRUONG_XUAN,
  TRUONG_XUAN_CAMERAS,
} from "./tam-ky-data.js";
import { TK_PLACES, tkModels, tkPlace, tkReviews } from "./tam-ky-models.js";
import type {
  Activity,
  Camera,
  Contribution,
  Extraction,
  IncidentDraft,
  Site,
  Team,
} from "./types.js";

export function tamKy(): Record<string, unknown> {
  const rng = new Rng(SEED);
  const units = cityUnits(AREA, TK_PLACES, TAM_THANG, TAM_THANG_SITES);
  const { drafts, fiveInOne, truongXuanCamera, sites, siteOfModel, tamThangSites } = tkModels(rng);
  const reviews = tkReviews(rng, drafts, fiveInOne);
  const teams = tamThangTeams(rng, tamThangSites);
  fiveInOne.model.participants = {
    households: teams.reduce((acc, t) => acc + (t.householdCount ?? 0), 0),
  };
  const { cameras, contributions } = truongXuanCameras(rng);
  const { incidents, extractions } = tkIncidents(rng, cameras);
  const activities = tkActivities(rng, teams, tamThangSites);
  activities.push(
    {
      ...copy(EVENTS.launch),
      modelSiteId: must(siteOfModel.get(truongXuanCamera.model.id)?.id, "site"),
    },
    { ...copy(EVENTS.award), recipientId: must(tamThangSites[0]?.id, "site id") },
    copy(EVENTS.drill),
  );
  numberInOrder(activities, activityKey, "tk-hd-", 3);

  // Illustrative, beyond the published figures: no number is drawn below.
  const cameraSite = must(siteOfModel.get(truongXuanCamera.model.id), "camera site");
  for (const camera of cameras) {
    Object.assign(camera, { modelId: cameraSite.modelId, modelSiteId: cameraSite.id });
  }
  fiveInOne.model.partners = [...FIVE_IN_ONE_PARTNERS];

  return {
    ...ENVELOPE,
    units,
    models: drafts.map((d) => d.model),
    sites,
    reviews,
    teams,
    cameras,
    incidents: incidents.map(incidentRecord),
    extractions,
    activities,
    contributions,
  };
}

/** Tam Thăng: one five-in-one team per site. */
function tamThangTeams(rng: Rng, tamThangSites: readonly Site[]): Team[] {
  return tamThangSites.map((site, i) => {
    const households = rng.int(140, 260);
    const members = rng.int(5, 9);
    return {
      id: `tk-to-${pad(i + 1)}`,
      kind: "self-governing",
      name: `Tổ tự quản 5 trong 1 ${String(site.name).replace("Thôn", "thôn")}`,
      modelSiteId: site.id,
      unitCode: site.unitCode,
      householdCount: households,
      memberCounts: { leader: 1, deputy: 1, member: members },
      duties: [...FIVE_IN_ONE.duties],
      equipment: [
        { kind: "loudspeaker", count: 1 },
        { kind: "flashlight", count: members + 2 },
        { kind: "fire-extinguisher", count: 2 },
      ],
      chatGroup: {
        platform: "zalo",
        name: `5 trong 1 ${site.name}`,
        memberCount: rng.int(60, 140),
      },
      trainings: [
        {
          kind: "training",
          heldOn: addDays(must(site.launchedOn, "launch"), 14),
          level: "commune",
          participants: members + 2,
          note: TEAM_TRAINING_NOTE,
        },
      ],
      foundedOn: must(site.launchedOn, "launch"),
    };
  });
}

/**
 * Trường Xuân: 48 camera points paid for by residents ("camera 0 đồng"), and one
 * household contribution per khối phố listing its points.
 */
function truongXuanCameras(rng: Rng): { cameras: Camera[]; contributions: Contribution[] } {
  const truongXuan = tkPlace(TRUONG_XUAN);
  const { points, beforeLaunch, installedBefore, installedAfter } = TRUONG_XUAN_CAMERAS;
  const cameras: Camera[] = [];
  for (let i = 0; i < points; i++) {
    const village = truongXuan.villages[i % truongXuan.villages.length] as string;
    const installedOn =
      i < beforeLaunch ? randomDate(rng, ...installedBefore) : randomDate(rng, ...installedAfter);
    const connected = i % 3 === 0;
    cameras.push({
      id: "",
      unitCode: TRUONG_XUAN,
      village,
      location: jitter(rng, truongXuan, 0.006),
      address: rng.pick([
        `Đầu kiệt ${village.toLowerCase()}`,
        `Ngã tư ${village.toLowerCase()}`,
        `Nhà văn hóa ${village.toLowerCase()}`,
        `Trục đường chính ${village.toLowerCase()}`,
      ]),
      ownerKind: "public",
      funding: [{ source: "households", amount: rng.int(44, 76) * 50_000 }],
      installedOn,
      connectedToDutyRoom: connected,
      sharingTier: connected ? "live-view" : "on-request",
      sharingCommitment: { signedOn: installedOn },
      coverage: rng.chance(0.7) ? ["road"] : ["road", "public-place"],
      retentionDays: rng.pick([15, 30]),
      status: "active",
      lenses: 1,
    });
  }
  numberInOrder(cameras, (c) => `${c.installedOn}|${c.village}|${c.location?.lat}`, "tk-cam-", 3);
  const contributions: Contribution[] = [];
  for (const village of truongXuan.villages) {
    const list = cameras.filter((c) => c.village === village);
    const amount = list.reduce((acc, c) => acc + cameraCost(c), 0);
    contributions.push({
      id: "",
      unitCode: TRUONG_XUAN,
      contributorKind: "household",
      contributorName: `Các hộ dân ${village.toLowerCase()}, phường Trường Xuân`,
      contributorCount: rng.int(25, 70),
      amount,
      receivedOn: addDays(list.map((c) => c.installedOn).sort()[0] as string, -5),
      funds: { kind: "cameras", cameraIds: list.map((c) => c.id) },
      note: TRUONG_XUAN_CAMERAS.contributionNote,
    });
  }
  numberInOrder(contributions, (c) => `${c.receivedOn}|${c.contributorName}`, "tk-dg-", 3);
  return { cameras, contributions };
}

/**
 * Incidents: Trường Xuân's cameras at work from April 2022, and the city's other
 * incidents of the period (clarified by other means or still open).
 */
function tkIncidents(
  rng: Rng,
  cameras: readonly Camera[],
): { incidents: IncidentDraft[]; extractions: Extraction[] } {
  const truongXuan = tkPlace(TRUONG_XUAN);
  const incidents: IncidentDraft[] = [];
  const extractions: Extraction[] = [];
  for (const cameraCase of CAMERA_CASES) {
    incidents.push(cameraIncident(rng, cameraCase, truongXuan, cameras, rng.int(1, 3)));
  }
  const cityWeights = TK_PLACES.map((p) => [p, 1] as const);
  for (const [category, n, mode] of OTHER_INCIDENTS) {
    for (let i = 0; i < n; i++) {
      incidents.push(cityIncidentIn(rng, category, rng.weighted(cityWeights), INCIDENT_DAYS, mode));
    }
  }
  numberInOrder(incidents, (d) => d.occurred, "tk-vv-", 3);
  for (const d of incidents.filter((x) => x.mode === "camera")) {
    extractions.push(clarifyingExtraction(rng, d, TRUONG_XUAN));
  }
  numberInOrder(extractions, (e) => e.requestedAt, "tk-tx-", 3);
  return { incidents, extractions };
}

/** Activities: the Tam Thăng teams at work, outreach across the city. */
function tkActivities(
  rng: Rng,
  teams: readonly Team[],
  tamThangSites: readonly Site[],
): Activity[] {
  const activities: Activity[] = [];
  teams.forEach((team, i) => {
    const site = must(tamThangSites[i], "site");
    let day = addDays(team.foundedOn, 10);
    while (day <= "2022-06-25") {
      const start = at(day, rng.int(19, 21), rng.pick([0, 30]));
      activities.push({
        kind: "patrol",
        id: "",
        unitCode: site.unitCode,
        startedAt: iso(start),
        endedAt: iso(start + rng.int(2, 3) * 60),
        participants: rng.int(3, 6),
        directedByCamera: false,
        incidentsFound: rng.weighted([
          [0, 0.8],
          [1, 0.2],
        ] as const),
        modelSiteId: must(site.id, "site id"),
        teamId: team.id,
      });
      day = addDays(day, rng.int(24, 38));
    }
    for (let k = 0; k < 2; k++) {
      const date = randomDate(rng, addDays(team.foundedOn, 20), "2022-06-25");
      if (date <= team.foundedOn) continue;
      activities.push({
        kind: "mediation",
        id: "",
        unitCode: site.unitCode,
        date,
        disputeKind: rng.pick(["land", "neighbours", "family"] as const),
        outcome: rng.chance(0.85) ? "succeeded" : "failed",
        parties: 2,
        modelSiteId: must(site.id, "site id"),
        teamId: team.id,
      });
    }
  });
  for (const place of TK_PLACES) {
    for (const year of ["2021", "2022"]) {
      activities.push({
        kind: "outreach",
        id: "",
        unitCode: place.code,
        date: randomDate(rng, `${year}-02-10`, `${year}-06-20`),
        audience: rng.int(60, 220),
        topic: rng.pick(["law", "drugs", "fraud", "traffic-safety", "cybersecurity"] as const),
        channel: "meeting",
      });
    }
  }
  return activities;
}
