/** Thọ Xuân's camera points: Xuân Sinh's 25, then the lenses of each owner kind split into points. */
import { addDays, maxDate, randomDate } from "./dates.js";
import { fill, jitter } from "./places.js";
import { numberInOrder } from "./records.js";
import type { Rng } from "./rng.js";
import { TX_COMMUNES, type TxCommune, xuanSinh } from "./tho-xuan-communes.js";
import {
  ADDRESSES,
  LENS_SIZES,
  LENSES,
  POLICE_POINTS,
  XUAN_SINH,
  XUAN_SINH_CAMERAS,
} from "./tho-xuan-data.js";
import type { Camera, OwnerKind } from "./types.js";

/** Splits `total` lenses into points of plausible sizes. */
function splitLenses(rng: Rng, total: number, owner: OwnerKind): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(rng.weighted(LENS_SIZES[owner]), left);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export interface TxCameraIndex {
  readonly byCommune: Map<string, Camera[]>;
}

export function txCameras(rng: Rng): { cameras: Camera[]; index: TxCameraIndex } {
  const drafts: (Camera & { place: TxCommune })[] = [];
  const others = TX_COMMUNES.filter((c) => c.code !== XUAN_SINH);
  const weights = others.map((c) => [c, c.type === "township" ? 2.2 : 1] as const);
  const xs = xuanSinh();
  const [installedFrom, installedTo] = XUAN_SINH_CAMERAS.installed;

  // Xuân Sinh: 25 public points of one lens each on the main roads, installed in 2020.
  for (let i = 0; i < XUAN_SINH_CAMERAS.points; i++) {
    const village = xs.villages[i % xs.villages.length] as string;
    const installedOn = randomDate(rng, installedFrom, installedTo);
    drafts.push({
      id: "",
      place: xs,
      unitCode: XUAN_SINH,
      village,
      location: jitter(rng, xs, 0.012),
      address: i < 3 ? rng.pick(XUAN_SINH_CAMERAS.landmarks) : `Trục đường chính qua ${village}`,
      ownerKind: "public",
      funding: [{ source: "households", amount: XUAN_SINH_CAMERAS.householdsPaid }],
      installedOn,
      connectedToDutyRoom: true,
      sharingTier: "live-view",
      sharingCommitment: { signedOn: installedOn },
      coverage: ["road"],
      retentionDays: 30,
      status: "active",
      lenses: 1,
    });
  }

  // Police points: one at each of 15 commune police stations, 4 lenses each.
  const policeCommunes = rng.sample(others, POLICE_POINTS.stations);
  for (const { owner, connected, other } of LENSES) {
    for (const isConnected of [true, false]) {
      const total = isConnected ? connected : other;
      if (total === 0) continue;
      splitLenses(rng, total, owner).forEach((lenses, i) => {
        const place = owner === "police" ? (policeCommunes[i] as TxCommune) : rng.weighted(weights);
        drafts.push(point(rng, owner, isConnected, place, lenses));
      });
    }
  }

  numberInOrder(
    drafts,
    (d) => `${d.unitCode}|${d.installedOn}|${d.location?.lat ?? 0}`,
    "tx-cam-",
    5,
  );
  const byCommune = new Map<string, Camera[]>();
  const cameras: Camera[] = drafts.map((draft) => {
    const { place: _place, ...camera } = draft;
    return camera;
  });
  for (const camera of cameras) {
    const list = byCommune.get(camera.unitCode) ?? [];
    list.push(camera);
    byCommune.set(camera.unitCode, list);
  }
  return { cameras, index: { byCommune } };
}

/** One camera point of an owner kind in a commune. */
function point(
  rng: Rng,
  owner: OwnerKind,
  isConnected: boolean,
  place: TxCommune,
  lenses: number,
): Camera & { place: TxCommune } {
  const village = rng.pick(place.villages);
  const earliest =
    owner === "public" || owner === "police" || isConnected
      ? place.launchedOn
      : owner === "household" || owner === "business"
        ? "2019-01-10"
        : addDays(place.launchedOn, -400);
  const installedOn =
    owner === "police"
      ? randomDate(rng, place.launchedOn, addDays(place.launchedOn, 120))
      : randomDate(rng, maxDate(earliest, "2019-01-10"), "2024-11-29");
  const budget = owner === "police" || (owner === "public" && rng.chance(0.2));
  const unitPrice = owner === "police" ? POLICE_POINTS.pricePerLens : rng.int(22, 34) * 100_000;
  const address =
    owner === "household"
      ? undefined
      : fill(owner === "police" ? ADDRESSES.police : rng.pick(ADDRESSES[owner]), place, village);
  const tier = isConnected
    ? "live-view"
    : rng.weighted([
        ["on-request", 0.75],
        ["registered", 0.25],
      ] as const);
  const signed = isConnected || owner === "public" || owner === "police" || rng.chance(0.25);
  const coverage: Camera["coverage"] =
    owner === "household"
      ? rng.chance(0.6)
        ? ["road", "private"]
        : ["road"]
      : owner === "public"
        ? rng.pick([["road"], ["public-place"], ["road", "public-place"]] as const).slice()
        : owner === "police"
          ? ["road", "public-place"]
          : rng.chance(0.5)
            ? ["road", "public-place", "private"]
            : ["public-place", "private"];
  return {
    id: "",
    place,
    unitCode: place.code,
    ...(owner === "household" || owner === "public" ? { village } : {}),
    location: jitter(rng, place, 0.009),
    ...(address !== undefined ? { address } : {}),
    ownerKind: owner,
    ...(owner === "public" || owner === "police"
      ? {
          funding: [{ source: budget ? "budget" : "households", amount: unitPrice * lenses }],
        }
      : {}),
    installedOn,
    connectedToDutyRoom: isConnected,
    sharingTier: tier,
    ...(signed ? { sharingCommitment: { signedOn: installedOn } } : {}),
    coverage,
    ...(owner === "public" || owner === "police" ? { retentionDays: 30 } : {}),
    status: "active",
    lenses,
  };
}

/** Up to `n` cameras of a commune installed before `date`, preferring connected ones. */
export function camerasBefore(
  rng: Rng,
  index: TxCameraIndex,
  code: string,
  date: string,
  n: number,
): Camera[] {
  const ready = (index.byCommune.get(code) ?? []).filter(
    (c) => c.installedOn !== undefined && c.installedOn < date,
  );
  const connected = ready.filter((c) => c.connectedToDutyRoom);
  const pool = connected.length >= n && rng.chance(0.6) ? connected : ready;
  return rng.sample(pool, n);
}
