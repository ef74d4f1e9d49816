/**
 * Thọ Xuân district (Thanh Hóa), 2024, with 2023 for the year-on-year comparison:
 * `examples/data/tho-xuan-2024.json`, from the figures of tho-xuan-data.ts.
 */
import { pad } from "./dates.js";
import { incidentRecord, isCriminal } from "./incidents.js";
import { communeUnits, lowerType } from "./places.js";
import { fundingFrom, numberInOrder } from "./records.js";
import { check, must, Rng } from "./rng.js";
import { txActivities } from "./tho-xuan-activities.js";
import { txCameras } from "./tho-xuan-cameras.js";
import { TX_COMMUNES, xuanSinh } from "./tho-xuan-communes.js";
import {
  CRIMINAL_FEWER_IN_2024,
  DISTRICT,
  ENVELOPE,
  FUNDING,
  MODEL,
  POPULATION,
  SECURITY_TEAMS,
  SEED,
  UNITS_ABOVE,
  VALID_TO,
  XUAN_SINH,
  YEAR_2023,
  YEAR_2024,
} from "./tho-xuan-data.js";
import { type TxYear, txYear } from "./tho-xuan-incidents.js";
import { txStatistics } from "./tho-xuan-statistics.js";
import type { Camera, Contribution, Expense, Site, Team } from "./types.js";

export function thoXuan(): Record<string, unknown> {
  const rng = new Rng(SEED);
  const units = [
    ...UNITS_ABOVE.map((u) =>
      u.code === DISTRICT ? { ...u, population: POPULATION.map((p) => ({ ...p })) } : u,
    ),
    ...communeUnits(TX_COMMUNES, DISTRICT, VALID_TO),
  ];

  const siteOf = new Map<string, string>();
  const sites: Site[] = TX_COMMUNES.map((c) => {
    const id = `tx-site-${c.code}`;
    siteOf.set(c.code, id);
    return {
      id,
      modelId: MODEL.id,
      unitCode: c.code,
      name: `${MODEL.name} ${lowerType(c.name)}`,
      kind: "commune",
      launchedOn: c.launchedOn,
      status: "active",
      ...(c.replicatedFrom !== undefined
        ? { replicatedFromSiteId: `tx-site-${c.replicatedFrom}` }
        : {}),
    };
  });
  sites.sort((a, b) => (String(a.launchedOn) < String(b.launchedOn) ? -1 : 1));

  const { cameras, index } = txCameras(rng);
  const y2023 = txYear(rng, YEAR_2023, index);
  const y2024 = txYear(rng, YEAR_2024, index);

  // Statutory security teams of Xuân Sinh (Law 30/2023/QH15, from 1 July 2024).
  const teams: Team[] = xuanSinh().villages.map((village, i) => {
    const members = rng.int(2, 3);
    return {
      id: `tx-to-xs-${pad(i + 1)}`,
      kind: "security-team",
      name: `Tổ bảo vệ ANTT ${village.toLowerCase()}`,
      unitCode: XUAN_SINH,
      village,
      memberCounts: { leader: 1, deputy: 1, member: members },
      duties: [...SECURITY_TEAMS.duties],
      equipment: [
        { kind: "flashlight", count: members + 2 },
        { kind: "baton", count: members + 2 },
      ],
      chatGroup: { platform: "zalo", name: `Tổ bảo vệ ANTT ${village}`, memberCount: members + 4 },
      foundedOn: SECURITY_TEAMS.foundedOn,
    };
  });

  const { contributions, expenses } = money(rng, cameras);
  const activities = txActivities(rng, [y2023, y2024], siteOf, teams);

  // The figure the report compares: criminal incidents held down by 10.
  const criminal = (year: TxYear) => year.incidents.filter((d) => isCriminal(d.category)).length;
  check(
    criminal(y2023) - criminal(y2024) === CRIMINAL_FEWER_IN_2024,
    `criminal incidents: 2023 must be 2024 + ${CRIMINAL_FEWER_IN_2024}`,
  );

  const incidents = [...y2023.incidents, ...y2024.incidents].map(incidentRecord);
  txStatistics(rng, incidents, activities, cameras);

  return {
    ...ENVELOPE,
    units,
    models: [MODEL],
    sites,
    teams,
    cameras,
    incidents,
    extractions: [...y2023.extractions, ...y2024.extractions],
    activities,
    contributions,
    expenses,
  };
}

/**
 * Households pooled money for the public cameras of their commune, the budget paid for
 * the police points and some public ones. One contribution per commune, source and year,
 * listing the cameras it paid for; the amount is the sum of the cameras' funding from
 * that source. The budget's money is spent in one expense each.
 */
function money(
  rng: Rng,
  cameras: readonly Camera[],
): { contributions: Contribution[]; expenses: Expense[] } {
  const contributions: Contribution[] = [];
  const expenses: Expense[] = [];
  const groups = new Map<string, Camera[]>();
  for (const camera of cameras) {
    for (const entry of camera.funding ?? []) {
      const key = `${camera.unitCode}|${entry.source}|${(camera.installedOn ?? camera.plannedOn ?? "").slice(0, 4)}`;
      const list = groups.get(key) ?? [];
      list.push(camera);
      groups.set(key, list);
    }
  }
  for (const [key, list] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [code, source] = key.split("|") as [string, string];
    const place = must(
      TX_COMMUNES.find((c) => c.code === code),
      "commune",
    );
    const amount = fundingFrom(list, source);
    const receivedOn = list.map((c) => c.installedOn).sort()[0] as string;
    const cameraIds = list.map((c) => c.id);
    if (source === "households") {
      contributions.push({
        id: "",
        unitCode: code,
        contributorKind: "household",
        contributorName: `Các hộ dân ${lowerType(place.name)}`,
        contributorCount: Math.max(list.length * rng.int(8, 20), 12),
        amount,
        receivedOn,
        funds: { kind: "cameras", cameraIds },
        note: FUNDING.householdNote,
      });
    } else {
      contributions.push({
        id: "",
        unitCode: code,
        contributorKind: "budget",
        contributorName: FUNDING.budget,
        amount,
        receivedOn,
        funds: { kind: "cameras", cameraIds },
      });
      expenses.push({
        id: "",
        unitCode: code,
        amount,
        spentOn: receivedOn,
        purpose: "cameras",
        source: "budget",
        funds: { kind: "cameras", cameraIds },
        payee: rng.pick(FUNDING.payees),
      });
    }
  }
  numberInOrder(
    contributions,
    (c) => `${c.receivedOn}|${c.unitCode}|${c.contributorKind}`,
    "tx-dg-",
  );
  numberInOrder(expenses, (e) => `${e.spentOn}|${e.unitCode}`, "tx-chi-");
  return { contributions, expenses };
}
