import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { PeriodChange } from "../../src/aggregate/index.js";
import { cameraOwnerGroupOf } from "../../src/cameras/index.js";
import { customPeriod, parsePeriod } from "../../src/core/index.js";
import { type Dataset, DatasetSchema } from "../../src/dataset/index.js";
import {
  buildUnitReport,
  REPORT_COLLECTIONS,
  type ReportReconciliation,
  type UnitReport,
  UnitReportError,
  type UnitReportOptions,
} from "../../src/reports/index.js";
import { districtDataset, numbersIn, rawDataset } from "./fixture.js";

const dataset = districtDataset();
const report = buildUnitReport(dataset, { unit: "412", period: "2024" });

function expectBalanced(reconciliation: ReportReconciliation, data: Dataset) {
  for (const collection of REPORT_COLLECTIONS) {
    const r = reconciliation.collections[collection];
    const { otherUnit, unknownUnit, outsidePeriod } = r.excluded;
    expect(r.given, collection).toBe(data[collection].length);
    expect(r.counted + otherUnit + unknownUnit + outsidePeriod, collection).toBe(r.given);
  }
}

describe("buildUnitReport: the unit and its records", () => {
  it("names the unit, its parent and its children", () => {
    expect(report.kind).toBe("antt/unit-report");
    expect(report.version).toBe(1);
    expect(report.unit).toEqual({
      code: "412",
      name: "Huyện Mẫu Sơn",
      level: "district",
      type: "rural-district",
      parent: { code: "40", name: "Tỉnh Mẫu" },
      children: { level: "commune", count: 2, byType: { commune: 1, township: 1 } },
    });
    expect(report.period).toEqual({
      unit: "year",
      key: "2024",
      start: "2024-01-01",
      end: "2024-12-31",
    });
    expect(report.comparison).toEqual({
      basis: "same-period-last-year",
      period: { unit: "year", key: "2023", start: "2023-01-01", end: "2023-12-31" },
    });
    expect(report.dataset).toEqual({
      name: "Huyện Mẫu Sơn, 2023-2024",
      area: { unitCode: "412", name: "Huyện Mẫu Sơn" },
      covers: { start: "2023-01-01", end: "2024-12-31" },
    });
    expect(report.coverage).toEqual({ period: "covered", comparison: "covered" });
    expect(report.settings).toEqual({ significanceLevel: 0.05 });
  });

  it("counts the records of the unit and of every unit below it, villages included", () => {
    // c-1 in the commune, c-2 in a village the units do not list, c-3 in the township.
    expect(report.figures.cameras.pointsAtEnd).toBe(3);
    expect(report.figures.cameras.lensesAtEnd).toBe(6);
    const commune = buildUnitReport(dataset, { unit: "16000", period: "2024" });
    expect(commune.figures.cameras.pointsAtEnd).toBe(2);
    expect(commune.unit.children).toEqual({
      level: "village",
      count: 1,
      byType: { village: 1 },
    });
    const village = buildUnitReport(dataset, { unit: "16000.thon-2", period: "2024" });
    expect(village.figures.models.activeAtEnd).toBe(1);
    expect(village.figures.teams.activeAtEnd).toBe(1);
    expect(village.figures.cameras.pointsAtEnd).toBe(0);
  });

  it("excludes records of other units, unknown unit codes and other periods, and says why", () => {
    const cameras = report.reconciliation.period.collections.cameras;
    expect(cameras).toEqual({
      rule: "active-during-period",
      given: 7,
      counted: 4,
      excluded: { otherUnit: 1, unknownUnit: 1, outsidePeriod: 1 },
    });
    expect(report.reconciliation.period.unknownUnitCodes).toEqual(["99999"]);
    expect(report.reconciliation.period.unknownUnitCodeCount).toBe(1);
    expect(report.warnings.map((w) => w.code)).toEqual(["unknown-unit-codes"]);
    expect(report.warnings[0]?.message.en).toContain("99999");
    expect(report.warnings[0]?.message.vi).toContain("99999");
    const incidents = report.reconciliation.period.collections.incidents;
    expect(incidents.rule).toBe("dated-in-period");
    // i-7 happened at 00:30 on 1 January 2025 in Vietnam: outside 2024.
    expect(incidents.excluded).toEqual({ otherUnit: 1, unknownUnit: 0, outsidePeriod: 3 });
  });

  it("reconciles every collection in both periods", () => {
    expectBalanced(report.reconciliation.period, dataset);
    expectBalanced(report.reconciliation.comparison as ReportReconciliation, dataset);
    expect(Object.keys(report.reconciliation.period.collections)).toEqual([...REPORT_COLLECTIONS]);
  });

  it("throws a clear error for a unit the dataset does not list", () => {
    const attempt = () => buildUnitReport(dataset, { unit: "99999", period: "2024" });
    expect(attempt).toThrow(UnitReportError);
    expect(attempt).toThrow(/Unknown unit 99999/);
    try {
      attempt();
    } catch (error) {
      const e = error as UnitReportError;
      expect(e.name).toBe("UnitReportError");
      expect(e.code).toBe("unknown-unit");
      expect(e.unitCode).toBe("99999");
      expect(e.messages.vi).toBe(
        "Không có đơn vị hành chính mã 99999 trong danh sách đơn vị của bộ dữ liệu",
      );
      expect(e.message).toContain(e.messages.vi);
    }
  });

  it("rejects invalid periods and comparisons", () => {
    const build = (options: Partial<Parameters<typeof buildUnitReport>[1]>) => () =>
      buildUnitReport(dataset, { unit: "412", period: "2024", ...options });
    expect(build({ period: "2024-H3" })).toThrow(
      expect.objectContaining({ code: "invalid-period" }),
    );
    expect(
      build({ period: { unit: "half", key: "2024-H1", start: "2024-01-01", end: "2024-12-31" } }),
    ).toThrow(expect.objectContaining({ code: "invalid-period" }));
    expect(build({ compareWith: "last-year" })).toThrow(
      expect.objectContaining({ code: "invalid-comparison" }),
    );
    expect(build({ significanceLevel: 1 })).toThrow(RangeError);
    expect(build({ significanceLevel: 0 })).toThrow(/Mức ý nghĩa/);
  });
});

describe("buildUnitReport: the figures", () => {
  const f = report.figures;

  it("counts models, sites and teams apart, at the end of the period and during it", () => {
    const m = f.models;
    expect(m.activeAtEnd).toBe(2); // mh-cam and mh-5in1; mh-loa ended on 30 June 2024
    expect(m.launchedInPeriod).toBe(1);
    expect(m.endedInPeriod).toBe(1);
    expect(m.newOrReplicatedInPeriod).toBe(2);
    expect(m.byKind).toEqual({ "camera-security": 1, "five-in-one": 1 });
    expect(m.types).toBe(2);
    expect(m.groups).toBe(2);
    expect(m.byGrade).toEqual({ good: 1, unassigned: 1 });
    expect(m.exemplars).toBe(1);
    expect(m.withDossier).toBe(1);
    expect(m.sites).toEqual({
      activeAtEnd: 3,
      replicatedActiveAtEnd: 1,
      launchedInPeriod: 2,
      replicatedInPeriod: 1,
      endedInPeriod: 1,
      teams: 1,
      byModelKind: {
        "camera-security": { activeAtEnd: 2, launchedInPeriod: 1, replicatedInPeriod: 1 },
        "five-in-one": { activeAtEnd: 1, launchedInPeriod: 1, replicatedInPeriod: 0 },
        "security-loudspeaker": { activeAtEnd: 0, launchedInPeriod: 0, replicatedInPeriod: 0 },
      },
    });
    expect(m.byModel).toEqual({
      "mh-5in1": { sites: 1, replicated: 0, teams: 1 },
      "mh-cam": { sites: 2, replicated: 1, teams: 0 },
    });
    expect(m.coverage).toEqual({
      childUnits: 2,
      withAnySite: 2,
      byModelKind: { "camera-security": 2, "five-in-one": 1 },
      byModel: { "mh-5in1": 1, "mh-cam": 2 },
    });
    expect(m.reviews).toEqual({
      held: 2,
      byKind: { interim: 2 },
      byGrade: { good: 1, weak: 1 },
      byRecommendation: { end: 1, replicate: 1 },
    });
    expect(report.names.models).toEqual({
      "mh-5in1": {
        name: "Tổ tự quản 5 trong 1 thôn 2",
        kind: "five-in-one",
        unitCode: "16000.thon-2",
        ownedHere: true,
      },
      "mh-cam": {
        name: "Camera an ninh huyện Mẫu Sơn",
        kind: "camera-security",
        unitCode: "412",
        ownedHere: true,
      },
      // Its site was active in 2023, the comparison period.
      "mh-loa": {
        name: "Tiếng loa an ninh",
        kind: "security-loudspeaker",
        unitCode: "16003",
        ownedHere: true,
      },
    });
  });

  it("names a model owned above the unit whose site is in it", () => {
    const commune = buildUnitReport(dataset, { unit: "16003", period: "2024" });
    expect(commune.figures.models.activeAtEnd).toBe(0);
    expect(commune.figures.models.byModel).toEqual({
      "mh-cam": { sites: 1, replicated: 1, teams: 0 },
    });
    expect(commune.names.models["mh-cam"]?.ownedHere).toBe(false);
  });

  it("counts teams, households and fire-safety groups", () => {
    expect(f.teams).toEqual({
      activeAtEnd: 3,
      foundedInPeriod: 2,
      dissolvedInPeriod: 1,
      byKind: { "fire-safety-group": 2, "self-governing": 1 },
      foundedInPeriodByKind: { "fire-safety-group": 1, "self-governing": 1 },
      households: 53,
      members: 4,
      fireSafetyGroups: { activeAtEnd: 2, foundedInPeriod: 1, households: 13, combinedAtEnd: 0 },
      trainings: { held: 1, participants: 12, recordedAsActivity: 0 },
      drills: {
        held: 1,
        participants: 30,
        recordedAsActivity: 0,
        byScenarioScale: { unassigned: 1 },
      },
      villagesWithSecurityTeam: 0,
      // Three of the four listed members were trained, one of them after the period.
      trained: { numerator: 2, denominator: 4, ratio: 0.5 },
    });
  });

  it("counts cameras in service at the end, by owner group, with their cost", () => {
    const c = f.cameras;
    expect(c.facingRoadOrPublicPlace).toEqual({ points: 3, lenses: 6 });
    expect(c.connectedToDutyRoom).toEqual({ points: 1, lenses: 2 });
    expect(c.byOwnerKind).toEqual({
      business: { points: 1, lenses: 1 },
      public: { points: 1, lenses: 2 },
      school: { points: 1, lenses: 3 },
    });
    expect(c.byOwnerGroup).toEqual({
      households: { points: 0, lenses: 0 },
      "agencies-businesses-schools": { points: 2, lenses: 4 },
      public: { points: 1, lenses: 2 },
      police: { points: 0, lenses: 0 },
    });
    expect(c.installedInPeriod).toEqual({ points: 1, lenses: 1 });
    expect(c.removedInPeriod).toEqual({ points: 1, lenses: 1 });
    expect(c.costVnd).toBe(5_000_000);
    expect(c.costBySourceVnd).toEqual({ budget: 2_000_000, household: 3_000_000 });
    expect(c.costByFundingSourceVnd).toEqual({ community: 3_000_000, budget: 2_000_000 });
    expect(c.costRecordedPoints).toBe(2);
    expect(cameraOwnerGroupOf("police")).toBe("police");
    expect(cameraOwnerGroupOf("agency")).toBe("agencies-businesses-schools");
  });

  it("counts incidents, extractions and cases clarified with camera help", () => {
    expect(f.incidents).toMatchObject({
      total: 3,
      byLegalClass: { accident: 1, criminal: 2 },
      clarified: 2,
      clarificationRate: { numerator: 2, denominator: 3, ratio: 2 / 3 },
      clarifiedWithCamera: 1,
      suspects: 2,
    });
    expect(f.extractions).toEqual({
      total: 2,
      helpedClarify: 1,
      incidentsServed: 1,
      incidentsHelped: 1,
      byOutcome: { "helped-clarify": 1, "no-useful-footage": 1 },
      byPurpose: { "incident-investigation": 2 },
      casesClarifiedWithCamera: 1,
      casesClarifiedWithCameraByCategory: { theft: 1 },
      casesClarifiedWithCameraByCategoryAndLegalClass: { theft: { criminal: 1 } },
    });
    expect(f.incidents.byCategoryAndLegalClass).toEqual({
      assault: { criminal: 1 },
      theft: { criminal: 1 },
      "traffic-accident": { accident: 1 },
    });
    expect(f.incidents.byCategoryGroup).toEqual({ "social-evils": 0 });
  });

  it("counts activities, funding and recognitions", () => {
    expect(f.activities).toEqual({
      total: 9,
      patrols: { count: 1, directedByCamera: 1, participants: 6 },
      subjects: { apprehended: 0, byCategory: {} },
      ambushes: { count: 1, directedByCamera: 1, participants: 4 },
      tips: { count: 1, verified: 1, ledToIncident: 1 },
      mediations: {
        count: 2,
        succeeded: 1,
        failed: 0,
        pending: 1,
        successRate: { numerator: 1, denominator: 1, ratio: 1 },
      },
      outreach: { sessions: 1, audience: 120 },
      drills: {
        count: 1,
        participants: 80,
        byTopic: { fire: 1 },
        byScenarioScale: { unassigned: 1 },
      },
      trainings: { count: 1, participants: 42 },
      awards: { count: 1, cashVnd: 1_000_000 },
    });
    expect(f.funding.contributions).toMatchObject({
      count: 2,
      amountVnd: 14_500_000,
      bySource: {
        community: { count: 1, amountVnd: 12_500_000 },
        budget: { count: 1, amountVnd: 2_000_000 },
      },
      byTarget: { cameras: { count: 2, amountVnd: 14_500_000 } },
    });
    expect(f.funding.expenses).toMatchObject({
      count: 1,
      amountVnd: 2_000_000,
      bySource: {
        community: { count: 0, amountVnd: 0 },
        budget: { count: 1, amountVnd: 2_000_000 },
      },
    });
    expect(f.recognitions).toEqual({
      assessed: 2,
      recognized: 1,
      bySubjectKind: {
        commune: { assessed: 1, recognized: 0 },
        "residential-area": { assessed: 1, recognized: 1 },
      },
    });
  });
});

describe("buildUnitReport: comparisons", () => {
  const changes = report.changes as NonNullable<UnitReport["changes"]>;

  it("compares every count with comparePeriods", () => {
    expect(changes.incidents.total).toMatchObject({
      current: 3,
      previous: 2,
      change: 1,
      absoluteChange: 1,
      direction: "up",
      percent: 50,
      note: null,
    });
    expect(changes.incidents.total.poisson?.significant).toBe(false);
    expect(changes.incidents.byLegalClass["accident"]).toMatchObject({
      previous: 0,
      percent: null,
      note: "baseline-zero",
    });
    expect(changes.cameras.lensesAtEnd).toMatchObject({
      current: 6,
      previous: 6,
      direction: "same",
    });
  });

  it("does not run the Poisson test on money or ratios", () => {
    expect(changes.funding.contributions.amountVnd.poisson).toBeNull();
    expect(changes.funding.contributions.bySource["budget"]?.amountVnd.poisson).toBeNull();
    expect(changes.funding.contributions.bySource["budget"]?.count.poisson).not.toBeNull();
    expect(changes.cameras.costBySourceVnd["budget"]?.poisson).toBeNull();
    expect(changes.incidents.clarificationRate.ratio?.poisson).toBeNull();
    expect(changes.incidents.clarificationRate.numerator.poisson).not.toBeNull();
    expectTypeOf(changes.incidents.total).toEqualTypeOf<PeriodChange>();
  });

  it("compares with the previous period, a given period, or nothing", () => {
    const previous = buildUnitReport(dataset, {
      unit: "412",
      period: "2024-H1",
      compareWith: "previous-period",
    });
    expect(previous.comparison?.basis).toBe("previous-period");
    expect(previous.comparison?.period.key).toBe("2023-H2");
    const custom = buildUnitReport(dataset, {
      unit: "412",
      period: parsePeriod("2024-Q1"),
      compareWith: customPeriod("2023-01-01", "2023-03-31"),
    });
    expect(custom.comparison?.basis).toBe("custom");
    expect(custom.comparison?.period.key).toBe("2023-01-01..2023-03-31");
    const byKey = buildUnitReport(dataset, { unit: "412", period: "2024", compareWith: "2023-H2" });
    expect(byKey.comparison?.period.key).toBe("2023-H2");
    for (const none of ["none", null] as const) {
      const alone = buildUnitReport(dataset, { unit: "412", period: "2024", compareWith: none });
      expect(alone.comparison).toBeNull();
      expect(alone.changes).toBeNull();
      expect(alone.reconciliation.comparison).toBeNull();
      expect(alone.coverage.comparison).toBeNull();
    }
  });

  it("warns when the dataset does not cover a period", () => {
    // The options of each report, its coverage and the codes of its warnings.
    const cases: [Omit<UnitReportOptions, "unit">, UnitReport["coverage"], unknown][] = [
      [
        { period: "2023" },
        { period: "covered", comparison: "not-covered" },
        expect.arrayContaining(["comparison-not-covered"]),
      ],
      [
        { period: "2024-07-01..2025-06-30", compareWith: "previous-period" },
        { period: "partly-covered", comparison: "covered" },
        expect.arrayContaining(["period-partly-covered"]),
      ],
      [
        { period: "2026", compareWith: "2022-07-01..2023-06-30" },
        { period: "not-covered", comparison: "partly-covered" },
        ["period-not-covered", "comparison-partly-covered", "unknown-unit-codes"],
      ],
    ];
    for (const [options, coverage, codes] of cases) {
      const report = buildUnitReport(dataset, { unit: "412", ...options });
      expect(report.coverage).toEqual(coverage);
      expect(report.warnings.map((w) => w.code)).toEqual(codes);
    }
    const { covers: _, ...rest } = rawDataset();
    const uncovered = buildUnitReport(DatasetSchema.parse(rest), { unit: "412", period: "2024" });
    expect(uncovered.coverage).toEqual({ period: "unknown", comparison: "unknown" });
    expect(uncovered.dataset.covers).toBeNull();
  });

  it("warns about a unit outside its dates and about problems of the units", () => {
    const raw = rawDataset();
    const units = [
      ...(raw["units"] as object[]).map((u) =>
        (u as { code: string }).code === "412" ? { ...u, validTo: "2025-06-30" } : u,
      ),
      { code: "16999", name: "Xã Lạc", level: "commune", type: "commune", parentCode: "488" },
    ];
    const data = DatasetSchema.parse({ ...raw, units, covers: undefined });
    const gone = buildUnitReport(data, { unit: "412", period: "2026" });
    expect(gone.warnings.map((w) => w.code)).toEqual([
      "unit-not-valid-in-period",
      "unknown-unit-codes",
      "admin-index-problems",
    ]);
    expect(gone.unit.children.count).toBe(2);
  });
});

describe("buildUnitReport: a unit with no records", () => {
  const empty = DatasetSchema.parse({
    schemaVersion: "1.0",
    units: [
      { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
      { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
    ],
  });
  const blank = buildUnitReport(empty, { unit: "15532", period: "2024-Q2" });

  it("gives zeros and baseline-zero comparisons, and no NaN or Infinity", () => {
    const values = numbersIn(blank.figures).map(([, n]) => n);
    expect(values.length).toBeGreaterThan(50);
    expect(values.every((n) => n === 0)).toBe(true);
    for (const [path, n] of numbersIn(blank)) expect(Number.isFinite(n), path).toBe(true);
    expect(blank.figures.incidents.clarificationRate).toEqual({
      numerator: 0,
      denominator: 0,
      ratio: null,
    });
    const changes = numbersIn(blank.changes).filter(([path]) => path.endsWith(".current"));
    expect(changes.length).toBeGreaterThan(50);
    expect(blank.changes?.incidents.total).toEqual({
      current: 0,
      previous: 0,
      change: 0,
      absoluteChange: 0,
      direction: "same",
      percent: null,
      note: "baseline-zero",
      poisson: { pValue: 1, significant: false },
    });
    expect(blank.changes?.models.activeAtEnd.note).toBe("baseline-zero");
    expect(blank.unit.parent).toEqual({ code: "38", name: "Tỉnh Thanh Hóa" });
    expect(blank.unit.children).toEqual({ level: null, count: 0, byType: {} });
    const province = buildUnitReport(empty, { unit: "38", period: "2024" });
    expect(province.unit.parent).toBeNull();
    expect(province.unit.children).toEqual({ level: "commune", count: 1, byType: { commune: 1 } });
    expect(blank.dataset).toEqual({ name: null, area: null, covers: null });
    expect(blank.warnings).toEqual([]);
    expectBalanced(blank.reconciliation.period, empty);
  });
});

describe("buildUnitReport: plain, deterministic JSON", () => {
  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });

  it("gives the same JSON every time and whatever the order of the records", () => {
    const text = JSON.stringify(report);
    expect(JSON.stringify(buildUnitReport(dataset, { unit: "412", period: "2024" }))).toBe(text);
    const collections = REPORT_COLLECTIONS.filter((c) => dataset[c].length > 1);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffled = { ...dataset } as unknown as Record<string, unknown[]>;
        let state = seed;
        for (const c of [...collections, "units"]) {
          const copy = [...(dataset[c as keyof Dataset] as unknown[])];
          for (let i = copy.length - 1; i > 0; i--) {
            state = (state * 1_103_515_245 + 12_345) | 0;
            const j = Math.abs(state) % (i + 1);
            [copy[i], copy[j]] = [copy[j], copy[i]];
          }
          shuffled[c] = copy;
        }
        const again = buildUnitReport(shuffled as unknown as Dataset, {
          unit: "412",
          period: "2024",
        });
        expect(JSON.stringify(again)).toBe(text);
      }),
      { numRuns: 25 },
    );
  });

  it("does not change the dataset", () => {
    const before = JSON.stringify(dataset);
    buildUnitReport(dataset, { unit: "412", period: "2024" });
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it("treats collections left out as empty", () => {
    const bare = { schemaVersion: "1.0", units: dataset.units } as unknown as Dataset;
    const r = buildUnitReport(bare, { unit: "412", period: "2024" });
    expect(r.reconciliation.period.collections.cameras.given).toBe(0);
    expect(r.figures.cameras.lensesAtEnd).toBe(0);
  });
});

describe("buildUnitReport: unusual envelopes", () => {
  it("refuses a dataset without units, naming the unit asked for", () => {
    const bare = { schemaVersion: "1.0" } as unknown as Dataset;
    expect(() => buildUnitReport(bare, { unit: "412", period: "2024" })).toThrow(
      expect.objectContaining({ code: "unknown-unit", unitCode: "412" }),
    );
  });

  it("reports a unit before it existed, and an area without a name", () => {
    const raw = rawDataset();
    const units = (raw["units"] as { code: string }[]).map((u) =>
      u.code === "412" ? { ...u, validFrom: "2025-07-01" } : u,
    );
    const data = DatasetSchema.parse({ ...raw, units, area: { unitCode: "412" } });
    const r = buildUnitReport(data, { unit: "412", period: "2024", compareWith: "none" });
    expect(r.warnings[0]?.code).toBe("unit-not-valid-in-period");
    expect(r.warnings[0]?.message.en).toContain("valid 2025-07-01 to …");
    expect(r.dataset.area).toEqual({ unitCode: "412", name: null });
  });
});
