/**
 * Phú Thọ province after the 2025 merger, 2025: `examples/data/phu-tho-2025.json`, from
 * phu-tho-data.ts and the package's unit table (the province and its 148 wards and
 * communes since 1 July 2025).
 */
import { vietnamAdminData } from "../../src/vn-admin/index.js";
import { addDays, maxDate, pad, randomDate } from "./dates.js";
import {
  CAMERA,
  ENDED,
  ENVELOPE,
  FIRE_SECURITY,
  FORCES,
  KINDS,
  KINDS_ACTIVE,
  LAUNCHES,
  PROVINCE,
  REORGANISED_ON,
  SEED,
} from "./phu-tho-data.js";
import { lowerType, shortName } from "./places.js";
import { check, must, Rng } from "./rng.js";
import type { Model, Site, Team, Unit } from "./types.js";

/** A ward or commune of today's province. */
interface Commune {
  readonly code: string;
  readonly name: string;
  readonly ward: boolean;
}

export function phuTho(): Record<string, unknown> {
  const rng = new Rng(SEED);
  const units = provinceUnits();
  const communes: Commune[] = units
    .filter((u) => u.level === "commune")
    .map((u) => ({ code: u.code, name: u.name, ward: u.type === "ward" }));
  const models: Model[] = [];
  const sites: Site[] = [];

  const camera = cameraModel(rng, communes);
  models.push(camera.model);
  sites.push(...camera.sites);
  const fire = fireSecurity(rng, communes);
  models.push(...fire.models);
  sites.push(...fire.sites);
  const others = otherModels(rng, communes);
  models.push(...others.models);
  sites.push(...others.sites);

  // Ids in the order of launch (then of unit and name), sites likewise.
  const modelIds = new Map<string, string>();
  const ordered = models
    .map((m, i) => ({ m, i }))
    .sort((a, b) => order(a.m, b.m) || a.i - b.i)
    .map(({ m }, i) => {
      const id = `pt-mh-${pad(i + 1, 3)}`;
      modelIds.set(m.id, id);
      return { ...m, id };
    });
  const siteIds = new Map<string, string>();
  const orderedSites = sites
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        compare(`${a.s.launchedOn}|${a.s.unitCode}`, `${b.s.launchedOn}|${b.s.unitCode}`) ||
        a.i - b.i,
    )
    .map(({ s }, i) => {
      const id = `pt-site-${pad(i + 1, 4)}`;
      siteIds.set(s.id, id);
      return s;
    })
    .map((s) => ({
      ...s,
      id: siteIds.get(s.id) as string,
      modelId: modelIds.get(s.modelId) as string,
      ...(s.replicatedFromSiteId !== undefined
        ? { replicatedFromSiteId: siteIds.get(s.replicatedFromSiteId) as string }
        : {}),
    }));
  const teams = fire.teams.map((t) => ({
    ...t,
    modelSiteId: siteIds.get(t.modelSiteId as string),
  }));

  const activeKinds = new Set(
    ordered
      .filter((m) => m.status === "active")
      .map((m) => (m.kind === "custom" ? `custom:${m.customKindName}` : m.kind)),
  );
  check(activeKinds.size === KINDS_ACTIVE, `${KINDS_ACTIVE} kinds active, not ${activeKinds.size}`);

  return {
    ...ENVELOPE,
    units,
    models: ordered,
    sites: orderedSites,
    teams: numbered(teams),
    forces: FORCES.map((f) => ({ ...f })),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const order = (a: Model, b: Model) =>
  compare(`${a.launchedOn}|${a.unitCode}|${a.name}`, `${b.launchedOn}|${b.unitCode}|${b.name}`);

/** The province and its wards and communes since 1 July 2025, from the package's table. */
function provinceUnits(): Unit[] {
  const { units } = vietnamAdminData();
  const today = (u: Unit) => u.validFrom === REORGANISED_ON && u.validTo === undefined;
  const province = must(
    units.find((u) => u.code === PROVINCE && u.level === "province" && today(u)),
    "province 25",
  );
  const communes = units
    .filter((u) => u.parentCode === PROVINCE && u.level === "commune" && today(u))
    .sort((a, b) => compare(a.code, b.code));
  check(communes.length === 148, `Phú Thọ has 148 wards and communes, not ${communes.length}`);
  const unit = (u: Unit): Unit => ({
    code: u.code,
    name: u.name,
    level: u.level,
    type: u.type,
    ...(u.parentCode !== undefined ? { parentCode: u.parentCode } : {}),
    validFrom: REORGANISED_ON,
  });
  return [unit(province), ...communes.map(unit)];
}

/** The unit code's date when the record is older than today's units. */
const asOf = (date: string) => (date < REORGANISED_ON ? { unitCodeAsOf: REORGANISED_ON } : {});

/** A residential area of a ward (tổ dân phố) or commune (khu dân cư), numbered. */
const area = (rng: Rng, c: Commune) =>
  c.ward ? `Tổ dân phố ${rng.int(1, 24)}` : `Khu dân cư số ${rng.int(1, 18)}`;

/** "khu dân cư số 5" from "Khu dân cư số 5", to write inside a name. */
const lowerArea = (village: string) =>
  village.replace(/^(Tổ dân phố|Khu dân cư)/, (word) => word.toLowerCase());

/** A date of `year` (up to the end of November 2025), on or after `from`. */
function dateIn(rng: Rng, year: number, from: string): string {
  const start = maxDate(`${year}-01-02`, from);
  const end = year === 2025 ? "2025-11-28" : `${year}-12-28`;
  return randomDate(rng, start, end);
}

/** "Camera an ninh": one province model since 2020, 331 sites in 121 communes. */
function cameraModel(rng: Rng, communes: readonly Commune[]): { model: Model; sites: Site[] } {
  const model: Model = {
    id: "camera",
    name: CAMERA.name,
    kind: "camera-security",
    unitCode: PROVINCE,
    ...asOf(CAMERA.launchedOn),
    launchedOn: CAMERA.launchedOn,
    status: "active",
    description: CAMERA.description,
  };
  const withSite = rng.sample(communes, CAMERA.communes);
  const places: Commune[] = [...withSite];
  while (places.length < CAMERA.sites) places.push(rng.pick(withSite));
  const dates: string[] = [];
  for (const [year, n] of CAMERA.byYear) {
    for (let i = 0; i < n; i++) {
      dates.push(dates.length === 0 ? CAMERA.launchedOn : dateIn(rng, year, CAMERA.launchedOn));
    }
  }
  check(dates.length === CAMERA.sites, "331 camera sites");
  dates.sort(compare);
  // Spread the communes over the years: the first sites of the communes in random order.
  const shuffled = [places[0] as Commune, ...rng.shuffle(places.slice(1))];
  const firstIn = new Map<string, string>();
  const used = new Set<string>();
  /** A residential area of the commune that has no site of the model yet. */
  const freshArea = (c: Commune) => {
    let name = area(rng, c);
    while (used.has(`${c.code}|${name}`)) name = area(rng, c);
    used.add(`${c.code}|${name}`);
    return name;
  };
  const sites: Site[] = shuffled.map((c, i) => {
    const launchedOn = dates[i] as string;
    const id = `camera-${i}`;
    const from = i === 0 ? undefined : (firstIn.get(c.code) ?? "camera-0");
    if (!firstIn.has(c.code)) firstIn.set(c.code, id);
    return {
      id,
      modelId: model.id,
      unitCode: c.code,
      ...asOf(launchedOn),
      name: freshArea(c),
      kind: "village",
      launchedOn,
      status: "active",
      ...(from !== undefined ? { replicatedFromSiteId: from } : {}),
    };
  });
  return { model, sites };
}

/** "Tổ liên gia an toàn PCCC và ANTT": a model in 6 wards and communes, 7 groups in each. */
function fireSecurity(
  rng: Rng,
  communes: readonly Commune[],
): { models: Model[]; sites: Site[]; teams: Team[] } {
  const models: Model[] = [];
  const sites: Site[] = [];
  const teams: Team[] = [];
  const wards = communes.filter((c) => c.ward);
  const places = [
    ...rng.sample(wards, 4),
    ...rng.sample(
      communes.filter((c) => !c.ward),
      FIRE_SECURITY.models - 4,
    ),
  ];
  for (const c of places) {
    const launchedOn = randomDate(rng, ...FIRE_SECURITY.launches);
    const id = `fire-${c.code}`;
    models.push({
      id,
      name: `${FIRE_SECURITY.name} ${lowerType(c.name)}`,
      kind: "fire-safety-households",
      unitCode: c.code,
      ...asOf(launchedOn),
      launchedOn,
      status: "active",
      description:
        "Mỗi tổ 5 đến 7 hộ liền kề, liên kết bằng chuông báo cháy, nút ấn, bình chữa cháy và nhóm Zalo; cùng phòng cháy, chữa cháy và giữ gìn an ninh, trật tự",
    });
    sites.push({
      id,
      modelId: id,
      unitCode: c.code,
      ...asOf(launchedOn),
      name: c.name,
      kind: "commune",
      launchedOn,
      status: "active",
    });
    for (let i = 0; i < FIRE_SECURITY.teamsPerModel; i++) {
      const foundedOn =
        i === 0 ? launchedOn : randomDate(rng, addDays(launchedOn, 20), FIRE_SECURITY.lastFounded);
      const households = rng.int(...FIRE_SECURITY.households);
      const village = area(rng, c);
      const deputy = households > 6 ? 1 : 0;
      teams.push({
        id: "",
        kind: "fire-security-group",
        name: `${FIRE_SECURITY.name} số ${i + 1} ${lowerArea(village)}`,
        modelSiteId: id,
        unitCode: c.code,
        ...asOf(foundedOn),
        village,
        householdCount: households,
        memberCounts: { leader: 1, deputy, member: households - 1 - deputy },
        duties: ["fire-rescue", "keep-order"],
        equipment: [
          { kind: "alarm-bell-with-button", count: households },
          { kind: "fire-extinguisher", count: households + rng.int(0, 2) },
          { kind: "entry-tools", count: 1 },
        ],
        chatGroup: {
          platform: "zalo",
          name: `Liên gia PCCC và ANTT ${lowerArea(village)}, ${shortName(c.name)}`,
          memberCount: households * 2 + rng.int(0, 3),
        },
        foundedOn,
      });
    }
  }
  return { models, sites, teams };
}

/** The place of a site that is not a residential area or the commune itself. */
function placeName(siteKind: Site["kind"], stem: string, c: Commune): string {
  const s = shortName(c.name);
  switch (siteKind) {
    case "school":
      return `Trường Trung học cơ sở ${s}`;
    case "religious-community":
      return stem.startsWith("Chùa") ? `Chùa ${s}` : `Giáo xứ ${s}`;
    case "business":
      return `Cụm công nghiệp ${s}`;
    default:
      return `${stem.replace(/ (an toàn|về) .*$/, "")} ${s}`;
  }
}

/** The models of the other 36 kinds, each in a commune with its first site, and 2 ended. */
function otherModels(rng: Rng, communes: readonly Commune[]): { models: Model[]; sites: Site[] } {
  const models: Model[] = [];
  const sites: Site[] = [];
  const add = (
    kind: Model["kind"],
    customKindName: string | undefined,
    siteKind: Site["kind"],
    stem: string,
    c: Commune,
    launchedOn: string,
    ended?: { readonly endedOn: string; readonly endReason: string },
  ) => {
    const id = `other-${models.length}`;
    const village = siteKind === "village" ? area(rng, c) : undefined;
    const where =
      siteKind === "village" || siteKind === "commune" ? undefined : placeName(siteKind, stem, c);
    const name =
      village !== undefined
        ? `${stem} ${lowerArea(village)}, ${lowerType(c.name)}`
        : siteKind === "school" && where !== undefined
          ? `${stem} ${where}`
          : `${stem} ${lowerType(c.name)}`;
    const status = ended ? "ended" : "active";
    const end = ended ? { endedOn: ended.endedOn, endReason: ended.endReason } : {};
    models.push({
      id,
      name,
      kind,
      ...(customKindName !== undefined ? { customKindName } : {}),
      unitCode: c.code,
      ...asOf(launchedOn),
      launchedOn,
      status,
      ...end,
    });
    sites.push({
      id,
      modelId: id,
      unitCode: c.code,
      ...asOf(launchedOn),
      name: village ?? where ?? c.name,
      kind: siteKind,
      launchedOn,
      status,
      ...end,
    });
  };
  for (const [kind, customKindName, n, siteKind, stem] of KINDS) {
    const places =
      kind === "safe-boarding-houses" || kind === "safe-school-gate"
        ? rng.sample(
            communes.filter((c) => c.ward),
            n,
          )
        : rng.sample(communes, n);
    for (const c of places) {
      add(kind, customKindName, siteKind, stem, c, randomDate(rng, ...LAUNCHES));
    }
  }
  for (const e of ENDED) {
    const customKindName = "customKindName" in e ? e.customKindName : undefined;
    add(e.kind, customKindName, e.siteKind, e.stem, rng.pick(communes), e.launchedOn, e);
  }
  return { models, sites };
}

/** The teams, numbered in the order of their founding. */
function numbered(teams: Team[]): Team[] {
  return teams
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        compare(`${a.t.foundedOn}|${a.t.unitCode}`, `${b.t.foundedOn}|${b.t.unitCode}`) ||
        a.i - b.i,
    )
    .map(({ t }, i) => ({ ...t, id: `pt-lg-${pad(i + 1, 2)}` }));
}
