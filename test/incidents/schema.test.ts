import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Ext, GeoPoint } from "../../src/core/index.js";
import {
  type Clarification,
  type ClarificationMeans,
  ClarificationSchema,
  type Incident,
  type IncidentCategory,
  type IncidentDetection,
  type IncidentLegalClass,
  IncidentSchema,
  type IncidentStatus,
  incidentLegalClass,
} from "../../src/incidents/index.js";
import { expectEveryFieldDescribed, type KeysWithAny, schemaIssues } from "../support/schemas.js";

const theft = {
  id: "vv-2024-031",
  category: "theft",
  occurredAt: "2024-03-07T01:40:00+07:00",
  unitCode: "15532",
  detectedBy: "report",
  status: "received",
} as const;

const clarified = {
  ...theft,
  status: "clarified",
  clarified: { on: "2024-03-07", by: ["camera"] },
} as const;

const { issuesOf, pathsOf } = schemaIssues(IncidentSchema);

describe("IncidentSchema", () => {
  it("accepts the Xuân Sinh theft of 7 March 2024, clarified through footage", () => {
    const incident = IncidentSchema.parse({
      ...clarified,
      reportedAt: "2024-03-07T06:15:00+07:00",
      cameraIds: ["cam-xs-004", "cam-xs-005"],
      suspects: 2,
    });
    expect(incident.suspects).toBe(2);
    expect(incident.clarified?.by).toEqual(["camera"]);
    expect(incidentLegalClass(incident)).toBe("criminal");
  });

  it("keeps an explicit legal class that overrides the category's default", () => {
    const incident = IncidentSchema.parse({
      ...theft,
      category: "gambling",
      legalClass: "administrative",
    });
    expect(incidentLegalClass(incident)).toBe("administrative");
  });

  it("rejects an instant without an offset, in both languages", () => {
    const issues = issuesOf({ ...theft, occurredAt: "2024-03-07T01:40:00" });
    expect(issues.map((issue) => issue.path)).toEqual([["occurredAt"]]);
    expect(issues[0]?.message.vi).toContain("có múi giờ");
    expect(issues[0]?.location?.vi).toBe("Thời điểm xảy ra");
  });

  describe("reportedAt", () => {
    it("may not come before the incident", () => {
      const issues = issuesOf({ ...theft, reportedAt: "2024-03-07T01:39:59+07:00" });
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["incident-reported-before-occurred", ["reportedAt"]],
      ]);
      expect(issues[0]?.message.vi).toBe("Thời điểm tiếp nhận trước thời điểm xảy ra vụ việc");
    });

    it("compares instants, not strings, across offsets", () => {
      // 18:40 UTC on 6 March is 01:40 on 7 March in Vietnam: the same instant.
      expect(pathsOf({ ...theft, reportedAt: "2024-03-06T18:40:00Z" })).toEqual([]);
      expect(pathsOf({ ...theft, reportedAt: "2024-03-06T18:39:00Z" })).toEqual(["reportedAt"]);
    });
  });

  describe("status and clarification", () => {
    it("needs the clarified block when the status is clarified", () => {
      const { clarified: _, ...rest } = clarified;
      const issues = issuesOf(rest);
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["incident-clarified-without-details", ["clarified"]],
      ]);
      expect(issues[0]?.message.vi).toBe("Vụ việc đã làm rõ phải ghi ngày và biện pháp làm rõ");
    });

    it.each(["received", "investigating"])(
      "rejects a clarified block on a %s incident",
      (status) => {
        expect(issuesOf({ ...clarified, status }).map((issue) => [issue.code, issue.path])).toEqual(
          [["incident-clarified-status-open", ["status"]]],
        );
      },
    );

    it.each(["transferred", "closed"])("lets a %s incident keep its clarification", (status) => {
      expect(pathsOf({ ...clarified, status })).toEqual([]);
    });

    it("lets an incident be closed without being clarified", () => {
      expect(pathsOf({ ...theft, status: "closed" })).toEqual([]);
    });

    it("may not clarify before the Vietnamese day of the incident", () => {
      const early = { ...clarified, clarified: { on: "2024-03-06", by: ["camera"] } };
      const issues = issuesOf(early);
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["incident-clarified-before-occurred", ["clarified", "on"]],
      ]);
      expect(issues[0]?.location).toEqual({
        vi: "Kết quả làm rõ, Ngày làm rõ",
        en: "Clarification, Clarified on",
      });
      expect(issues[0]?.message.vi).toBe(
        "Ngày làm rõ 06/03/2024 trước ngày xảy ra vụ việc 07/03/2024",
      );
    });

    it("counts the day of the incident in Vietnam time, not UTC", () => {
      const utc = { ...clarified, occurredAt: "2024-03-06T18:30:00Z" };
      expect(pathsOf({ ...utc, clarified: { on: "2024-03-07", by: ["camera"] } })).toEqual([]);
      expect(pathsOf({ ...utc, clarified: { on: "2024-03-06", by: ["camera"] } })).toEqual([
        "clarified.on",
      ]);
    });

    it("lists each means of clarification once", () => {
      const twice = {
        ...clarified,
        clarified: { on: "2024-03-07", by: ["camera", "tip", "camera"] },
      };
      expect(issuesOf(twice).map((issue) => [issue.code, issue.path])).toEqual([
        ["clarification-means-repeated", ["clarified", "by", 2]],
      ]);
      expect(ClarificationSchema.safeParse({ on: "2024-03-07", by: [] }).success).toBe(false);
    });
  });

  it("lists each camera once", () => {
    const issues = issuesOf({ ...theft, cameraIds: ["cam-1", "cam-2", "cam-1"] });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["incident-camera-repeated", ["cameraIds", 2]],
    ]);
    expect(issues[0]?.location?.vi).toBe("Điểm camera liên quan thứ 3");
    expect(issues[0]?.message.en).toBe('Camera "cam-1" is listed more than once');
  });

  it("reports every problem of a record in one pass, rules included", () => {
    const paths = pathsOf({
      ...clarified,
      suspect: 2,
      damageVnd: -1,
      reportedAt: "2024-03-07T00:00:00+07:00",
      status: "investigating",
      cameraIds: ["cam-1", "cam-1"],
    });
    expect(paths.sort()).toEqual(["cameraIds.1", "damageVnd", "reportedAt", "status", "suspect"]);
  });

  it("skips a rule whose own fields are already wrong, rather than add noise", () => {
    expect(
      pathsOf({ ...clarified, occurredAt: "yesterday", reportedAt: "2024-03-07T00:00:00+07:00" }),
    ).toEqual(["occurredAt"]);
    expect(pathsOf({ ...clarified, clarified: { on: "2024-03-06", by: [] } })).toEqual([
      "clarified.by",
    ]);
  });

  it("rejects a typo in a key and names it", () => {
    const issues = issuesOf({ ...theft, suspect: 2 });
    expect(issues[0]?.path).toEqual(["suspect"]);
    expect(issues[0]?.code).toBe("unrecognized_keys");
    expect(issues[0]?.message.en).toContain('"suspect"');
    expect(issues[0]?.message.vi).toContain('"suspect"');
  });

  it("describes every field for JSON Schema", () => {
    expectEveryFieldDescribed(IncidentSchema, { io: "input", unrepresentable: "any" });
  });
});

describe("incident types", () => {
  it("infer what an app would write by hand", () => {
    expectTypeOf<KeysWithAny<Incident>>().toEqualTypeOf<never>();
    expectTypeOf<Incident["category"]>().toEqualTypeOf<IncidentCategory>();
    expectTypeOf<Incident["detectedBy"]>().toEqualTypeOf<IncidentDetection>();
    expectTypeOf<Incident["status"]>().toEqualTypeOf<IncidentStatus>();
    expectTypeOf<Incident["occurredAt"]>().toEqualTypeOf<string>();
    expectTypeOf<Clarification>().toEqualTypeOf<{ on: string; by: ClarificationMeans[] }>();
  });

  it("keep optional fields optional", () => {
    expectTypeOf<
      Pick<
        Incident,
        "legalClass" | "reportedAt" | "location" | "cameraIds" | "clarified" | "suspects" | "ext"
      >
    >().toEqualTypeOf<{
      legalClass?: IncidentLegalClass | undefined;
      reportedAt?: string | undefined;
      location?: GeoPoint | undefined;
      cameraIds?: string[] | undefined;
      clarified?: Clarification | undefined;
      suspects?: number | undefined;
      ext?: Ext | undefined;
    }>();
    expectTypeOf<Incident>().toExtend<z.input<typeof IncidentSchema>>();
  });
});
