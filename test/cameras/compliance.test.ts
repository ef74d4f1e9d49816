import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CAMERA_DUTIES_IN_FORCE_FROM,
  type CameraComplianceOptions,
  type CameraFinding,
  type CameraPointInput,
  CameraPointSchema,
  type CameraRule,
  CameraRuleSchema,
  cameraCompliance,
  type RetentionBounds,
} from "../../src/cameras/index.js";

const camera = {
  id: "cam-1",
  unitCode: "15532",
  ownerKind: "public",
  installedOn: "2020-09-15",
  connectedToDutyRoom: true,
  sharingTier: "live-view",
  sharingCommitment: { signedOn: "2020-09-10" },
  coverage: ["road", "public-place"],
  noticePosted: true,
  ipCamera: { certifiedQcvn135: true, defaultPasswordChanged: true },
  status: "active",
} satisfies CameraPointInput;

const AFTER = "2026-03-01";
const BEFORE = "2025-12-31";

function statusOf(point: CameraPointInput, rule: CameraRule, on: string = AFTER) {
  return cameraCompliance(point, { on }).find((finding) => finding.rule === rule)?.status;
}

describe("cameraCompliance", () => {
  it("gives one finding per rule, in the order of the rule code list", () => {
    const findings = cameraCompliance(
      { ...camera, retentionDays: 30 },
      { on: AFTER, retention: { minDays: 2, maxDays: 90 } },
    );
    expect(findings.map((finding) => finding.rule)).toEqual(CameraRuleSchema.options);
    expect(findings.every((finding) => finding.status === "ok")).toBe(true);
  });

  it("writes every reason in English and Vietnamese", () => {
    const points: CameraPointInput[] = [
      camera,
      { ...camera, noticePosted: false, ipCamera: undefined, sharingCommitment: undefined },
      { ...camera, coverage: ["private"], ipCamera: false, ownerKind: "police" },
      { ...camera, status: "removed", removedOn: "2021-01-01" },
    ];
    for (const point of points) {
      for (const on of [BEFORE, AFTER]) {
        for (const finding of cameraCompliance(point, { on })) {
          expect(finding.message.en.length).toBeGreaterThan(10);
          expect(finding.message.vi.length).toBeGreaterThan(10);
          expect(finding.message.vi).not.toBe(finding.message.en);
        }
      }
    }
  });

  it("accepts a record parsed by the schema", () => {
    const parsed = CameraPointSchema.parse(camera);
    expect(cameraCompliance(parsed, { on: AFTER })).toEqual(
      cameraCompliance(camera, { on: AFTER }),
    );
  });

  it("throws a RangeError on a day that does not exist", () => {
    expect(() => cameraCompliance(camera, { on: "2026-02-30" })).toThrow(RangeError);
    expect(() => cameraCompliance(camera, { on: "01/03/2026" })).toThrow(/Ngày kiểm tra/);
  });

  it("never changes the camera it checks", () => {
    const copy = structuredClone(camera);
    cameraCompliance(camera, { on: AFTER });
    expect(camera).toEqual(copy);
  });

  describe("recording notice (Law 91/2025/QH15, Article 32)", () => {
    it("is met by a public-space camera with a posted notice", () => {
      expect(statusOf(camera, "recording-notice")).toBe("ok");
    });

    it("is violated by a road camera without a notice from 1 January 2026", () => {
      const point: CameraPointInput = { ...camera, coverage: ["road"], noticePosted: false };
      expect(statusOf(point, "recording-notice", CAMERA_DUTIES_IN_FORCE_FROM)).toBe("violation");
      const finding = cameraCompliance(point, { on: AFTER })[0];
      expect(finding?.message.vi).toBe(
        "Camera ghi hình đường giao thông, nơi công cộng nhưng chưa niêm yết thông báo ghi hình",
      );
    });

    it("does not apply on 31 December 2025, the day before it comes into force", () => {
      const point = { ...camera, noticePosted: false };
      expect(statusOf(point, "recording-notice", BEFORE)).toBe("not-applicable");
      expect(cameraCompliance(point, { on: BEFORE })[0]?.message.vi).toContain("01/01/2026");
    });

    it("is unknown when the record does not say whether a notice is posted", () => {
      const { noticePosted: _, ...point } = camera;
      expect(statusOf(point, "recording-notice")).toBe("unknown");
    });

    it("does not apply to a camera that records only private areas", () => {
      const point: CameraPointInput = { ...camera, coverage: ["private"], noticePosted: false };
      expect(statusOf(point, "recording-notice")).toBe("not-applicable");
    });
  });

  describe("QCVN 135:2024/BTTTT", () => {
    /** The statuses of its two rules: a certified IP camera, and a changed default password. */
    const statusesOf = (point: CameraPointInput, on?: string) => [
      statusOf(point, "ip-camera-certified", on),
      statusOf(point, "default-password-changed", on),
    ];
    const { ipCamera: _, ...unsaid } = camera;
    const uncertified = {
      ...camera,
      ipCamera: { certifiedQcvn135: false, defaultPasswordChanged: false },
    };

    it.each([
      [
        "finds an uncertified IP camera and a default password as two violations",
        uncertified,
        AFTER,
        ["violation", "violation"],
      ],
      [
        "judges the two facts apart",
        { ...camera, ipCamera: { certifiedQcvn135: true, defaultPasswordChanged: false } },
        AFTER,
        ["ok", "violation"],
      ],
      [
        "does not apply to a point without IP cameras",
        { ...camera, ipCamera: false },
        AFTER,
        ["not-applicable", "not-applicable"],
      ],
      [
        "is unknown when the record does not say whether the point uses IP cameras",
        unsaid,
        AFTER,
        ["unknown", "unknown"],
      ],
      [
        "does not apply before 1 January 2026",
        uncertified,
        BEFORE,
        ["not-applicable", "not-applicable"],
      ],
    ] as [string, CameraPointInput, string, string[]][])("%s", (_, point, on, statuses) => {
      expect(statusesOf(point, on)).toEqual(statuses);
    });
  });

  describe("sharing commitment", () => {
    it("applies at any date, before the statutory duties too", () => {
      expect(statusOf(camera, "sharing-commitment", "2021-01-01")).toBe("ok");
    });

    it("is unknown for a point that shares footage without a recorded commitment", () => {
      const { sharingCommitment: _, ...point } = camera;
      expect(statusOf(point, "sharing-commitment")).toBe("unknown");
    });

    it("is violated while the commitment is not yet signed", () => {
      const point = { ...camera, sharingCommitment: { signedOn: "2026-06-01" } };
      expect(statusOf(point, "sharing-commitment")).toBe("violation");
      expect(statusOf(point, "sharing-commitment", "2026-06-01")).toBe("ok");
    });

    it("is violated from the day the owner withdraws it", () => {
      const point = {
        ...camera,
        sharingCommitment: { signedOn: "2020-09-10", withdrawnOn: "2026-02-01" },
      };
      expect(statusOf(point, "sharing-commitment", "2026-01-31")).toBe("ok");
      expect(statusOf(point, "sharing-commitment", "2026-02-01")).toBe("violation");
    });

    it("does not apply to police cameras or to points that share nothing", () => {
      const { sharingCommitment: _, ...point } = camera;
      expect(statusOf({ ...point, ownerKind: "police" }, "sharing-commitment")).toBe(
        "not-applicable",
      );
      expect(
        statusOf(
          { ...point, sharingTier: "registered", connectedToDutyRoom: false },
          "sharing-commitment",
        ),
      ).toBe("not-applicable");
    });
  });

  describe("a point out of service", () => {
    const bad = { ...camera, noticePosted: false } as const;

    it("is not judged before it was installed", () => {
      const findings = cameraCompliance({ ...bad, installedOn: "2026-05-01" }, { on: AFTER });
      expect(findings.map((finding) => finding.status)).toEqual([
        "not-applicable",
        "not-applicable",
        "not-applicable",
        "not-applicable",
        "not-applicable",
      ]);
      expect(findings[0]?.message.vi).toBe("Camera không hoạt động vào ngày 01/03/2026");
    });

    it("is judged on the day it was removed, as the summaries count it, and not after", () => {
      const removed = { ...bad, status: "removed", removedOn: AFTER } as const;
      expect(statusOf(removed, "recording-notice")).toBe("violation");
      expect(statusOf(removed, "recording-notice", "2026-03-02")).toBe("not-applicable");
      expect(statusOf(removed, "recording-notice", "2026-02-28")).toBe("violation");
    });

    it("is judged while offline, since it is still in place", () => {
      expect(statusOf({ ...bad, status: "offline" }, "recording-notice")).toBe("violation");
    });
  });

  describe("retention against the province's bounds", () => {
    const kept = (retentionDays: number | undefined, retention?: RetentionBounds) =>
      cameraCompliance(
        retentionDays === undefined ? camera : { ...camera, retentionDays },
        retention === undefined ? { on: AFTER } : { on: AFTER, retention },
      ).find((finding) => finding.rule === "retention");

    it("is not applicable until a province sets a bound, since no national figure is built in", () => {
      expect(kept(30)?.status).toBe("not-applicable");
      expect(kept(30, {})?.status).toBe("not-applicable");
      expect(kept(30)?.message.vi).toContain("do tỉnh quy định");
    });

    it("finds a point under the minimum (Washington DC's 48 hours is minDays 2)", () => {
      const finding = kept(1, { minDays: 2 });
      expect(finding?.status).toBe("violation");
      expect(finding?.message.en).toBe(
        "Recordings are kept 1 day, fewer than the minimum of 2 days",
      );
      expect(finding?.message.vi).toContain("ít hơn mức tối thiểu 2 ngày");
      expect(kept(2, { minDays: 2 })?.status).toBe("ok");
    });

    it("finds a point over the maximum, and accepts the bounds themselves", () => {
      expect(kept(91, { minDays: 7, maxDays: 90 })?.status).toBe("violation");
      expect(kept(91, { maxDays: 90 })?.message.vi).toContain("nhiều hơn mức tối đa 90 ngày");
      expect(kept(90, { minDays: 7, maxDays: 90 })?.status).toBe("ok");
      expect(kept(7, { minDays: 7, maxDays: 90 })?.status).toBe("ok");
    });

    it("is unknown when the point does not state its retention", () => {
      expect(kept(undefined, { minDays: 2 })?.status).toBe("unknown");
    });

    it("is not applicable on a day the point was not in place", () => {
      const findings = cameraCompliance(
        { ...camera, retentionDays: 1 },
        { on: "2019-01-01", retention: { minDays: 2 } },
      );
      expect(findings.find((f) => f.rule === "retention")?.status).toBe("not-applicable");
    });

    it("rejects bounds that are not whole days or whose minimum is above the maximum", () => {
      expect(() => kept(5, { minDays: -1 })).toThrow(/retention\.minDays/);
      expect(() => kept(5, { maxDays: 1.5 })).toThrow(RangeError);
      expect(() => kept(5, { minDays: 10, maxDays: 5 })).toThrow(/tối thiểu lớn hơn tối đa/);
    });
  });

  it("has types an app can use without casts", () => {
    expectTypeOf(cameraCompliance).returns.toEqualTypeOf<CameraFinding[]>();
    expectTypeOf<CameraFinding["rule"]>().toEqualTypeOf<CameraRule>();
    expectTypeOf<CameraFinding["status"]>().toEqualTypeOf<
      "ok" | "violation" | "unknown" | "not-applicable"
    >();
    expectTypeOf(cameraCompliance).parameter(1).toEqualTypeOf<CameraComplianceOptions>();
    expectTypeOf<CameraComplianceOptions["retention"]>().toEqualTypeOf<
      RetentionBounds | undefined
    >();
  });
});
