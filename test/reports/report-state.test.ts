// The report as a mergeable aggregator: `unitReport` gives `buildUnitReport`'s report to
// the byte, from one pass, from any split merged (through JSON), in any order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregate,
  aggregateState,
  exportState,
  mergeStates,
  parseState,
} from "../../src/aggregate/index.js";
import type { Dataset } from "../../src/dataset/index.js";
import {
  buildUnitReport,
  REPORT_COLLECTIONS,
  type ReportRecord,
  type UnitReportAggregatorOptions,
  type UnitReportOptions,
  unitReport,
} from "../../src/reports/index.js";
import { districtDataset, sample } from "./fixture.js";

/** Every record of a dataset's report collections, as the aggregator reads them. */
function recordsOf(dataset: Dataset): ReportRecord[] {
  const out: ReportRecord[] = [];
  for (const collection of REPORT_COLLECTIONS) {
    for (const record of dataset[collection] ?? []) {
      out.push({ collection, record } as ReportRecord);
    }
  }
  return out;
}

function optionsOf(dataset: Dataset, options: UnitReportOptions): UnitReportAggregatorOptions {
  return { ...options, units: dataset.units, successions: dataset.successions, dataset };
}

/** The commune (first five digits) a record's unit code names, or the code itself. */
const communeOf = (r: ReportRecord): string => r.record.unitCode.slice(0, 5);

/** The states of each commune's records, sent through JSON and checked, merged. */
function mergedByCommune(options: UnitReportAggregatorOptions, records: ReportRecord[]) {
  const report = unitReport(options);
  const byCommune = new Map<string, ReportRecord[]>();
  for (const r of records) {
    const key = communeOf(r);
    byCommune.set(key, [...(byCommune.get(key) ?? []), r]);
  }
  const states = [...byCommune.values()].map((part) => {
    const wire = JSON.parse(JSON.stringify(exportState(report, aggregateState(report, part))));
    const parsed = parseState(report, wire);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    return parsed.data;
  });
  return { report: report.finish(mergeStates(report, states)), parts: states.length };
}

const SAMPLES = [
  ["tho-xuan-2024", { unit: "395", period: "2024" }],
  ["tho-xuan-2024", { unit: "15532", period: "2024" }],
  ["tam-ky-2022", { unit: "502", period: "2022-H1" }],
  ["tam-ky-2022", { unit: "20362", period: "2022-H1", compareWith: "previous-period" }],
  ["hoi-an-2023", { unit: "503", period: "2023" }],
  ["hoi-an-2023", { unit: "503", period: "2023-Q2", compareWith: "none" }],
  ["phu-tho-2025", { unit: "25", period: "2025" }],
] as const;

describe("unitReport", () => {
  for (const [name, options] of SAMPLES) {
    describe(`${name}, unit ${options.unit}, ${options.period}`, () => {
      const dataset = sample(name);
      const expected = JSON.stringify(buildUnitReport(dataset, options));
      const records = recordsOf(dataset);

      it("gives buildUnitReport's report to the byte, from one pass", () => {
        const report = aggregate(unitReport(optionsOf(dataset, options)), records);
        expect(JSON.stringify(report)).toBe(expected);
      });

      it("gives the same report from the communes' states, merged after JSON", () => {
        const { report, parts } = mergedByCommune(optionsOf(dataset, options), records);
        expect(parts).toBeGreaterThan(1);
        expect(JSON.stringify(report)).toBe(expected);
      });
    });
  }

  const dataset = districtDataset();
  const records = recordsOf(dataset);
  const options = optionsOf(dataset, { unit: "412", period: "2024" });
  const expected = JSON.stringify(buildUnitReport(dataset, { unit: "412", period: "2024" }));

  it("gives the same report for any order and any split of the records, merged in any order", () => {
    const report = unitReport(options);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
        fc.array(fc.nat(records.length), { maxLength: 6 }),
        fc.boolean(),
        (shuffled, cuts, reverse) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), shuffled.length];
          const states = [];
          for (let i = 0; i + 1 < bounds.length; i++) {
            const part = shuffled.slice(bounds[i], bounds[i + 1]);
            states.push(JSON.parse(JSON.stringify(aggregateState(report, part))));
          }
          if (reverse) states.reverse();
          const merged = report.finish(mergeStates(report, states));
          expect(JSON.stringify(merged)).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("counts every record given once in each period's reconciliation", () => {
    fc.assert(
      fc.property(fc.subarray(records), (some) => {
        const report = aggregate(unitReport(options), some);
        for (const reconciliation of [
          report.reconciliation.period,
          report.reconciliation.comparison,
        ]) {
          if (reconciliation === null) continue;
          let given = 0;
          for (const c of REPORT_COLLECTIONS) {
            const r = reconciliation.collections[c];
            const e = r.excluded;
            expect(r.counted + e.otherUnit + e.unknownUnit + e.outsidePeriod).toBe(r.given);
            expect(
              Math.min(r.counted, e.otherUnit, e.unknownUnit, e.outsidePeriod),
            ).toBeGreaterThanOrEqual(0);
            given += r.given;
          }
          expect(given).toBe(some.length);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("refuses to merge the states of reports on another unit or period", () => {
    const a = unitReport(options);
    const b = unitReport({ ...options, period: "2023" });
    const c = unitReport({ ...options, unit: "16000" });
    expect(() => mergeStates(a, [a.init(), b.init()])).toThrow(/different reports/);
    expect(() => mergeStates(a, [a.init(), c.init()])).toThrow(/16000/);
  });

  it("rejects a state of another kind, or with a count that is not one", () => {
    const report = unitReport(options);
    const envelope = JSON.parse(
      JSON.stringify(exportState(report, aggregateState(report, records))),
    );
    expect(envelope.kind).toBe("antt.unit-report");
    expect(parseState(report, envelope).success).toBe(true);
    envelope.state.records.incidents.given = -1;
    const parsed = parseState(report, envelope);
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.issues[0]?.path).toEqual(["state", "records", "incidents", "given"]);
    expect(parseState(report, { ...envelope, kind: "antt.incidents-summary" }).success).toBe(false);
  });

  it("throws, when made, the errors buildUnitReport throws", () => {
    expect(() => unitReport({ ...options, unit: "99999" })).toThrow(/Unknown unit 99999/);
    expect(() => unitReport({ ...options, period: "2024-13" })).toThrow();
    expect(() => unitReport({ ...options, significanceLevel: 1 })).toThrow(RangeError);
  });
});
