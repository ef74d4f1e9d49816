// The footage request fields of an extraction (case, area, refusal, custody log) and the
// footage policy as data: what each schema accepts, and what it reports, in both languages.
import { describe, expect, expectTypeOf, it } from "vitest";
import { validate } from "../../src/core/index.js";
import {
  DEFAULT_FOOTAGE_POLICY,
  type FootagePolicy,
  FootagePolicyError,
  FootagePolicySchema,
  footagePolicy,
} from "../../src/footage/index.js";
import {
  type CustodyEntry,
  type ExtractionPurpose,
  type FootageExtraction,
  FootageExtractionSchema,
} from "../../src/incidents/index.js";
import { describeProblem } from "../../src/problems/index.js";

const request: FootageExtraction = {
  id: "tx-2024-0112",
  unitCode: "15532",
  cameraIds: ["cam-xs-004"],
  requestedAt: "2024-03-07T08:00:00+07:00",
  requestedBy: "Công an xã Xuân Sinh",
  footageFrom: "2024-03-07T01:00:00+07:00",
  footageTo: "2024-03-07T02:30:00+07:00",
  purpose: "incident-investigation",
  caseRef: "VV-031/2024",
  area: { centre: { lat: 19.93, lng: 105.36 }, radiusMetres: 300 },
  outcome: "helped-clarify",
};

const viewed: CustodyEntry = {
  at: "2024-03-07T09:00:00+07:00",
  action: "viewed",
  by: "Trực ban Công an xã",
  reason: "Xác minh vụ trộm",
};
const copied: CustodyEntry = {
  at: "2024-03-07T10:00:00+07:00",
  action: "copied",
  by: "Đại úy Lê Văn B",
  reason: "Lưu hồ sơ vụ việc",
  caseRef: "VV-031/2024",
  copy: "USB 02",
  retainUntil: "2024-09-07",
};

/** The issues of an extraction, as code, path, and messages in both languages. */
function issuesOf(extraction: unknown) {
  const result = validate(FootageExtractionSchema, extraction);
  return result.success
    ? []
    : result.issues.map((i) => ({ code: i.code, path: i.path.join("."), message: i.message }));
}

describe("a footage request's own fields", () => {
  it("accepts a case reference, an area and a custody log, and keeps them", () => {
    const parsed = FootageExtractionSchema.parse({ ...request, custody: [viewed, copied] });
    expect(parsed.caseRef).toBe("VV-031/2024");
    expect(parsed.area?.radiusMetres).toBe(300);
    expect(parsed.custody?.map((e) => e.action)).toEqual(["viewed", "copied"]);
  });

  it("keeps a refused request with its reason, and refuses a reason on one not refused", () => {
    const refused = {
      ...request,
      purpose: "lawful-assembly",
      outcome: "refused",
      refusalReason: "Mục đích bị cấm",
    };
    expect(issuesOf(refused)).toEqual([]);
    const [issue] = issuesOf({ ...refused, outcome: "pending" });
    expect(issue?.code).toBe("extraction-refusal-reason-not-refused");
    expect(issue?.path).toBe("refusalReason");
    expect(issue?.message.en).toContain("pending, not refused");
    expect(issue?.message.vi).toContain("Có lý do từ chối");
  });

  it("rejects an area without a radius of at least one metre, naming the field", () => {
    const issues = issuesOf({
      ...request,
      area: { centre: { lat: 19.93, lng: 105.36 }, radiusMetres: 0 },
    });
    expect(issues.map((i) => i.path)).toEqual(["area.radiusMetres"]);
  });

  it("rejects an unknown custody action and an unknown key in an entry", () => {
    const issues = issuesOf({
      ...request,
      custody: [
        { ...viewed, action: "printed" },
        { ...viewed, note: "x" },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual(["custody.0.action", "custody.1.note"]);
  });
});

describe("the custody log's rules", () => {
  it("reports an entry earlier than the one before it: the log is append-only", () => {
    const issues = issuesOf({ ...request, custody: [copied, viewed] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("custody-out-of-order");
    expect(issues[0]?.path).toBe("custody.1.at");
    expect(issues[0]?.message.en).toContain("Entry 2 of the custody log");
    expect(issues[0]?.message.vi).toContain("Mục 2 của nhật ký");
  });

  it("reports an entry before the footage was requested", () => {
    const early = { ...viewed, at: "2024-03-07T07:00:00+07:00" };
    expect(issuesOf({ ...request, custody: [early] }).map((i) => [i.code, i.path])).toEqual([
      ["custody-before-request", "custody.0.at"],
    ]);
  });

  it("needs a retain-until date on a copy, not before the copy, and only on a copy", () => {
    const { retainUntil: _, ...noDate } = copied;
    expect(issuesOf({ ...request, custody: [noDate] }).map((i) => i.code)).toEqual([
      "custody-copy-without-retain-until",
    ]);
    expect(
      issuesOf({ ...request, custody: [{ ...copied, retainUntil: "2024-03-06" }] }).map(
        (i) => i.code,
      ),
    ).toEqual(["custody-retain-until-before-copy"]);
    // 18:00 UTC on 7 March is 01:00 on 8 March in Vietnam: the copy was made on the 8th.
    expect(
      issuesOf({
        ...request,
        custody: [{ ...copied, at: "2024-03-07T18:00:00Z", retainUntil: "2024-03-07" }],
      }).map((i) => i.code),
    ).toEqual(["custody-retain-until-before-copy"]);
    expect(
      issuesOf({
        ...request,
        custody: [{ ...copied, at: "2024-03-07T18:00:00Z", retainUntil: "2024-03-08" }],
      }),
    ).toEqual([]);
    const [issue] = issuesOf({ ...request, custody: [{ ...viewed, retainUntil: "2024-09-07" }] });
    expect(issue?.code).toBe("custody-retain-until-not-copy");
    expect(issue?.message.vi).toContain("chỉ bản sao mới có hạn lưu");
  });

  it("needs a recipient on a hand-over, and a copy named by an earlier entry", () => {
    const handOver: CustodyEntry = {
      at: "2024-03-08T09:00:00+07:00",
      action: "handed-over",
      by: "Đại úy Lê Văn B",
      reason: "Chuyển hồ sơ",
      copy: "USB 03",
    };
    const issues = issuesOf({ ...request, custody: [copied, handOver] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["custody-unknown-copy", "custody.1.copy"],
      ["custody-handover-without-recipient", "custody.1.to"],
    ]);
    expect(
      issuesOf({
        ...request,
        custody: [copied, { ...handOver, copy: "USB 02", to: "Công an huyện" }],
      }),
    ).toEqual([]);
  });

  it("gives every custody code a catalogue entry of its severity", () => {
    for (const code of [
      "custody-out-of-order",
      "custody-before-request",
      "custody-copy-without-retain-until",
      "custody-retain-until-before-copy",
      "custody-retain-until-not-copy",
      "custody-unknown-copy",
      "custody-handover-without-recipient",
      "extraction-refusal-reason-not-refused",
    ]) {
      expect(describeProblem(code)?.id, code).toMatch(/^ANTT-E9[45]\d$/);
    }
  });
});

describe("the footage policy as data", () => {
  it("accepts the default policy, whose limits without a source are null", () => {
    expect(FootagePolicySchema.parse(DEFAULT_FOOTAGE_POLICY)).toEqual(DEFAULT_FOOTAGE_POLICY);
    expect(DEFAULT_FOOTAGE_POLICY).toMatchObject({
      maxWindowMinutes: 720,
      minWindowMinutes: 15,
      maxCameras: null,
      maxRadiusMetres: null,
      maxRequestsPerCase: null,
      forbiddenPurposes: ["lawful-assembly"],
    });
  });

  it("keeps the default from being changed by an app", () => {
    expect(Object.isFrozen(DEFAULT_FOOTAGE_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_FOOTAGE_POLICY.allowedPurposes)).toBe(true);
  });

  it("reports a purpose both allowed and forbidden, a repeated purpose and windows out of order", () => {
    const result = validate(FootagePolicySchema, {
      ...DEFAULT_FOOTAGE_POLICY,
      forbiddenPurposes: ["lawful-assembly", "other"],
      caseRefRequiredFor: ["other", "other"],
      minWindowMinutes: 800,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["policy-purpose-repeated", "caseRefRequiredFor.1"],
      ["footage-policy-purpose-conflict", "forbiddenPurposes.1"],
      ["footage-policy-window-order", "minWindowMinutes"],
    ]);
  });
});

describe("footagePolicy: a province's overrides", () => {
  it("replaces the fields given, keeps the others, and leaves the default unchanged", () => {
    const province = footagePolicy({
      maxWindowMinutes: 240,
      maxCameras: 20,
      caseRefRequiredFor: ["incident-investigation"],
    });
    expect(province.maxWindowMinutes).toBe(240);
    expect(province.maxCameras).toBe(20);
    expect(province.caseRefRequiredFor).toEqual(["incident-investigation"]);
    expect(province.forbiddenPurposes).toEqual(["lawful-assembly"]);
    expect(DEFAULT_FOOTAGE_POLICY.maxWindowMinutes).toBe(720);
  });

  it("removes a limit given as null, and overrides a base other than the default", () => {
    expect(footagePolicy({ maxWindowMinutes: null }).maxWindowMinutes).toBeNull();
    const base = footagePolicy({ maxCameras: 5 });
    expect(footagePolicy({ maxRadiusMetres: 500 }, base)).toMatchObject({
      maxCameras: 5,
      maxRadiusMetres: 500,
    });
  });

  it("throws a FootagePolicyError naming every bad field, in English and Vietnamese", () => {
    let error: unknown;
    try {
      footagePolicy({ maxCameras: 0, allowedPurposes: ["lawful-assembly"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FootagePolicyError);
    const policyError = error as FootagePolicyError;
    expect(policyError.issues.map((i) => i.path.join("."))).toEqual([
      "maxCameras",
      "forbiddenPurposes.0",
    ]);
    expect(policyError.message).toContain("maxCameras");
    expect(policyError.message).toContain("quy định trích xuất không hợp lệ");
    expect(policyError.message).toContain("vừa được phép vừa bị cấm");
  });

  it("throws on overrides that are not an object, and on unknown fields", () => {
    expect(() => footagePolicy(null as never)).toThrow(FootagePolicyError);
    expect(() => footagePolicy({ maxCamera: 3 } as never)).toThrow(/maxCamera/);
  });
});

describe("the types the schemas infer", () => {
  it("give a policy every field, limits as a number or null", () => {
    expectTypeOf<FootagePolicy["maxCameras"]>().toEqualTypeOf<number | null>();
    expectTypeOf<FootagePolicy["forbiddenPurposes"]>().toEqualTypeOf<ExtractionPurpose[]>();
    expectTypeOf<Parameters<typeof footagePolicy>[0]>().toEqualTypeOf<Partial<FootagePolicy>>();
  });

  it("give an extraction its optional request fields and a custody entry its action", () => {
    expectTypeOf<FootageExtraction["caseRef"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FootageExtraction["custody"]>().toEqualTypeOf<CustodyEntry[] | undefined>();
    expectTypeOf<CustodyEntry["action"]>().toEqualTypeOf<
      "viewed" | "copied" | "handed-over" | "deleted"
    >();
  });
});
