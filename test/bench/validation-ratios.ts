// Validation against bare zod, the contenders alternated round after round so that a busy
// machine slows them alike: the ratios recorded in docs/benchmarks.md ("Validation"). Run
//
//   node --import tsx test/bench/validation-ratios.ts [rounds] [records]
//
// The bare schemas have the same fields, code lists and formats as the library's, and
// nothing else: no trimming, no messages, no cross-field rules. Both sides must accept every
// generated record, and reject the same broken ones, or the benchmark stops. It prints
// throughput ratios (library ÷ bare; 1 is as fast as bare zod) and exits with status 1 when
// a ratio is under its goal: 0.9 for one record, 0.8 for a dataset.
import * as z from "zod";
import {
  CAMERA_COVERAGE_LABELS,
  CAMERA_FUNDING_SOURCE_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  CAMERA_SHARING_TIER_LABELS,
  CAMERA_STATUS_LABELS,
  CameraPointSchema,
  CLARIFICATION_MEANS_LABELS,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_DETECTION_LABELS,
  INCIDENT_LEGAL_CLASS_LABELS,
  INCIDENT_STATUS_LABELS,
  IncidentSchema,
  validateDataset,
} from "../../src/index.js";
import { median, time } from "./timing.js";

const ROUNDS = Number(process.argv[2] ?? 9);
const RECORDS = Number(process.argv[3] ?? 20_000);
// Each incident names two cameras of the dataset, which must be two.
if (!(RECORDS >= 2)) throw new RangeError(`records: at least 2, not ${process.argv[3]}`);

const codes = <T extends object>(labels: T) => Object.keys(labels) as [string, ...string[]];
const instant = z.iso.datetime({ offset: true });
const date = z.iso.date();
const id = z.string().min(1).max(128);
const name = z.string().min(1).max(300);
const unitCode = z.string().regex(/^(?:\d{2}|\d{3}|\d{5}|\d{5}\.[a-z0-9][a-z0-9_-]{0,39})$/);
const count = z.int().min(0);
const vnd = z.int().min(0).max(10_000_000_000_000);
const geo = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
const ext = z.record(z.string(), z.unknown());

const BareIncident = z.strictObject({
  id,
  category: z.enum(codes(INCIDENT_CATEGORY_LABELS)),
  legalClass: z.enum(codes(INCIDENT_LEGAL_CLASS_LABELS)).optional(),
  occurredAt: instant,
  reportedAt: instant.optional(),
  unitCode,
  unitCodeAsOf: date.optional(),
  location: geo.optional(),
  address: name.optional(),
  detectedBy: z.enum(codes(INCIDENT_DETECTION_LABELS)),
  cameraIds: z.array(id).max(1000).optional(),
  status: z.enum(codes(INCIDENT_STATUS_LABELS)),
  clarified: z
    .strictObject({
      on: date,
      by: z
        .array(z.enum(codes(CLARIFICATION_MEANS_LABELS)))
        .min(1)
        .max(5),
    })
    .optional(),
  suspects: count.optional(),
  victims: count.optional(),
  damageVnd: vnd.optional(),
  description: z.string().min(1).max(4000).optional(),
  ext: ext.optional(),
});

const BareCamera = z.strictObject({
  id,
  unitCode,
  unitCodeAsOf: date.optional(),
  village: name.optional(),
  location: geo.optional(),
  direction: z.number().min(0).lt(360).optional(),
  address: name.optional(),
  ownerKind: z.enum(codes(CAMERA_OWNER_KIND_LABELS)),
  funding: z
    .array(z.strictObject({ source: z.enum(codes(CAMERA_FUNDING_SOURCE_LABELS)), amount: vnd }))
    .max(100)
    .optional(),
  installedOn: date,
  connectedToDutyRoom: z.boolean(),
  sharingTier: z.enum(codes(CAMERA_SHARING_TIER_LABELS)),
  sharingCommitment: z.strictObject({ signedOn: date, withdrawnOn: date.optional() }).optional(),
  coverage: z
    .array(z.enum(codes(CAMERA_COVERAGE_LABELS)))
    .min(1)
    .max(3),
  noticePosted: z.boolean().optional(),
  ipCamera: z
    .union([
      z.literal(false),
      z.strictObject({ certifiedQcvn135: z.boolean(), defaultPasswordChanged: z.boolean() }),
    ])
    .optional(),
  retentionDays: z.int().min(0).max(3650).optional(),
  status: z.enum(codes(CAMERA_STATUS_LABELS)),
  removedOn: date.optional(),
  lenses: z.int().min(1).max(64).default(1),
  ext: ext.optional(),
});

const BareDataset = z.strictObject({
  schemaVersion: z.literal("1.0"),
  cameras: z.array(BareCamera),
  incidents: z.array(BareIncident),
});

// --- data: every code of every list, instants half in UTC and half in Vietnam time -------

const CATEGORIES = codes(INCIDENT_CATEGORY_LABELS);
const DETECTIONS = codes(INCIDENT_DETECTION_LABELS);
const OWNER_KINDS = codes(CAMERA_OWNER_KIND_LABELS);
const pad = (n: number) => String(n).padStart(2, "0");
const at = <T>(xs: readonly T[], i: number) => xs[i % xs.length] as T;

function incident(i: number) {
  const day = 1 + (i % 27);
  const clarified = i % 3 !== 0;
  return {
    id: `vv-${i}`,
    category: at(CATEGORIES, i),
    occurredAt:
      i % 2 === 0
        ? `2024-03-${pad(day)}T${pad(i % 24)}:40:00Z`
        : `2024-03-${pad(day)}T01:40:00+07:00`,
    reportedAt: `2024-03-${pad(day + 1)}T06:15:00+07:00`,
    unitCode: String(10_000 + (i % 3_000)),
    detectedBy: at(DETECTIONS, i),
    cameraIds: [`cam-${i % RECORDS}`, `cam-${(i + 1) % RECORDS}`],
    status: clarified ? "clarified" : "investigating",
    ...(clarified
      ? { clarified: { on: `2024-03-${pad(day + 1)}`, by: ["camera", "patrol"] } }
      : {}),
    ...(i % 4 === 0 ? { suspects: 1 + (i % 3), damageVnd: 1_000_000 * (i % 7) } : {}),
  };
}

function camera(i: number) {
  const live = i % 3 === 0;
  return {
    id: `cam-${i}`,
    unitCode: String(10_000 + (i % 3_000)),
    address: `Thôn ${1 + (i % 12)}`,
    ownerKind: at(OWNER_KINDS, i),
    funding: [{ source: "households", amount: 4_500_000 }],
    installedOn: `2023-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
    connectedToDutyRoom: live || i % 2 === 0,
    sharingTier: live ? "live-view" : "on-request",
    coverage: i % 2 === 0 ? ["road"] : ["road", "public-place"],
    status: "active",
    lenses: 1 + (i % 4),
    ...(i % 5 === 0 ? { ipCamera: { certifiedQcvn135: true, defaultPasswordChanged: true } } : {}),
  };
}

const incidents = Array.from({ length: RECORDS }, (_, i) => incident(i));
const cameras = Array.from({ length: RECORDS }, (_, i) => camera(i));
// Every camera an incident names is in the dataset, so validation finds nothing to report.
const dataset = { schemaVersion: "1.0", cameras, incidents };

// --- both sides agree on what they accept -----------------------------------------------

function agree(what: string, ours: z.ZodType, bare: z.ZodType, records: readonly object[]) {
  for (const record of records) {
    const a = ours.safeParse(record);
    if (!a.success)
      throw new Error(`${what}: the library rejects ${JSON.stringify(record)}: ${a.error.message}`);
    if (!bare.safeParse(record).success)
      throw new Error(`${what}: bare zod rejects ${JSON.stringify(record)}`);
  }
  // A broken field fails on both sides.
  const broken = { ...records[0], unitCode: "1234", id: "" };
  if (ours.safeParse(broken).success || bare.safeParse(broken).success) {
    throw new Error(`${what}: a broken record passed`);
  }
}
agree("incident", IncidentSchema, BareIncident, incidents);
agree("camera point", CameraPointSchema, BareCamera, cameras);
const checked = validateDataset(dataset);
if (!checked.success || checked.issues.length > 0)
  throw new Error(`the dataset is invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
if (!BareDataset.safeParse(dataset).success) throw new Error("bare zod rejects the dataset");

// --- alternated rounds ----------------------------------------------------------------

const parseAll = (schema: z.ZodType, records: readonly unknown[]) => () => {
  for (const record of records) schema.safeParse(record);
};

interface Row {
  readonly name: string;
  readonly records: number;
  readonly ours: () => unknown;
  readonly bare: () => unknown;
  readonly goal: number;
}
const rows: Row[] = [
  {
    name: "`IncidentSchema.safeParse`",
    records: RECORDS,
    ours: parseAll(IncidentSchema, incidents),
    bare: parseAll(BareIncident, incidents),
    goal: 0.9,
  },
  {
    name: "`CameraPointSchema.safeParse`",
    records: RECORDS,
    ours: parseAll(CameraPointSchema, cameras),
    bare: parseAll(BareCamera, cameras),
    goal: 0.9,
  },
  {
    name: "`validateDataset`",
    records: 2 * RECORDS,
    ours: () => validateDataset(dataset),
    bare: () => BareDataset.safeParse(dataset),
    goal: 0.8,
  },
];

console.log(
  `validation, ${RECORDS.toLocaleString("en")} records of each kind, ${ROUNDS} alternated rounds, Node ${process.version}`,
);
console.log("| what | library ms | bare zod ms | records/s | library ÷ bare (throughput) | goal |");
console.log("|---|---:|---:|---:|---:|---:|");
let failed = false;
for (const row of rows) {
  const ours: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    // Which side runs first alternates too: the second run of a round is a few percent
    // faster or slower, whichever it is.
    let a: number;
    let b: number;
    if (round % 2 === 0) {
      a = time(row.ours);
      b = time(row.bare);
    } else {
      b = time(row.bare);
      a = time(row.ours);
    }
    if (round > 0) {
      ours.push(a);
      bare.push(b);
    }
  }
  const ratio = median(ours.map((t, i) => (bare[i] as number) / t));
  if (ratio < row.goal) failed = true;
  console.log(
    `| ${row.name} | ${median(ours).toFixed(0)} | ${median(bare).toFixed(0)} | ${Math.round(row.records / (median(ours) / 1000)).toLocaleString("en")} | ${ratio.toFixed(2)} | ≥ ${row.goal} |`,
  );
}
if (failed) {
  console.error("a ratio is under its goal");
  process.exitCode = 1;
}
