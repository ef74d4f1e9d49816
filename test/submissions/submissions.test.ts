// Submissions upward: communes submit their report states, the district merges them into
// its report, exactly, and knows who has not submitted.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, aggregateState } from "../../src/aggregate/index.js";
import type { Coverage, Dataset } from "../../src/dataset/index.js";
import {
  buildUnitReport,
  REPORT_COLLECTIONS,
  type ReportRecord,
  renderReport,
  unitReport,
} from "../../src/reports/index.js";
import {
  ANTT_VERSION,
  createSubmission,
  mergeSubmissions,
  type ReportSubmission,
  SubmissionError,
} from "../../src/submissions/index.js";
import { sample } from "../reports/fixture.js";

const dataset = sample("tho-xuan-2024");
const units = dataset.units;
const DISTRICT = "395";
const communes = units.filter((u) => u.parentCode === DISTRICT);

/** The records of a commune: those whose unit code is the commune or one of its villages. */
function recordsOf(d: Dataset, commune: string): ReportRecord[] {
  const out: ReportRecord[] = [];
  for (const collection of REPORT_COLLECTIONS) {
    for (const record of d[collection] ?? []) {
      if (record.unitCode === commune || record.unitCode.startsWith(`${commune}.`)) {
        out.push({ collection, record } as ReportRecord);
      }
    }
  }
  return out;
}

/** What a submission saying incidents and cameras complete declares, over 2024 and 2023. */
function declared(codes: readonly string[]): Coverage[] {
  return codes.flatMap((unitCode) =>
    ["2024", "2023"].map((year) => ({
      id: `submission:${unitCode}:${year}`,
      unitCode,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      complete: ["incidents", "cameras"] as Coverage["complete"],
    })),
  );
}

function submit(
  commune: string,
  records: ReportRecord[],
  period = "2024",
  covers: ReportSubmission["covers"] = { incidents: "complete", cameras: "complete" },
): ReportSubmission {
  const report = unitReport({ unit: commune, period, units });
  const name = units.find((u) => u.code === commune)?.name ?? commune;
  return JSON.parse(
    JSON.stringify(
      createSubmission(report, aggregateState(report, records), {
        unitName: name,
        covers,
        producedBy: `Công an ${name}`,
        producedAt: "2025-01-06T08:00:00+07:00",
      }),
    ),
  );
}

describe("mergeSubmissions", () => {
  const all = communes.flatMap((c) => recordsOf(dataset, c.code));
  const submissions = communes.map((c) => submit(c.code, recordsOf(dataset, c.code)));
  const coverage = declared(communes.map((c) => c.code));
  const fromRecords = aggregate(
    unitReport({ unit: DISTRICT, period: "2024", units, dataset: { coverage } }),
    all,
  );

  it("gives the district's report from its communes' submissions, to the byte", () => {
    const merged = mergeSubmissions(submissions, { unit: DISTRICT, period: "2024", units });
    expect(JSON.stringify(merged.report)).toBe(JSON.stringify(fromRecords));
    expect(merged.report.figures.models.coverage.withAnySite).toBeGreaterThan(0);
    expect(merged.missing).toEqual([]);
    expect(merged.message.vi).toBe(
      `${communes.length}/${communes.length} đơn vị cấp xã đã nộp báo cáo`,
    );
  });

  it("gives buildUnitReport's report of the whole dataset, with the district's own records", () => {
    const own = REPORT_COLLECTIONS.flatMap((collection) =>
      (dataset[collection] ?? [])
        .filter((r) => r.unitCode === DISTRICT)
        .map((record) => ({ collection, record }) as ReportRecord),
    );
    expect(own.length).toBeGreaterThan(0);
    const everything = [...own, ...all];
    const given = REPORT_COLLECTIONS.reduce((n, c) => n + (dataset[c]?.length ?? 0), 0);
    expect(everything.length).toBe(given); // every record is the district's or a commune's
    const merged = mergeSubmissions(submissions, {
      unit: DISTRICT,
      period: "2024",
      units,
      dataset,
      ownRecords: [...own, ...(all.slice(0, 3) as ReportRecord[])],
    });
    expect(merged.ownRecordsLeftOut).toBe(3);
    expect(JSON.stringify(merged.report)).toBe(
      JSON.stringify(
        buildUnitReport(
          { ...dataset, coverage: [...(dataset.coverage ?? []), ...coverage] },
          { unit: DISTRICT, period: "2024" },
        ),
      ),
    );
  });

  it("gives the same report for the submissions in any order, and lists who is missing", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(submissions, { minLength: 1 }), (some) => {
        const merged = mergeSubmissions(some, { unit: DISTRICT, period: "2024", units });
        const codes = new Set(some.map((s) => s.unit.code));
        const expected = aggregate(
          unitReport({
            unit: DISTRICT,
            period: "2024",
            units,
            dataset: { coverage: declared([...codes]) },
          }),
          communes.filter((c) => codes.has(c.code)).flatMap((c) => recordsOf(dataset, c.code)),
        );
        expect(JSON.stringify(merged.report)).toBe(JSON.stringify(expected));
        expect(merged.missing.map((u) => u.code).sort()).toEqual(
          communes
            .map((c) => c.code)
            .filter((c) => !codes.has(c))
            .sort(),
        );
        expect(merged.message.en).toBe(
          `${some.length}/${communes.length} communes submitted their reports`,
        );
      }),
      { numRuns: 15 },
    );
  });

  it("declares complete what each submission says is complete, and says how many did", () => {
    const partly = communes.map((c, i) =>
      submit(
        c.code,
        recordsOf(dataset, c.code),
        "2024",
        i < 3 ? { incidents: "partial", cameras: "complete" } : undefined,
      ),
    );
    const merged = mergeSubmissions(partly, { unit: DISTRICT, period: "2024", units });
    expect(merged.report.completeness.children).toEqual({
      complete: communes.length - 3,
      of: communes.length,
    });
    expect(renderReport(merged.report)).toContain(
      `${communes.length - 3}/${communes.length} xã, thị trấn đã báo cáo đầy đủ vụ việc trong kỳ.`,
    );
    // Without a complete submission, nothing is declared: no absence can be stated.
    const none = mergeSubmissions(
      communes.map((c) =>
        submit(c.code, recordsOf(dataset, c.code), "2024", { incidents: "partial" }),
      ),
      { unit: DISTRICT, period: "2024", units },
    );
    expect(none.report.completeness.children.complete).toBe(0);
  });

  it("never declares complete a new unit from the submission of one of the units merged into it", () => {
    const merger = [
      { code: "001", name: "Huyện X", level: "district", type: "rural-district" },
      {
        code: "10001",
        name: "Xã A",
        level: "commune",
        type: "commune",
        parentCode: "001",
        validTo: "2024-06-30",
      },
      {
        code: "10002",
        name: "Xã B",
        level: "commune",
        type: "commune",
        parentCode: "001",
        validTo: "2024-06-30",
      },
      {
        code: "10003",
        name: "Xã C",
        level: "commune",
        type: "commune",
        parentCode: "001",
        validFrom: "2024-07-01",
      },
    ] as Dataset["units"];
    const successions = [
      { oldCode: "10001", newCode: "10003", kind: "whole", effectiveDate: "2024-07-01" },
      { oldCode: "10002", newCode: "10003", kind: "whole", effectiveDate: "2024-07-01" },
    ] as Dataset["successions"];
    const a = unitReport({ unit: "10001", period: "2024", units: merger, successions });
    const onlyA = createSubmission(a, aggregateState(a, []), {
      unitName: "Xã A",
      covers: { incidents: "complete" },
      producedBy: "Công an xã A",
      producedAt: "2025-01-06T08:00:00+07:00",
    });
    const merged = mergeSubmissions([JSON.parse(JSON.stringify(onlyA))], {
      unit: "001",
      period: "2024",
      units: merger,
      successions,
    });
    expect(merged.merged.map((m) => m.resolvedTo)).toEqual(["10003"]);
    // Xã B, merged into Xã C with Xã A, did not submit: Xã C's incidents are not complete,
    // and no absence is stated.
    expect(merged.report.completeness.children).toEqual({ complete: 0, of: 1 });
    expect(merged.report.completeness.period).toEqual([]);
    expect(renderReport(merged.report)).not.toContain("Không để xảy ra");
  });

  it("refuses two submissions of one unit, and submissions of another period", () => {
    const one = submissions[0] as ReportSubmission;
    expect(() => mergeSubmissions([one, one], { unit: DISTRICT, period: "2024", units })).toThrow(
      SubmissionError,
    );
    try {
      mergeSubmissions([one, submissions[1], one], { unit: DISTRICT, period: "2024", units });
    } catch (error) {
      expect((error as SubmissionError).code).toBe("duplicate-submission");
      expect((error as SubmissionError).index).toBe(2);
    }
    const other = submit(one.unit.code, [], "2024-H1");
    expect(() => mergeSubmissions([other], { unit: DISTRICT, period: "2024", units })).toThrow(
      /is for 2024-H1/,
    );
    expect(() => mergeSubmissions([other], { unit: DISTRICT, period: "2024", units })).toThrow(
      expect.objectContaining({ code: "different-options" }),
    );
  });

  it("refuses what is not a submission, naming the field", () => {
    const bad = { ...(submissions[0] as ReportSubmission), producedAt: "yesterday" };
    try {
      mergeSubmissions([bad], { unit: DISTRICT, period: "2024", units });
      expect.unreachable();
    } catch (error) {
      expect((error as SubmissionError).code).toBe("invalid-submission");
      expect((error as SubmissionError).issues[0]?.path).toEqual([0, "producedAt"]);
    }
    const tampered = structuredClone(submissions[0] as ReportSubmission) as {
      state: { state: { records: { incidents: { given: number } } } };
    };
    tampered.state.state.records.incidents.given = -5;
    expect(() => mergeSubmissions([tampered], { unit: DISTRICT, period: "2024", units })).toThrow(
      /not a report state/,
    );
  });

  it("follows an old code merged whole into a new unit, and never guesses a divided one", () => {
    const withHistory = [
      ...units.map((u) => (u.code === communes[0]?.code ? { ...u, validTo: "2024-06-30" } : u)),
      {
        code: "99001",
        name: "Xã Mới",
        level: "commune" as const,
        type: "commune" as const,
        parentCode: DISTRICT,
        validFrom: "2024-07-01",
      },
      {
        code: "99002",
        name: "Xã Mới Hai",
        level: "commune" as const,
        type: "commune" as const,
        parentCode: DISTRICT,
        validFrom: "2024-07-01",
      },
    ];
    const old = communes[0]?.code as string;
    const whole = [
      { oldCode: old, newCode: "99001", kind: "whole" as const, effectiveDate: "2024-07-01" },
    ];
    const divided = [
      { oldCode: old, newCode: "99001", kind: "partial" as const, effectiveDate: "2024-07-01" },
      { oldCode: old, newCode: "99002", kind: "partial" as const, effectiveDate: "2024-07-01" },
    ];
    const sub = submit(old, recordsOf(dataset, old));
    const moved = mergeSubmissions([sub], {
      unit: DISTRICT,
      period: "2024",
      units: withHistory,
      successions: whole,
    });
    expect(moved.unmerged).toEqual([]);
    expect(moved.merged).toEqual([
      { code: old, name: sub.unit.name, child: "99001", resolvedTo: "99001" },
    ]);
    expect(moved.unmerged).toEqual([]);
    const left = mergeSubmissions([sub], {
      unit: DISTRICT,
      period: "2024",
      units: withHistory,
      successions: divided,
    });
    expect(left.merged).toEqual([]);
    expect(left.unmerged[0]).toMatchObject({
      code: old,
      reason: "ambiguous",
      candidates: ["99001", "99002"],
    });
    expect(left.report.figures.incidents.total).toBe(0);
  });

  it("leaves out a submission of a unit elsewhere, and records the library's version", () => {
    const elsewhere = {
      ...(submissions[0] as ReportSubmission),
      unit: { code: "99999", name: "X" },
    };
    (elsewhere as { state: { state: { of: { unit: string } } } }).state = structuredClone(
      (submissions[0] as ReportSubmission).state,
    ) as never;
    (elsewhere.state as { state: { of: { unit: string } } }).state.of.unit = "99999";
    const result = mergeSubmissions([elsewhere], { unit: DISTRICT, period: "2024", units });
    expect(result.unmerged[0]?.reason).toBe("unknown-unit");
    expect((submissions[0] as ReportSubmission).versions.library).toBe(ANTT_VERSION);
  });
});

describe("ANTT_VERSION", () => {
  it("is the package's version", async () => {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(ANTT_VERSION).toBe(pkg.version);
  });
});

describe("the reconciliation of merged submissions", () => {
  it("counts every record the communes were given, once, and no record of the district's own", () => {
    const submissions = communes.map((c) => submit(c.code, recordsOf(dataset, c.code)));
    const merged = mergeSubmissions(submissions, { unit: DISTRICT, period: "2024", units });
    for (const c of REPORT_COLLECTIONS) {
      const inCommunes = communes.reduce(
        (n, commune) =>
          n + recordsOf(dataset, commune.code).filter((r) => r.collection === c).length,
        0,
      );
      const r = merged.report.reconciliation.period.collections[c];
      expect(r.given).toBe(inCommunes);
      const e = r.excluded;
      expect(r.counted + e.otherUnit + e.unknownUnit + e.outsidePeriod).toBe(r.given);
    }
    const own = (dataset.models ?? []).filter((m) => m.unitCode === DISTRICT).length;
    const whole = buildUnitReport(dataset, { unit: DISTRICT, period: "2024" });
    expect(whole.reconciliation.period.collections.models.given).toBe(
      merged.report.reconciliation.period.collections.models.given + own,
    );
  });
});
