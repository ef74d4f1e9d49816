import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type CameraCoverage,
  type CameraFunding,
  type CameraOwnerKind,
  type CameraPoint,
  type CameraPointInput,
  CameraPointSchema,
  type CameraSharingCommitment,
  CameraSharingCommitmentSchema,
  type CameraSharingTier,
  type CameraStatus,
  cameraPointCost,
  type IpCamera,
  MAX_LENSES_PER_POINT,
} from "../../src/cameras/index.js";
import { type Ext, type GeoPoint, type PayerCode, validate } from "../../src/core/index.js";
import { expectEveryFieldDescribed, schemaIssues } from "../support/schemas.js";

const base = {
  id: "cam-xs-001",
  unitCode: "15532",
  ownerKind: "household",
  installedOn: "2020-09-15",
  connectedToDutyRoom: true,
  sharingTier: "on-request",
  coverage: ["road"],
  status: "active",
} as const satisfies CameraPointInput;

const { issuesOf, pathsOf } = schemaIssues(CameraPointSchema);

describe("CameraPointSchema", () => {
  it("accepts a minimal camera point and counts it as one lens", () => {
    const camera = CameraPointSchema.parse(base);
    expect(camera.lenses).toBe(1);
    expect(camera).toEqual({ ...base, coverage: ["road"], lenses: 1 });
  });

  it("keeps the number of lenses a point declares", () => {
    expect(CameraPointSchema.parse({ ...base, lenses: 4 }).lenses).toBe(4);
    expect(CameraPointSchema.parse({ ...base, lenses: MAX_LENSES_PER_POINT }).lenses).toBe(64);
  });

  it("never changes the input it parses", () => {
    const input = structuredClone({ ...base, coverage: ["road", "public-place"] });
    const copy = structuredClone(input);
    CameraPointSchema.parse(input);
    expect(input).toEqual(copy);
  });

  it("rejects a typo in a key and names the key in both languages", () => {
    const { connectedToDutyRoom: _, ...rest } = base;
    const issues = issuesOf({ ...rest, connectedToDutyRom: true });
    const typo = issues.find((issue) => issue.code === "unrecognized_keys");
    expect(typo?.path).toEqual(["connectedToDutyRom"]);
    expect(typo?.message.en).toContain("connectedToDutyRom");
    expect(typo?.message.vi).toContain("connectedToDutyRom");
    expect(issues.map((issue) => issue.path.join("."))).toContain("connectedToDutyRoom");
  });

  it("accepts an analogue point that says it has no IP camera", () => {
    expect(CameraPointSchema.parse({ ...base, ipCamera: false }).ipCamera).toBe(false);
  });

  it("needs the model of the model site it names", () => {
    const issues = issuesOf({ ...base, modelSiteId: "site-1" });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["camera-model-site-without-model", ["modelId"]],
    ]);
    expect(pathsOf({ ...base, modelId: "model-1", modelSiteId: "site-1" })).toEqual([]);
  });

  describe("live view", () => {
    it("needs a connection to the duty room", () => {
      const issues = issuesOf({ ...base, sharingTier: "live-view", connectedToDutyRoom: false });
      expect(issues).toEqual([
        {
          path: ["sharingTier"],
          code: "camera-live-view-not-connected",
          location: { vi: "Mức chia sẻ hình ảnh", en: "Sharing tier" },
          message: {
            en: "Live view needs the point to be connected to the duty room (connectedToDutyRoom: true)",
            vi: "Chia sẻ hình ảnh trực tiếp đòi hỏi camera kết nối về phòng trực ban",
          },
        },
      ]);
    });

    it("is accepted from a connected point", () => {
      expect(pathsOf({ ...base, sharingTier: "live-view" })).toEqual([]);
    });

    it("is not needed for sharing footage on request without a connection", () => {
      expect(pathsOf({ ...base, connectedToDutyRoom: false })).toEqual([]);
    });
  });

  describe("a planned point (funded, not yet installed)", () => {
    const { installedOn: _installed, ...notInstalled } = base;
    const planned = { ...notInstalled, status: "planned" as const, plannedOn: "2024-03-01" };

    it("has no installation day, the day it was planned, and may say when it is to be installed", () => {
      expect(pathsOf({ ...planned, plannedInstallOn: "2025-06-30" })).toEqual([]);
      expect(CameraPointSchema.parse(planned).installedOn).toBeUndefined();
    });

    it("is refused with an installation day", () => {
      const issues = issuesOf({ ...planned, installedOn: "2024-05-01" });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["camera-planned-installed", ["installedOn"]],
      ]);
      expect(issues[0]?.message.vi).toContain("01/05/2024");
    });

    it("needs the day it was planned", () => {
      const { plannedOn: _day, ...undated } = planned;
      expect(issuesOf(undated).map((issue) => [issue.code, issue.path])).toEqual([
        ["camera-planned-without-date", ["plannedOn"]],
      ]);
    });

    it("is the only status without an installation day", () => {
      for (const status of ["active", "offline"] as const) {
        const issues = issuesOf({ ...notInstalled, status });
        expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
          ["camera-installed-date-missing", ["installedOn"]],
        ]);
        expect(issues[0]?.message.en).toContain(status);
      }
    });

    it("keeps the day it was planned once installed, but not a day after the installation", () => {
      expect(pathsOf({ ...base, plannedOn: "2020-01-10" })).toEqual([]);
      const issues = issuesOf({ ...base, plannedOn: "2020-10-01" });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["camera-planned-after-installed", ["plannedOn"]],
      ]);
      expect(issues[0]?.message.vi).toBe(
        "Ngày phê duyệt kế hoạch 01/10/2020 sau ngày lắp đặt 15/09/2020",
      );
    });
  });

  describe("equipment", () => {
    it("counts recorders and duty-room screens as whole numbers of 0 or more", () => {
      expect(pathsOf({ ...base, recorders: 2, dutyRoomScreens: 1 })).toEqual([]);
      expect(pathsOf({ ...base, recorders: 0 })).toEqual([]);
      expect(CameraPointSchema.safeParse({ ...base, recorders: 1.5 }).success).toBe(false);
      expect(CameraPointSchema.safeParse({ ...base, dutyRoomScreens: -1 }).success).toBe(false);
    });
  });

  describe("removal", () => {
    it("needs the removal day when the status is removed", () => {
      const issues = issuesOf({ ...base, status: "removed" });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["camera-removed-without-date", ["removedOn"]],
      ]);
      expect(issues[0]?.message.vi).toBe("Camera đã tháo dỡ phải có ngày tháo dỡ");
    });

    it("needs the removed status when a removal day is given", () => {
      const issues = issuesOf({ ...base, removedOn: "2023-06-01" });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["camera-removal-date-not-removed", ["status"]],
      ]);
      expect(issues[0]?.message.vi).toContain("01/06/2023");
    });

    it("may not come before installation, but may fall on the same day", () => {
      const removed = { ...base, status: "removed" as const };
      const issues = issuesOf({ ...removed, removedOn: "2020-09-14" });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["camera-removed-before-installed", ["removedOn"]],
      ]);
      expect(issues[0]?.message.vi).toBe("Ngày tháo dỡ 14/09/2020 trước ngày lắp đặt 15/09/2020");
      expect(pathsOf({ ...removed, removedOn: "2020-09-15" })).toEqual([]);
    });
  });

  describe("coverage", () => {
    it("needs at least one kind", () => {
      expect(pathsOf({ ...base, coverage: [] })).toEqual(["coverage"]);
    });

    it("lists each kind once and points at the repeat", () => {
      const issues = issuesOf({ ...base, coverage: ["road", "private", "road"] });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["camera-coverage-repeated", ["coverage", 2]],
      ]);
      expect(issues[0]?.location).toEqual({ vi: "Phạm vi ghi hình thứ 3", en: "Coverage 3" });
      expect(issues[0]?.message).toEqual({
        en: 'Coverage "road" is listed more than once',
        vi: 'Phạm vi ghi hình "road" bị lặp lại',
      });
    });
  });

  describe("sharing commitment", () => {
    it("may not be withdrawn before it is signed", () => {
      const result = validate(CameraSharingCommitmentSchema, {
        signedOn: "2021-05-02",
        withdrawnOn: "2021-05-01",
      });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues[0]?.path).toEqual(["withdrawnOn"]);
        expect(result.issues[0]?.code).toBe("camera-commitment-withdrawn-before-signed");
        expect(result.issues[0]?.message.vi).toBe(
          "Ngày rút cam kết 01/05/2021 trước ngày ký 02/05/2021",
        );
      }
    });

    it("reports a bad withdrawal inside a camera at its full path", () => {
      const sharingCommitment = { signedOn: "2021-05-02", withdrawnOn: "2021-05-01" };
      expect(pathsOf({ ...base, sharingCommitment })).toEqual(["sharingCommitment.withdrawnOn"]);
      expect(issuesOf({ ...base, sharingCommitment })[0]?.location).toEqual({
        vi: "Cam kết chia sẻ dữ liệu, Ngày rút cam kết",
        en: "Sharing commitment, Withdrawn on",
      });
    });
  });

  it("reports every problem of a record in one pass, rules included", () => {
    const paths = pathsOf({
      ...base,
      typo: 1,
      lenses: 0,
      sharingTier: "live-view",
      connectedToDutyRoom: false,
      coverage: ["road", "road"],
      status: "removed",
      removedOn: "2019-01-01",
    });
    expect(paths.sort()).toEqual(["coverage.1", "lenses", "removedOn", "sharingTier", "typo"]);
  });

  it("skips a rule whose own fields are already wrong, rather than add noise", () => {
    const paths = pathsOf({
      ...base,
      installedOn: "2024-02-30",
      status: "removed",
      removedOn: "2019-01-01",
    });
    expect(paths).toEqual(["installedOn"]);
    expect(pathsOf({ ...base, sharingTier: "live", connectedToDutyRoom: false })).toEqual([
      "sharingTier",
    ]);
  });

  it("rejects __proto__ both in ext and as a key of the record", () => {
    const inExt = JSON.parse('{"__proto__": {"admin": true}}');
    expect(pathsOf({ ...base, ext: inExt })).toEqual(["ext"]);
    const record = JSON.parse(`{"__proto__": 1, ${JSON.stringify(base).slice(1)}`);
    expect(pathsOf(record)).toEqual(["__proto__"]);
  });

  it("rejects what is not a record", () => {
    expect(pathsOf(null)).toEqual([""]);
    expect(pathsOf("cam-1")).toEqual([""]);
    expect(pathsOf([base])).toEqual([""]);
  });

  it("gives zod's messages in Vietnamese too", () => {
    const issues = issuesOf({ ...base, location: { lat: 105.36, lng: 19.93 } });
    expect(issues[0]?.path).toEqual(["location", "lat"]);
    expect(issues[0]?.message.vi).toContain("không quá 90");
  });

  it("describes every field for JSON Schema", () => {
    const json = expectEveryFieldDescribed(CameraPointSchema, {
      io: "input",
      unrepresentable: "any",
    });
    expect(json.required).not.toContain("lenses");
    expect(json.required).toContain("connectedToDutyRoom");
  });
});

describe("cameraPointCost", () => {
  it("sums the funding of a point in đồng", () => {
    const funding: CameraFunding[] = [
      { source: "households", amount: 9_000_000 },
      { source: "business", amount: 3_500_000 },
    ];
    expect(cameraPointCost({ funding })).toBe(12_500_000);
  });

  it("is 0 when nothing is recorded or nothing was paid", () => {
    expect(cameraPointCost({})).toBe(0);
    expect(cameraPointCost({ funding: [] })).toBe(0);
  });
});

type KeysWithAny<T> = { [K in keyof T]-?: 0 extends 1 & T[K] ? K : never }[keyof T];

describe("camera types", () => {
  it("infer what an app would write by hand", () => {
    expectTypeOf<KeysWithAny<CameraPoint>>().toEqualTypeOf<never>();
    expectTypeOf<CameraPoint["lenses"]>().toEqualTypeOf<number>();
    expectTypeOf<CameraPointInput["lenses"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CameraPoint["ownerKind"]>().toEqualTypeOf<CameraOwnerKind>();
    expectTypeOf<CameraOwnerKind>().toEqualTypeOf<
      "household" | "public" | "agency" | "business" | "school" | "police"
    >();
    expectTypeOf<CameraPoint["sharingTier"]>().toEqualTypeOf<CameraSharingTier>();
    expectTypeOf<CameraPoint["coverage"]>().toEqualTypeOf<CameraCoverage[]>();
    expectTypeOf<CameraPoint["status"]>().toEqualTypeOf<CameraStatus>();
    expectTypeOf<CameraPoint["connectedToDutyRoom"]>().toEqualTypeOf<boolean>();
    expectTypeOf<CameraPoint["installedOn"]>().toEqualTypeOf<string | undefined>();
  });

  it("keep optional fields optional", () => {
    expectTypeOf<Pick<CameraPoint, "village" | "location" | "ipCamera" | "ext">>().toEqualTypeOf<{
      village?: string | undefined;
      location?: GeoPoint | undefined;
      ipCamera?: false | IpCamera | undefined;
      ext?: Ext | undefined;
    }>();
    expectTypeOf<CameraPoint["sharingCommitment"]>().toEqualTypeOf<
      CameraSharingCommitment | undefined
    >();
    expectTypeOf<CameraSharingCommitment>().toEqualTypeOf<{
      signedOn: string;
      withdrawnOn?: string | undefined;
    }>();
    expectTypeOf<CameraFunding>().toEqualTypeOf<{
      source: PayerCode;
      amount: number;
    }>();
  });

  it("accept a parsed point where an input is expected", () => {
    expectTypeOf<CameraPoint>().toExtend<CameraPointInput>();
    expectTypeOf(cameraPointCost).returns.toEqualTypeOf<number>();
  });
});
