import { describe, expect, expectTypeOf, it } from "vitest";
import type { Ext } from "../../src/core/index.js";
import {
  type ExtractionOutcome,
  type ExtractionPurpose,
  type FootageExtraction,
  FootageExtractionSchema,
} from "../../src/incidents/index.js";
import { XUAN_SINH_FOOTAGE_REQUEST } from "../support/records.js";
import { expectEveryFieldDescribed, type KeysWithAny, schemaIssues } from "../support/schemas.js";

const extraction = {
  id: "tx-2024-0112",
  ...XUAN_SINH_FOOTAGE_REQUEST,
  outcome: "helped-clarify",
} as const;

const { issuesOf, pathsOf } = schemaIssues(FootageExtractionSchema);

describe("FootageExtractionSchema", () => {
  it("accepts an extraction that helped clarify a case", () => {
    const parsed = FootageExtractionSchema.parse({
      ...extraction,
      incidentId: "vv-2024-031",
      legalBasis: "Công văn số 12/CAX ngày 07/3/2024",
      requestedByUnitCode: "15532",
    });
    expect(parsed.outcome).toBe("helped-clarify");
    expect(parsed.incidentId).toBe("vv-2024-031");
  });

  it("accepts an extraction with no incident, such as a search for lost property", () => {
    expect(
      pathsOf({ ...extraction, purpose: "lost-property", outcome: "no-useful-footage" }),
    ).toEqual([]);
  });

  it("records a search for lost property that found it, and keeps that outcome for searches", () => {
    expect(pathsOf({ ...extraction, purpose: "lost-property", outcome: "helped-search" })).toEqual(
      [],
    );
    expect(pathsOf({ ...extraction, purpose: "missing-person", outcome: "helped-search" })).toEqual(
      [],
    );
    const forIncident = {
      ...extraction,
      purpose: "incident-investigation",
      outcome: "helped-search",
    };
    expect(issuesOf(forIncident).map((issue) => [issue.code, issue.path])).toEqual([
      ["extraction-helped-search-for-incident", ["outcome"]],
    ]);
    expect(issuesOf(forIncident)[0]?.message.vi).toMatch(/góp phần làm rõ vụ việc/);
    expect(
      pathsOf({
        ...extraction,
        purpose: "lost-property",
        outcome: "helped-search",
        incidentId: "vv-1",
      }),
    ).toEqual(["outcome"]);
  });

  it("needs at least one camera, each listed once", () => {
    expect(pathsOf({ ...extraction, cameraIds: [] })).toEqual(["cameraIds"]);
    const twice = issuesOf({ ...extraction, cameraIds: ["cam-1", "cam-1"] });
    expect(twice.map((issue) => [issue.code, issue.path])).toEqual([
      ["extraction-camera-repeated", ["cameraIds", 1]],
    ]);
    expect(twice[0]?.location?.vi).toBe("Điểm camera thứ 2");
  });

  describe("time range", () => {
    it("must end after it starts", () => {
      const issues = issuesOf({ ...extraction, footageTo: extraction.footageFrom });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["extraction-footage-ends-before-start", ["footageTo"]],
      ]);
      expect(issues[0]?.message.vi).toBe(
        "Thời điểm kết thúc đoạn dữ liệu phải sau thời điểm bắt đầu",
      );
    });

    it("compares instants across offsets", () => {
      // 18:00 UTC on 6 March is 01:00 on 7 March in Vietnam: the start itself.
      expect(pathsOf({ ...extraction, footageTo: "2024-03-06T18:00:00Z" })).toEqual(["footageTo"]);
      expect(pathsOf({ ...extraction, footageTo: "2024-03-06T18:00:01Z" })).toEqual([]);
    });

    it("may not start after the request", () => {
      const late = {
        ...extraction,
        footageFrom: "2024-03-07T08:00:01+07:00",
        footageTo: "2024-03-07T09:00:00+07:00",
      };
      const issues = issuesOf(late);
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["extraction-footage-after-request", ["footageFrom"]],
      ]);
      expect(issues[0]?.message.vi).toBe("Đoạn dữ liệu bắt đầu sau thời điểm yêu cầu trích xuất");
    });

    it("may run past the request, for recorders that keep the next hours", () => {
      expect(pathsOf({ ...extraction, footageTo: "2024-03-07T10:00:00+07:00" })).toEqual([]);
    });
  });

  it("reports every problem of a record in one pass, rules included", () => {
    const paths = pathsOf({
      ...extraction,
      extractedBy: "x",
      outcome: "helped",
      cameraIds: ["cam-1", "cam-1"],
      footageTo: "2024-03-07T00:00:00+07:00",
    });
    expect(paths.sort()).toEqual(["cameraIds.1", "extractedBy", "footageTo", "outcome"]);
  });

  it("skips a rule whose own fields are already wrong", () => {
    expect(pathsOf({ ...extraction, footageFrom: "2024-03-07T01:00:00" })).toEqual(["footageFrom"]);
  });

  it("describes every field for JSON Schema", () => {
    expectEveryFieldDescribed(FootageExtractionSchema, { io: "input", unrepresentable: "any" });
  });
});

describe("extraction types", () => {
  it("infer what an app would write by hand", () => {
    expectTypeOf<KeysWithAny<FootageExtraction>>().toEqualTypeOf<never>();
    expectTypeOf<FootageExtraction["cameraIds"]>().toEqualTypeOf<string[]>();
    expectTypeOf<FootageExtraction["purpose"]>().toEqualTypeOf<ExtractionPurpose>();
    expectTypeOf<FootageExtraction["outcome"]>().toEqualTypeOf<ExtractionOutcome>();
    expectTypeOf<ExtractionOutcome>().toEqualTypeOf<
      "helped-clarify" | "helped-search" | "no-useful-footage" | "pending" | "refused"
    >();
    expectTypeOf<Pick<FootageExtraction, "incidentId" | "legalBasis" | "ext">>().toEqualTypeOf<{
      incidentId?: string | undefined;
      legalBasis?: string | undefined;
      ext?: Ext | undefined;
    }>();
  });
});
