import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { CameraPointInput } from "../../src/cameras/index.js";
import {
  type Dataset,
  type DatasetInput,
  DatasetSchema,
  datasetFromJSON,
  datasetToJSON,
  validateDataset,
} from "../../src/dataset/index.js";
import { THANH_HOA, THO_XUAN, XUAN_SINH } from "../support/records.js";

const camera = (id: string, installedOn = "2020-09-15") => ({
  id,
  unitCode: "15532",
  ownerKind: "household" as const,
  installedOn,
  connectedToDutyRoom: true,
  sharingTier: "on-request" as const,
  coverage: ["road" as const],
  status: "active" as const,
});

function sample(): DatasetInput {
  return {
    schemaVersion: "1.0",
    name: "Xã Xuân Sinh 2024",
    area: { unitCode: "15532", name: "Xã Xuân Sinh" },
    covers: { start: "2024-01-01", end: "2024-12-31" },
    units: [THANH_HOA, THO_XUAN, XUAN_SINH].map((unit) => ({
      ...unit,
      validFrom: "1991-01-01",
      validTo: "2025-06-30",
    })),
    models: [
      {
        id: "mh-1",
        name: "Camera an ninh xã Xuân Sinh",
        kind: "camera-security",
        unitCode: "15532",
        launchedOn: "2020-06-01",
        status: "active",
      },
    ],
    sites: [
      {
        id: "site-1",
        modelId: "mh-1",
        unitCode: "15532",
        kind: "commune",
        launchedOn: "2020-06-01",
        status: "active",
      },
      {
        id: "site-2",
        modelId: "mh-1",
        unitCode: "15532.thon-3",
        kind: "village",
        launchedOn: "2021-01-10",
        status: "active",
        replicatedFromSiteId: "site-1",
      },
    ],
    teams: [
      {
        id: "team-1",
        kind: "self-governing",
        name: "Tổ tự quản thôn 3",
        unitCode: "15532.thon-3",
        modelSiteId: "site-2",
        foundedOn: "2021-01-10",
        householdCount: 40,
      },
    ],
    cameras: [camera("cam-1"), camera("cam-2")],
    incidents: [
      {
        id: "vv-1",
        category: "theft",
        occurredAt: "2024-03-07T01:40:00+07:00",
        unitCode: "15532",
        detectedBy: "camera",
        cameraIds: ["cam-1"],
        status: "clarified",
        clarified: { on: "2024-03-09", by: ["camera"] },
        suspects: 2,
      },
    ],
    extractions: [
      {
        id: "ex-1",
        unitCode: "15532",
        cameraIds: ["cam-1", "cam-2"],
        requestedAt: "2024-03-07T08:00:00+07:00",
        requestedBy: "Công an xã Xuân Sinh",
        footageFrom: "2024-03-07T01:00:00+07:00",
        footageTo: "2024-03-07T02:30:00+07:00",
        purpose: "incident-investigation",
        incidentId: "vv-1",
        outcome: "helped-clarify",
      },
    ],
    activities: [
      {
        kind: "patrol",
        id: "act-1",
        unitCode: "15532",
        teamId: "team-1",
        startedAt: "2024-03-07T21:00:00+07:00",
        participants: 6,
        directedByCamera: true,
      },
    ],
    contributions: [
      {
        id: "con-1",
        unitCode: "15532",
        contributorKind: "household",
        amount: 12_500_000,
        receivedOn: "2024-04-10",
        funds: { kind: "cameras", cameraIds: ["cam-1"] },
      },
    ],
  };
}

const codes = (input: unknown) => {
  const result = validateDataset(input);
  return result.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.path.join(".")}`);
};

describe("validateDataset", () => {
  it("accepts a coherent dataset and fills missing collections with empty arrays", () => {
    const result = validateDataset(sample());
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
    expect(result.data?.recognitions).toEqual([]);
    expect(result.data?.cameras).toHaveLength(2);
  });

  it("reports a reference to a camera that does not exist, with its path, in both languages", () => {
    const input = sample();
    input.extractions = [{ ...input.extractions![0]!, cameraIds: ["cam-1", "cam-9"] }];
    const result = validateDataset(input);
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      {
        severity: "error",
        path: ["extractions", 0, "cameraIds", 1],
        code: "unknown-reference",
        message: { en: "No camera point has id cam-9", vi: "Không có điểm camera nào có mã cam-9" },
        location: {
          en: "Footage extraction 1, Camera point 2",
          vi: "Lượt trích xuất thứ 1, Điểm camera thứ 2",
        },
      },
    ]);
  });

  it("reports every broken reference at once", () => {
    const input = sample();
    input.sites![1] = { ...input.sites![1]!, modelId: "mh-x", replicatedFromSiteId: "site-x" };
    input.teams![0] = { ...input.teams![0]!, modelSiteId: "site-x" };
    input.incidents![0] = { ...input.incidents![0]!, cameraIds: ["cam-x"] };
    input.extractions![0] = { ...input.extractions![0]!, incidentId: "vv-x" };
    input.activities![0] = { ...(input.activities![0] as object), teamId: "team-x" } as never;
    input.contributions![0] = {
      ...input.contributions![0]!,
      funds: { kind: "team", id: "team-x" },
    };
    expect(codes(input)).toEqual([
      "error unknown-reference sites.1.modelId",
      "error unknown-reference sites.1.replicatedFromSiteId",
      "error unknown-reference teams.0.modelSiteId",
      "error unknown-reference incidents.0.cameraIds.0",
      "error unknown-reference extractions.0.incidentId",
      "error unknown-reference activities.0.teamId",
      "error unknown-reference contributions.0.funds.id",
    ]);
  });

  it("reports ids used twice in a collection", () => {
    const input = sample();
    input.cameras = [camera("cam-1"), camera("cam-2"), camera("cam-1")];
    expect(codes(input)).toEqual(["error duplicate-id cameras.2.id"]);
  });

  it("reports unit codes missing from the listed units, reading a village through its commune", () => {
    const input = sample();
    input.cameras = [camera("cam-1"), { ...camera("cam-2"), unitCode: "15535" }];
    expect(codes(input)).toEqual(["error unknown-unit cameras.1.unitCode"]);
    // without a list of units, unit codes are not checked
    const noUnits = sample();
    noUnits.units = [];
    noUnits.cameras = [camera("cam-1"), { ...camera("cam-2"), unitCode: "15535" }];
    expect(codes(noUnits)).toEqual([]);
  });

  it("reports bad records with the full path and still checks the rest", () => {
    const input = sample() as Record<string, unknown>;
    input["cameras"] = [
      camera("cam-1"),
      { ...camera("cam-2"), connectedToDutyRom: true, lenses: -1 },
    ];
    const result = validateDataset(input);
    expect(result.success).toBe(false);
    const paths = result.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("cameras.1.lenses");
    expect(paths).toContain("cameras.1.connectedToDutyRom");
    // cam-2 is still a known id: the extraction that names it is not reported again
    expect(paths.some((path) => path.startsWith("extractions"))).toBe(false);
    for (const issue of result.issues) expect(issue.message.vi.length).toBeGreaterThan(0);
  });

  it("checks the order of dates across records", () => {
    const input = sample();
    input.extractions![0] = {
      ...input.extractions![0]!,
      requestedAt: "2024-03-06T08:00:00+07:00",
      footageFrom: "2024-03-06T01:00:00+07:00",
      footageTo: "2024-03-06T02:00:00+07:00",
    };
    input.sites![1] = { ...input.sites![1]!, launchedOn: "2019-01-01" };
    input.cameras![0] = camera("cam-1", "2024-05-01");
    expect(codes(input)).toEqual([
      "warning site-launched-before-model sites.1.launchedOn",
      "error site-launched-before-original sites.1.launchedOn",
      "warning camera-installed-after-incident incidents.0.cameraIds.0",
      "error footage-requested-before-incident extractions.0.requestedAt",
    ]);
  });

  it("refuses an incident or an extraction that names a camera not yet installed", () => {
    const input = sample();
    const { installedOn: _installed, ...cam2 } = camera("cam-2");
    input.cameras![1] = { ...cam2, status: "planned", plannedOn: "2024-01-10" };
    expect(codes(input)).toEqual(["error camera-planned-in-use extractions.0.cameraIds.1"]);
    input.incidents![0] = { ...input.incidents![0]!, cameraIds: ["cam-2"] };
    const result = validateDataset(input);
    expect(result.success).toBe(false);
    const planned = result.issues.filter((issue) => issue.code === "camera-planned-in-use");
    expect(planned.map((issue) => issue.path.join("."))).toEqual([
      "incidents.0.cameraIds.0",
      "extractions.0.cameraIds.1",
    ]);
    expect(planned[0]?.message.vi).toBe("Camera cam-2 chưa lắp đặt nên không thể ghi hình vụ việc");
  });

  it("warns, without failing, when footage helped clarify an incident not recorded as clarified", () => {
    const input = sample();
    input.incidents![0] = {
      ...input.incidents![0]!,
      status: "investigating",
      clarified: undefined,
    } as never;
    delete (input.incidents![0] as Record<string, unknown>)["clarified"];
    const result = validateDataset(input);
    expect(result.success).toBe(true);
    expect(codes(input)).toEqual([
      "warning extraction-clarified-unclarified extractions.0.outcome",
    ]);
  });

  it("rejects a replication across models", () => {
    const input = sample();
    input.models!.push({
      id: "mh-2",
      name: "Tổ tự quản",
      kind: "five-in-one",
      unitCode: "15532",
      launchedOn: "2020-01-01",
      status: "active",
    });
    input.sites![1] = { ...input.sites![1]!, modelId: "mh-2" };
    expect(codes(input)).toEqual(["error replicated-across-models sites.1.replicatedFromSiteId"]);
  });

  it("rejects a model whose stated participants are fewer than its sites' together", () => {
    const input = sample();
    input.models![0] = { ...input.models![0]!, participants: { households: 50, people: 400 } };
    input.sites![0] = { ...input.sites![0]!, participants: { households: 30, people: 100 } };
    input.sites![1] = { ...input.sites![1]!, participants: { households: 40 } };
    expect(codes(input)).toEqual([
      "error model-participants-below-sites models.0.participants.households",
    ]);
    const issue = validateDataset(input).issues[0];
    expect(issue?.message.en).toContain("70");
    expect(issue?.message.en).toContain("households");
    expect(issue?.message.vi).toContain("Số hộ tham gia");
  });

  it("accepts a model total at least its sites' sum, and sites that alone give counts", () => {
    const input = sample();
    input.models![0] = { ...input.models![0]!, participants: { households: 70 } };
    input.sites![0] = { ...input.sites![0]!, participants: { households: 30, people: 100 } };
    input.sites![1] = { ...input.sites![1]!, participants: { households: 40 } };
    expect(codes(input)).toEqual([]);
    delete input.models![0]!.participants;
    expect(codes(input)).toEqual([]);
  });

  it("reports a bad envelope and non-array collections", () => {
    expect(codes({ schemaVersion: "2.0", cameras: {} })).toEqual([
      "error invalid_value schemaVersion",
      "error invalid_type cameras",
    ]);
    expect(
      codes({ schemaVersion: "1.0", covers: { start: "2024-12-31", end: "2024-01-01" } }),
    ).toEqual(["error covers-ends-before-start covers.end"]);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateDataset(input);
        expect(typeof result.success).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("cameras", "incidents", "sites", "units", "schemaVersion"),
          fc.anything(),
        ),
        (input) => {
          validateDataset(input);
        },
      ),
    );
  });
});

describe("dataset JSON", () => {
  it("round-trips a dataset through JSON text", () => {
    const parsed = DatasetSchema.parse(sample());
    const back = datasetFromJSON(datasetToJSON(parsed, { indent: 2 }));
    expect(back.success).toBe(true);
    expect(back.data).toEqual(parsed);
  });

  it("reports text that is not JSON as an issue", () => {
    const result = datasetFromJSON("{ nope");
    expect(result.success).toBe(false);
    expect(result.issues[0]?.code).toBe("invalid-json");
  });

  it("types parsed datasets with every collection present", () => {
    expectTypeOf<Dataset["cameras"]>().toBeArray();
    expectTypeOf<DatasetInput["cameras"]>().toEqualTypeOf<CameraPointInput[] | undefined>();
  });
});
