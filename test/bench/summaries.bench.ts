// The domain summaries against hand-written single-pass loops computing the same figures
// over the same records, in the same run (`npx vitest bench --run
// test/bench/summaries.bench.ts`). Results are recorded in docs/benchmarks.md
// ("Summaries"). Records per second = hz × 1,000,000.
//
// 1,000,000 valid incidents (checked on a sample with IncidentSchema) across 3,000 communes
// (5-digit codes) and 24 months (2023-2024), instants written in Vietnam time with a
// +07:00 offset. They are generated once, before any timing.
import { bench, describe } from "vitest";
import { random } from "../../examples/data/province.js";
import {
  aggregate,
  byPeriod,
  byUnit,
  type Clarification,
  defaultLegalClassOf,
  groupBy,
  type Incident,
  IncidentCategorySchema,
  type IncidentDetection,
  type IncidentLegalClass,
  IncidentSchema,
  type IncidentStatus,
  type IncidentSummary,
  incidentSummary,
  incidentSummaryByUnitAndPeriod,
  periodKeyOf,
  summarizeIncidents,
} from "../../src/index.js";

const RECORDS = 1_000_000;

/** Each bench runs a fixed number of times: one run reads a million records. */
const SLOW = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };
/** The grouped runs take seconds each (72,000 groups): fewer of them. */
const SLOWER = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

// --- data ---------------------------------------------------------------------------------

const COMMUNES = Array.from({ length: 3000 }, (_, i) => String(10_000 + i * 29));
const CATEGORIES = IncidentCategorySchema.options;
const DETECTIONS: readonly IncidentDetection[] = ["camera", "patrol", "tip", "report", "other"];
const START = Date.UTC(2022, 11, 31, 17); // 2023-01-01T00:00:00+07:00
const SPAN = Date.UTC(2024, 11, 31, 17) - START; // 24 months
const HOURS7 = 7 * 3_600_000;
// Shared by the records that use them, as a loader reusing parsed constants would.
const BY_CAMERA: Clarification["by"] = ["camera"];
const BY_INVESTIGATION: Clarification["by"] = ["investigation"];
const BY_CAMERA_AND_TIP: Clarification["by"] = ["camera", "tip"];

function generate(n: number, seed = 1): Incident[] {
  const next = random(seed);
  const out: Incident[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const local = new Date(START + Math.floor(next() * SPAN) + HOURS7).toISOString();
    const occurredAt = `${local.slice(0, 19)}+07:00`;
    const r = next();
    const category = CATEGORIES[Math.floor(r * r * CATEGORIES.length)] as Incident["category"];
    const s = next();
    const status: IncidentStatus =
      s < 0.2
        ? "received"
        : s < 0.35
          ? "investigating"
          : s < 0.75
            ? "clarified"
            : s < 0.85
              ? "transferred"
              : "closed";
    const incident: {
      -readonly [K in keyof Incident]: Incident[K];
    } = {
      id: `vv-${i}`,
      category,
      occurredAt,
      unitCode: COMMUNES[i % COMMUNES.length] as string,
      detectedBy: DETECTIONS[Math.floor(next() * DETECTIONS.length)] as IncidentDetection,
      status,
    };
    if (next() < 0.05) incident.legalClass = "administrative";
    if (
      status === "clarified" ||
      (status !== "received" && status !== "investigating" && next() < 0.5)
    ) {
      const b = next();
      incident.clarified = {
        on: local.slice(0, 10),
        by: b < 0.4 ? BY_CAMERA : b < 0.7 ? BY_INVESTIGATION : BY_CAMERA_AND_TIP,
      };
    }
    if (next() < 0.6) incident.suspects = Math.floor(next() * 4);
    out[i] = incident;
  }
  return out;
}

const records = generate(RECORDS);
for (const incident of records.slice(0, 2000)) IncidentSchema.parse(incident);

// --- the contenders -----------------------------------------------------------------------

/** The library: summarizeIncidents' aggregator nested in the engine's groupBy, twice. */
const composed = incidentSummaryByUnitAndPeriod();
/** The same composition written out (what incidentSummaryByUnitAndPeriod returns). */
const composedByHand = groupBy(
  byUnit((i: Incident) => i.unitCode),
  groupBy(
    byPeriod((i: Incident) => i.occurredAt, "month"),
    incidentSummary(),
  ),
);

interface Acc {
  total: number;
  byCategory: Record<string, number>;
  byLegalClass: Record<string, number>;
  byDetection: Record<string, number>;
  byStatus: Record<string, number>;
  clarified: number;
  clarifiedWithCamera: number;
  clarifiedByCategory: Record<string, number>;
  clarifiedWithCameraByCategory: Record<string, number>;
  suspects: number;
  harm: Harm;
  harmByCategory: Record<string, Harm>;
  byCause: Record<string, Record<string, number>>;
  trafficBySeverity: Record<string, number>;
}

interface Harm {
  deaths: number;
  injuries: number;
  deathsStated: number;
  injuriesStated: number;
  casualtiesStated: number;
  damageVnd: number;
  damageStated: number;
}

const noHarm = (): Harm => ({
  deaths: 0,
  injuries: 0,
  deathsStated: 0,
  injuriesStated: 0,
  casualtiesStated: 0,
  damageVnd: 0,
  damageStated: 0,
});

function addHarm(h: Harm, r: Incident): void {
  const c = r.casualties;
  if (c?.deaths !== undefined) {
    h.deaths += c.deaths;
    h.deathsStated++;
  }
  if (c?.injuries !== undefined) {
    h.injuries += c.injuries;
    h.injuriesStated++;
  }
  if (c?.deaths !== undefined && c.injuries !== undefined) h.casualtiesStated++;
  if (r.damageVnd !== undefined) {
    h.damageVnd += r.damageVnd;
    h.damageStated++;
  }
}

const DEFAULT_CLASS: Record<string, IncidentLegalClass> = Object.fromEntries(
  CATEGORIES.map((c) => [c, defaultLegalClassOf(c)]),
);

function newAcc(): Acc {
  return {
    total: 0,
    byCategory: {},
    byLegalClass: {},
    byDetection: {},
    byStatus: {},
    clarified: 0,
    clarifiedWithCamera: 0,
    clarifiedByCategory: {},
    clarifiedWithCameraByCategory: {},
    suspects: 0,
    harm: noHarm(),
    harmByCategory: {},
    byCause: {},
    trafficBySeverity: {},
  };
}

function addTo(acc: Acc, r: Incident): void {
  acc.total++;
  acc.byCategory[r.category] = (acc.byCategory[r.category] ?? 0) + 1;
  const legalClass = r.legalClass ?? (DEFAULT_CLASS[r.category] as IncidentLegalClass);
  acc.byLegalClass[legalClass] = (acc.byLegalClass[legalClass] ?? 0) + 1;
  acc.byDetection[r.detectedBy] = (acc.byDetection[r.detectedBy] ?? 0) + 1;
  acc.byStatus[r.status] = (acc.byStatus[r.status] ?? 0) + 1;
  if (r.clarified !== undefined) {
    acc.clarified++;
    acc.clarifiedByCategory[r.category] = (acc.clarifiedByCategory[r.category] ?? 0) + 1;
    if (r.clarified.by.includes("camera")) {
      acc.clarifiedWithCamera++;
      acc.clarifiedWithCameraByCategory[r.category] =
        (acc.clarifiedWithCameraByCategory[r.category] ?? 0) + 1;
    }
  }
  if (r.suspects !== undefined) acc.suspects += r.suspects;
  if (r.casualties !== undefined || r.damageVnd !== undefined) {
    addHarm(acc.harm, r);
    const harm = acc.harmByCategory[r.category] ?? noHarm();
    acc.harmByCategory[r.category] = harm;
    addHarm(harm, r);
  }
  if (r.category === "fire" || r.category === "traffic-accident") {
    const causes = acc.byCause[r.category] ?? {};
    acc.byCause[r.category] = causes;
    const cause = r.cause ?? "unassigned";
    causes[cause] = (causes[cause] ?? 0) + 1;
    if (r.category === "traffic-accident") {
      const severity = r.trafficSeverity ?? "unassigned";
      acc.trafficBySeverity[severity] = (acc.trafficBySeverity[severity] ?? 0) + 1;
    }
  }
}

function sorted(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(counts).sort()) out[key] = counts[key] as number;
  return out;
}

const rate = (n: number, d: number) => ({
  numerator: n,
  denominator: d,
  ratio: d === 0 ? null : n / d,
});

function finishAcc(acc: Acc): IncidentSummary {
  return {
    period: null,
    input: acc.total,
    outsidePeriod: 0,
    total: acc.total,
    byCategory: sorted(acc.byCategory),
    byLegalClass: sorted(acc.byLegalClass),
    byDetection: sorted(acc.byDetection),
    byStatus: sorted(acc.byStatus),
    clarified: acc.clarified,
    clarifiedWithCamera: acc.clarifiedWithCamera,
    clarifiedByCategory: sorted(acc.clarifiedByCategory),
    clarifiedWithCameraByCategory: sorted(acc.clarifiedWithCameraByCategory),
    clarificationRate: rate(acc.clarified, acc.total),
    cameraShareOfClarified: rate(acc.clarifiedWithCamera, acc.clarified),
    suspects: acc.suspects,
    harm: { cases: acc.total, ...acc.harm },
    harmByCategory: Object.fromEntries(
      Object.keys(acc.harmByCategory)
        .sort()
        .map((k) => [k, { cases: acc.byCategory[k] ?? 0, ...(acc.harmByCategory[k] as Harm) }]),
    ),
    byAccidentCategoryAndCause: Object.fromEntries(
      Object.keys(acc.byCause)
        .sort()
        .map((k) => [k, sorted(acc.byCause[k] as Record<string, number>)]),
    ),
    trafficBySeverity: sorted(acc.trafficBySeverity),
  };
}

type Table = Record<string, Record<string, IncidentSummary>>;

function finishTable(units: Map<string, Map<string, Acc>>): Table {
  const out: Table = {};
  for (const unit of [...units.keys()].sort()) {
    const months = units.get(unit) as Map<string, Acc>;
    const row: Record<string, IncidentSummary> = {};
    for (const month of [...months.keys()].sort()) row[month] = finishAcc(months.get(month) as Acc);
    out[unit] = row;
  }
  return out;
}

function accFor(units: Map<string, Map<string, Acc>>, unit: string, month: string): Acc {
  let months = units.get(unit);
  if (months === undefined) {
    months = new Map();
    units.set(unit, months);
  }
  let acc = months.get(month);
  if (acc === undefined) {
    acc = newAcc();
    months.set(month, acc);
  }
  return acc;
}

/** By hand, the Vietnamese month by arithmetic (UTC+7 all year): right for any offset. */
function loopWithArithmetic(rs: readonly Incident[]): Table {
  const units = new Map<string, Map<string, Acc>>();
  for (const r of rs) {
    const vietnam = new Date(Date.parse(r.occurredAt) + HOURS7);
    const m = vietnam.getUTCMonth() + 1;
    const month = `${vietnam.getUTCFullYear()}-${m < 10 ? "0" : ""}${m}`;
    addTo(accFor(units, r.unitCode, month), r);
  }
  return finishTable(units);
}

/**
 * By hand, tuned to this data: an instant written with +07:00 is already in Vietnam time,
 * so its month is its first 7 characters (other offsets go through periodKeyOf).
 */
function loopTuned(rs: readonly Incident[]): Table {
  const units = new Map<string, Map<string, Acc>>();
  for (const r of rs) {
    const at = r.occurredAt;
    const month = at.endsWith("+07:00") ? at.slice(0, 7) : periodKeyOf(at, "month");
    addTo(accFor(units, r.unitCode, month), r);
  }
  return finishTable(units);
}

/** Counters with every code at 0, all of one shape (as the library's states start). */
function zeros(codes: readonly string[]): () => Record<string, number> {
  const template: Record<string, number> = {};
  for (const code of codes) template[code] = 0;
  return () => ({ ...template });
}

const categoryZeros = zeros(CATEGORIES);
const classZeros = zeros(["criminal", "administrative", "accident", "dispute", "other"]);
const detectionZeros = zeros(DETECTIONS);
const statusZeros = zeros(["received", "investigating", "clarified", "transferred", "closed"]);

function newShapedAcc(): Acc {
  return {
    total: 0,
    byCategory: categoryZeros(),
    byLegalClass: classZeros(),
    byDetection: detectionZeros(),
    byStatus: statusZeros(),
    clarified: 0,
    clarifiedWithCamera: 0,
    clarifiedByCategory: categoryZeros(),
    clarifiedWithCameraByCategory: categoryZeros(),
    suspects: 0,
    harm: noHarm(),
    harmByCategory: {},
    byCause: {},
    trafficBySeverity: {},
  };
}

function sortedNonZero(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(counts).sort()) {
    const n = counts[key] as number;
    if (n !== 0) out[key] = n;
  }
  return out;
}

/**
 * By hand, tuned further: the +07:00 month shortcut, and pre-shaped counters (every code
 * at 0, one hidden class) instead of objects that grow key by key.
 */
function loopShaped(rs: readonly Incident[]): Table {
  const units = new Map<string, Map<string, Acc>>();
  for (const r of rs) {
    const at = r.occurredAt;
    const month = at.endsWith("+07:00") ? at.slice(0, 7) : periodKeyOf(at, "month");
    let months = units.get(r.unitCode);
    if (months === undefined) {
      months = new Map();
      units.set(r.unitCode, months);
    }
    let acc = months.get(month);
    if (acc === undefined) {
      acc = newShapedAcc();
      months.set(month, acc);
    }
    addTo(acc, r);
  }
  const out: Table = {};
  for (const unit of [...units.keys()].sort()) {
    const months = units.get(unit) as Map<string, Acc>;
    const row: Record<string, IncidentSummary> = {};
    for (const month of [...months.keys()].sort()) {
      const acc = months.get(month) as Acc;
      row[month] = {
        ...finishAcc(acc),
        byCategory: sortedNonZero(acc.byCategory),
        byLegalClass: sortedNonZero(acc.byLegalClass),
        byDetection: sortedNonZero(acc.byDetection),
        byStatus: sortedNonZero(acc.byStatus),
        clarifiedByCategory: sortedNonZero(acc.clarifiedByCategory),
        clarifiedWithCameraByCategory: sortedNonZero(acc.clarifiedWithCameraByCategory),
      };
    }
    out[unit] = row;
  }
  return out;
}

/** The flat summary (no grouping), by hand. */
function flatLoop(rs: readonly Incident[]): IncidentSummary {
  const acc = newAcc();
  for (const r of rs) addTo(acc, r);
  return finishAcc(acc);
}

// The benchmark compares equal work: every contender must give the same figures.
const expected = JSON.stringify(aggregate(composed, records));
for (const [name, run] of [
  ["composedByHand", () => aggregate(composedByHand, records)],
  ["loopWithArithmetic", () => loopWithArithmetic(records)],
  ["loopTuned", () => loopTuned(records)],
  ["loopShaped", () => loopShaped(records)],
] as const) {
  if (JSON.stringify(run()) !== expected) {
    throw new Error(
      `${name} disagrees with the library: the benchmark is not comparing like with like`,
    );
  }
}
if (JSON.stringify(flatLoop(records)) !== JSON.stringify(summarizeIncidents(records))) {
  throw new Error("flatLoop disagrees with summarizeIncidents");
}

// --- benches ------------------------------------------------------------------------------

describe(`incidents: unit × month × category summaries over ${RECORDS.toLocaleString("en")} records (3,000 communes, 24 months)`, () => {
  bench(
    "library: aggregate(incidentSummaryByUnitAndPeriod()) = groupBy(byUnit, groupBy(byPeriod month, incidentSummary()))",
    () => {
      aggregate(composed, records);
    },
    SLOWER,
  );
  bench(
    "hand-written loop, month by Date.parse + 7 h",
    () => {
      loopWithArithmetic(records);
    },
    SLOWER,
  );
  bench(
    "hand-written loop tuned to +07:00 instants (month = first 7 characters)",
    () => {
      loopTuned(records);
    },
    SLOWER,
  );
  bench(
    "hand-written loop tuned to +07:00 instants, with pre-shaped counters",
    () => {
      loopShaped(records);
    },
    SLOWER,
  );
});

describe(`incidents: one summary over ${RECORDS.toLocaleString("en")} records (no grouping)`, () => {
  bench(
    "library: summarizeIncidents(records)",
    () => {
      summarizeIncidents(records);
    },
    SLOW,
  );
  bench(
    "hand-written loop",
    () => {
      flatLoop(records);
    },
    SLOW,
  );
});
