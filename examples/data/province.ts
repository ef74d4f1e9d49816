// A generated province, for the worker example (examples/province-workers.ts) and the
// report benchmarks (test/bench/report-stream.ts): a province of `communes` communes (the
// two tiers since July 2025), each with its share of incidents, cameras, activities,
// extractions and contributions over 2023 and 2024. Deterministic: commune i's records
// depend only on i, so any share of the communes can be generated apart, in any order.
// Names and figures are illustrative.
import { type AdminUnit, INCIDENT_CATEGORY_LABELS, type ReportRecord } from "antt";

/** The incident categories, the first ones more frequent (as in real data). */
const CATEGORIES = Object.keys(INCIDENT_CATEGORY_LABELS);

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Writes an instant in Vietnam time: `2024-03-07T22:15:00+07:00`. */
export function vietnamInstant(ms: number): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** Writes an instant in UTC: `2024-03-07T15:15:00Z`. */
export function utcInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** The province's code. */
export const PROVINCE = "38";

/** How many records of each kind a commune gets, for a province of a given size. */
export interface ProvinceSize {
  readonly communes: number;
  readonly incidents: number;
  readonly cameras: number;
  /** Activities, extractions and contributions together. */
  readonly others: number;
}

/** The units: the province and its communes. */
export function provinceUnits(size: ProvinceSize): AdminUnit[] {
  const units: AdminUnit[] = [
    { code: PROVINCE, name: "Tỉnh Mẫu", level: "province", type: "province" },
  ];
  for (let i = 0; i < size.communes; i++) {
    units.push({
      code: communeCode(i),
      name: `Xã Mẫu ${i + 1}`,
      level: "commune",
      type: "commune",
      parentCode: PROVINCE,
    });
  }
  return units;
}

export function communeCode(i: number): string {
  return String(20_000 + i * 3);
}

const START = Date.UTC(2022, 11, 31, 17);
const SPAN = Date.UTC(2024, 11, 31, 17) - START;
const DETECTIONS = ["patrol", "camera", "tip", "report", "other"] as const;
const OWNERS = ["household", "business", "school", "public", "police"] as const;

/** Commune i's records, lazily, collection after collection. */
export function* communeRecords(i: number, size: ProvinceSize): Generator<ReportRecord> {
  const next = random(1_000 + i);
  const unitCode = communeCode(i);
  const share = (n: number) => Math.floor(n / size.communes) + (i < n % size.communes ? 1 : 0);
  const at = () => {
    const ms = START + Math.floor(next() * SPAN);
    return next() < 0.5 ? utcInstant(ms) : vietnamInstant(ms);
  };
  for (let k = 0; k < share(size.cameras); k++) {
    const day = at().slice(0, 10);
    yield {
      collection: "cameras",
      record: {
        id: `c-${unitCode}-${k}`,
        unitCode: next() < 0.8 ? unitCode : `${unitCode}.thon-${1 + Math.floor(next() * 8)}`,
        ownerKind: OWNERS[Math.floor(next() * OWNERS.length)] as (typeof OWNERS)[number],
        installedOn: day < "2024-01-01" ? day : "2023-06-01",
        connectedToDutyRoom: next() < 0.2,
        sharingTier: "on-request",
        coverage: ["road"],
        status: "active",
        lenses: 1 + Math.floor(next() * 3),
      },
    } as ReportRecord;
  }
  for (let k = 0; k < share(size.incidents); k++) {
    const r = next();
    const clarified = next() < 0.4;
    const occurredAt = at();
    yield {
      collection: "incidents",
      record: {
        id: `i-${unitCode}-${k}`,
        category: CATEGORIES[Math.floor(r * r * CATEGORIES.length)],
        occurredAt,
        unitCode,
        detectedBy: DETECTIONS[Math.floor(next() * DETECTIONS.length)],
        status: clarified ? "clarified" : "received",
        ...(clarified
          ? {
              clarified: { on: "2024-12-31", by: [next() < 0.5 ? "camera" : "patrol"] },
              suspects: 1,
            }
          : {}),
      },
    } as ReportRecord;
  }
  const others = share(size.others);
  for (let k = 0; k < others; k++) {
    const kind = k % 3;
    const when = at();
    if (kind === 0) {
      yield {
        collection: "activities",
        record: {
          kind: "patrol",
          id: `a-${unitCode}-${k}`,
          unitCode,
          startedAt: when,
          participants: 2 + Math.floor(next() * 8),
          directedByCamera: next() < 0.3,
        },
      } as ReportRecord;
    } else if (kind === 1) {
      yield {
        collection: "extractions",
        record: {
          id: `x-${unitCode}-${k}`,
          unitCode,
          cameraIds: [`c-${unitCode}-0`],
          requestedAt: when,
          requestedBy: `Công an xã ${unitCode}`,
          footageFrom: utcInstant(Date.parse(when) - 7_200_000),
          footageTo: utcInstant(Date.parse(when) - 3_600_000),
          purpose: "incident-investigation",
          incidentId: `i-${unitCode}-${Math.floor(next() * Math.max(1, share(size.incidents)))}`,
          outcome: next() < 0.3 ? "helped-clarify" : "no-useful-footage",
        },
      } as ReportRecord;
    } else {
      yield {
        collection: "contributions",
        record: {
          id: `dg-${unitCode}-${k}`,
          unitCode,
          contributorKind: "household",
          contributorCount: 1 + Math.floor(next() * 20),
          amount: 100_000 * (1 + Math.floor(next() * 50)),
          receivedOn: when.slice(0, 10),
          funds: { kind: "cameras" },
        },
      } as ReportRecord;
    }
  }
}

/** The province's NDJSON lines (the library's format), commune after commune. */
export function* provinceNDJSON(
  size: ProvinceSize,
  from = 0,
  to = size.communes,
): Generator<string> {
  if (from === 0)
    yield `${JSON.stringify({ schemaVersion: "1.0", name: "Tỉnh Mẫu, 2023-2024" })}\n`;
  for (let i = from; i < to; i++) {
    for (const line of communeRecords(i, size)) yield `${JSON.stringify(line)}\n`;
  }
}
