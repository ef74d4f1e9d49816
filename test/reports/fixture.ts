// A small district dataset for the report tests: every collection, two years, records in
// the district, in a neighbouring district and under unit codes the units do not list.
import { readFileSync } from "node:fs";
import { type Dataset, DatasetSchema, validateDataset } from "../../src/dataset/index.js";

/** A unit of the dataset, as raw JSON: without dates, and with a parent unless it is a province. */
const unit = (code: string, name: string, level: string, type: string, parentCode?: string) =>
  parentCode === undefined ? { code, name, level, type } : { code, name, level, type, parentCode };

export const UNITS = [
  unit("40", "Tỉnh Mẫu", "province", "province"),
  unit("412", "Huyện Mẫu Sơn", "district", "rural-district", "40"),
  unit("16000", "Xã Sơn Hà", "commune", "commune", "412"),
  unit("16003", "Thị trấn Mẫu", "commune", "township", "412"),
  unit("16000.thon-2", "Thôn 2", "village", "village", "16000"),
  unit("413", "Huyện Bên", "district", "rural-district", "40"),
  unit("16100", "Xã Bên", "commune", "commune", "413"),
];

/** A household's active camera of one lens, facing the road, as raw JSON; `extra` overrides. */
export const camera = (
  id: string,
  unitCode: string,
  installedOn: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  unitCode,
  ownerKind: "household",
  installedOn,
  connectedToDutyRoom: false,
  sharingTier: "on-request",
  coverage: ["road"],
  status: "active",
  lenses: 1,
  ...extra,
});

const incident = (
  id: string,
  unitCode: string,
  occurredAt: string,
  category: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  category,
  occurredAt,
  unitCode,
  detectedBy: "report",
  status: "received",
  ...extra,
});

const clarified = (by: string[]) => ({
  status: "clarified",
  clarified: { on: "2024-12-31", by },
  suspects: 1,
});

/** The raw dataset (JSON-like), to be parsed or altered by a test. */
export function rawDataset(): Record<string, unknown> {
  return {
    schemaVersion: "1.0",
    name: "Huyện Mẫu Sơn, 2023-2024",
    area: { unitCode: "412", name: "Huyện Mẫu Sơn" },
    covers: { start: "2023-01-01", end: "2024-12-31" },
    units: UNITS,
    models: [
      {
        id: "mh-cam",
        name: "Camera an ninh huyện Mẫu Sơn",
        kind: "camera-security",
        type: "Mô hình phòng ngừa",
        group: "Camera an ninh",
        unitCode: "412",
        launchedOn: "2022-03-01",
        status: "active",
        exemplar: true,
        dossierRef: "HS-01",
        grade: { grade: "good", reviewedOn: "2024-06-30", kind: "interim" },
      },
      {
        id: "mh-5in1",
        name: "Tổ tự quản 5 trong 1 thôn 2",
        kind: "five-in-one",
        type: "Mô hình tự quản",
        group: "Tổ tự quản 5 trong 1",
        unitCode: "16000.thon-2",
        launchedOn: "2024-02-10",
        status: "active",
      },
      {
        id: "mh-loa",
        name: "Tiếng loa an ninh",
        kind: "security-loudspeaker",
        unitCode: "16003",
        launchedOn: "2021-05-01",
        status: "ended",
        endedOn: "2024-06-30",
        endReason: "Không hiệu quả",
      },
      {
        id: "mh-old",
        name: "Mô hình cũ",
        kind: "custom",
        customKindName: "Chốt tự quản bến đò",
        unitCode: "16000",
        launchedOn: "2019-01-01",
        status: "ended",
        endedOn: "2022-12-31",
        endReason: "Sáp nhập",
      },
      {
        id: "mh-proposed",
        name: "Mô hình đề xuất",
        kind: "four-safeties",
        unitCode: "16000",
        status: "proposed",
      },
      {
        id: "mh-ben",
        name: "Mô hình huyện bên",
        kind: "four-safeties",
        unitCode: "413",
        launchedOn: "2020-01-01",
        status: "active",
      },
    ],
    sites: [
      {
        id: "s-cam-1",
        modelId: "mh-cam",
        unitCode: "16000",
        kind: "commune",
        launchedOn: "2022-03-01",
        status: "active",
      },
      {
        id: "s-cam-2",
        modelId: "mh-cam",
        unitCode: "16003",
        kind: "commune",
        launchedOn: "2024-04-01",
        status: "active",
        replicatedFromSiteId: "s-cam-1",
      },
      {
        id: "s-5in1",
        modelId: "mh-5in1",
        unitCode: "16000.thon-2",
        kind: "village",
        launchedOn: "2024-02-10",
        status: "active",
      },
      {
        id: "s-loa",
        modelId: "mh-loa",
        unitCode: "16003",
        kind: "commune",
        launchedOn: "2021-05-01",
        status: "ended",
        endedOn: "2024-06-30",
        endReason: "Không hiệu quả",
      },
      {
        id: "s-ben",
        modelId: "mh-ben",
        unitCode: "16100",
        kind: "commune",
        launchedOn: "2020-01-01",
        status: "active",
      },
    ],
    reviews: [
      {
        id: "rv-1",
        modelId: "mh-loa",
        unitCode: "412",
        kind: "interim",
        reviewedOn: "2024-06-20",
        grade: "weak",
        recommendation: "end",
      },
      {
        id: "rv-2",
        modelId: "mh-cam",
        unitCode: "412",
        kind: "interim",
        reviewedOn: "2024-06-20",
        grade: "good",
        recommendation: "replicate",
      },
      {
        id: "rv-3",
        modelId: "mh-cam",
        unitCode: "412",
        kind: "final",
        reviewedOn: "2023-12-20",
        grade: "good",
      },
    ],
    recognitions: [
      {
        id: "at-1",
        subjectKind: "residential-area",
        unitCode: "16000.thon-2",
        year: 2024,
        recognized: true,
        decidedOn: "2024-12-10",
      },
      {
        id: "at-2",
        subjectKind: "commune",
        unitCode: "16003",
        year: 2024,
        recognized: false,
      },
    ],
    teams: [
      {
        id: "t-5in1",
        kind: "self-governing",
        name: "Tổ tự quản 5 trong 1 thôn 2",
        modelSiteId: "s-5in1",
        unitCode: "16000.thon-2",
        householdCount: 40,
        foundedOn: "2024-02-10",
        memberCounts: { leader: 1, deputy: 0, member: 3 },
        members: [
          { name: "Lê Văn Cường", role: "leader", trainedOn: "2024-03-01" },
          { name: "Phạm Thị Dung", role: "member", trainedOn: "2024-03-01" },
          { name: "Võ Văn Em", role: "member" },
          { name: "Đỗ Thị Hoa", role: "member", trainedOn: "2025-02-01" },
        ],
        trainings: [
          { kind: "training", heldOn: "2024-03-01", level: "commune", participants: 12 },
          { kind: "drill", heldOn: "2024-09-01", level: "village", participants: 30 },
        ],
      },
      {
        id: "t-fire-1",
        kind: "fire-safety-group",
        name: "Tổ liên gia 1",
        unitCode: "16003",
        householdCount: 7,
        foundedOn: "2023-05-01",
      },
      {
        id: "t-fire-2",
        kind: "fire-safety-group",
        name: "Tổ liên gia 2",
        unitCode: "16003",
        householdCount: 6,
        foundedOn: "2024-05-01",
      },
      {
        id: "t-old",
        kind: "patrol-team",
        name: "Tổ tuần tra cũ",
        unitCode: "16000",
        foundedOn: "2020-01-01",
        dissolvedOn: "2024-03-31",
      },
    ],
    cameras: [
      camera("c-1", "16000", "2022-05-01", {
        ownerKind: "public",
        connectedToDutyRoom: true,
        sharingTier: "live-view",
        lenses: 2,
        funding: [{ source: "households", amount: 3_000_000 }],
      }),
      camera("c-2", "16000.thon-1", "2023-06-01", { ownerKind: "school", lenses: 3 }),
      camera("c-3", "16003", "2024-03-01", {
        ownerKind: "business",
        funding: [{ source: "budget", amount: 2_000_000 }],
      }),
      camera("c-4", "16003", "2021-01-01", {
        status: "removed",
        removedOn: "2024-02-01",
        coverage: ["private"],
      }),
      camera("c-5", "16003", "2020-01-01", {
        status: "removed",
        removedOn: "2022-02-01",
      }),
      camera("c-6", "16100", "2023-01-01"),
      camera("c-7", "99999", "2023-01-01"),
    ],
    incidents: [
      incident("i-1", "16000", "2024-03-07T22:15:00+07:00", "theft", clarified(["camera"])),
      incident("i-2", "16000.thon-1", "2024-05-01T10:00:00+07:00", "traffic-accident", {
        ...clarified(["investigation"]),
        detectedBy: "camera",
      }),
      incident("i-3", "16003", "2024-12-31T23:30:00+07:00", "assault"),
      incident("i-4", "16003", "2023-07-01T08:00:00+07:00", "theft"),
      incident("i-5", "16003", "2023-08-01T08:00:00+07:00", "theft"),
      incident("i-6", "16100", "2024-01-01T08:00:00+07:00", "theft"),
      // 2024-12-31 17:30 UTC is 1 January 2025 in Vietnam: outside 2024.
      incident("i-7", "16000", "2024-12-31T17:30:00Z", "fraud"),
    ],
    extractions: [
      {
        id: "x-1",
        unitCode: "16000",
        cameraIds: ["c-1"],
        requestedAt: "2024-03-08T08:00:00+07:00",
        requestedBy: "Công an xã Sơn Hà",
        footageFrom: "2024-03-07T21:00:00+07:00",
        footageTo: "2024-03-07T23:00:00+07:00",
        purpose: "incident-investigation",
        incidentId: "i-1",
        outcome: "helped-clarify",
      },
      {
        id: "x-2",
        unitCode: "16000",
        cameraIds: ["c-1"],
        requestedAt: "2024-03-09T08:00:00+07:00",
        requestedBy: "Công an xã Sơn Hà",
        footageFrom: "2024-03-07T21:00:00+07:00",
        footageTo: "2024-03-07T23:00:00+07:00",
        purpose: "incident-investigation",
        incidentId: "i-1",
        outcome: "no-useful-footage",
      },
      {
        id: "x-3",
        unitCode: "16003",
        cameraIds: ["c-4"],
        requestedAt: "2023-07-02T08:00:00+07:00",
        requestedBy: "Công an thị trấn Mẫu",
        footageFrom: "2023-07-01T21:00:00+07:00",
        footageTo: "2023-07-01T23:00:00+07:00",
        purpose: "lost-property",
        outcome: "no-useful-footage",
      },
    ],
    activities: [
      {
        kind: "patrol",
        id: "a-1",
        unitCode: "16000",
        startedAt: "2024-03-07T21:00:00+07:00",
        endedAt: "2024-03-07T23:30:00+07:00",
        participants: 6,
        directedByCamera: true,
      },
      {
        kind: "patrol",
        id: "a-2",
        unitCode: "16003",
        startedAt: "2023-03-07T21:00:00+07:00",
        endedAt: "2023-03-07T23:30:00+07:00",
        participants: 4,
        directedByCamera: false,
      },
      {
        kind: "ambush",
        id: "a-3",
        unitCode: "16003",
        startedAt: "2024-03-08T23:00:00+07:00",
        endedAt: "2024-03-09T03:00:00+07:00",
        participants: 4,
        directedByCamera: true,
      },
      {
        kind: "tip",
        id: "a-4",
        unitCode: "16000",
        receivedAt: "2024-01-05T01:00:00Z",
        channel: "phone",
        tipKind: "report",
        verified: true,
        ledToIncidentId: "i-1",
      },
      {
        kind: "mediation",
        id: "a-5",
        unitCode: "16000.thon-2",
        date: "2024-05-12",
        disputeKind: "family",
        outcome: "succeeded",
        parties: 2,
      },
      {
        kind: "mediation",
        id: "a-6",
        unitCode: "16000",
        date: "2024-06-12",
        disputeKind: "land",
        outcome: "pending",
        parties: 2,
      },
      {
        kind: "outreach",
        id: "a-7",
        unitCode: "16003",
        date: "2024-06-20",
        audience: 120,
        topic: "drugs",
        channel: "meeting",
      },
      {
        kind: "drill",
        id: "a-8",
        unitCode: "412",
        date: "2024-08-19",
        level: "district",
        participants: 80,
        topic: "fire",
      },
      {
        kind: "training",
        id: "a-9",
        unitCode: "412",
        date: "2024-04-15",
        level: "district",
        participants: 42,
        topic: "security",
      },
      {
        kind: "award",
        id: "a-10",
        unitCode: "16000",
        date: "2024-08-19",
        recipientKind: "model-site",
        recipientName: "Camera an ninh xã Sơn Hà",
        level: "district",
        form: "merit",
        amountVnd: 1_000_000,
      },
    ],
    contributions: [
      {
        id: "dg-1",
        unitCode: "16000",
        contributorKind: "household",
        contributorCount: 30,
        amount: 12_500_000,
        receivedOn: "2024-04-10",
        funds: { kind: "cameras", cameraIds: ["c-1"] },
      },
      {
        id: "dg-2",
        unitCode: "16003",
        contributorKind: "budget",
        amount: 2_000_000,
        receivedOn: "2024-02-20",
        funds: { kind: "cameras", cameraIds: ["c-3"] },
      },
      {
        id: "dg-3",
        unitCode: "16003",
        contributorKind: "business",
        amount: 5_000_000,
        receivedOn: "2023-02-20",
        funds: { kind: "model", id: "mh-cam" },
      },
      {
        id: "dg-4",
        unitCode: "16100",
        contributorKind: "household",
        amount: 1_000_000,
        receivedOn: "2024-02-20",
        funds: { kind: "cameras" },
      },
    ],
    expenses: [
      {
        id: "chi-1",
        unitCode: "16003",
        amount: 2_000_000,
        spentOn: "2024-03-01",
        purpose: "cameras",
        source: "budget",
        funds: { kind: "cameras", cameraIds: ["c-3"] },
      },
    ],
  };
}

/** The small district dataset, parsed. */
export function districtDataset(): Dataset {
  return DatasetSchema.parse(rawDataset());
}

/** A bundled sample dataset, validated. */
export function sample(
  name: "tho-xuan-2024" | "tam-ky-2022" | "hoi-an-2023" | "phu-tho-2025",
): Dataset {
  const text = readFileSync(new URL(`../../examples/data/${name}.json`, import.meta.url), "utf8");
  const result = validateDataset(JSON.parse(text));
  if (!result.success) throw new Error(`${name}.json does not validate`);
  return result.data;
}

/** Every number in a JSON-like value, with its path. */
export function numbersIn(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => numbersIn(v, `${path}.${key}`));
}
