import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregate,
  aggregateState,
  byPeriod,
  byUnit,
  byUnitAndPeriod,
  count,
  countBy,
  groupBy,
  mergeStates,
  UNASSIGNED,
} from "../../src/aggregate/index.js";
import { PERIOD_UNITS, type PeriodUnit } from "../../src/core/period.js";

type Row = { unitCode?: string | undefined; at?: string | undefined; category: string };

const row = fc.record({
  unitCode: fc.option(fc.constantFrom("15532", "15535", "412"), { nil: undefined }),
  at: fc.option(
    fc
      .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 11, 31) })
      .map((ms) => new Date(ms).toISOString()),
    { nil: undefined },
  ),
  category: fc.constantFrom("theft", "gambling", "fire"),
});

describe("byUnitAndPeriod", () => {
  it("gives the same table as groupBy composed by hand, for every period unit", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.constantFrom(...PERIOD_UNITS),
        (rows, unit) => {
          const table = byUnitAndPeriod(
            countBy((r: Row) => r.category),
            {
              unitOf: (r) => r.unitCode,
              dateOf: (r) => r.at,
              periodUnit: unit,
            },
          );
          const byHand = groupBy(
            byUnit((r: Row) => r.unitCode),
            groupBy(
              byPeriod((r: Row) => r.at, unit),
              countBy((r: Row) => r.category),
            ),
          );
          expect(aggregate(table, rows)).toEqual(aggregate(byHand, rows));
        },
      ),
    );
  });

  it("counts every record: a missing unit or date lands in UNASSIGNED", () => {
    const table = aggregate(
      byUnitAndPeriod<Row, number, number>(count(), {
        unitOf: (r) => r.unitCode,
        dateOf: (r) => r.at,
      }),
      [
        { unitCode: "15532", at: "2024-03-31T17:30:00Z", category: "theft" },
        { unitCode: "15532", at: "2024-03-07T08:00:00+07:00", category: "theft" },
        { unitCode: undefined, at: "2024-03-07T08:00:00+07:00", category: "fire" },
        { unitCode: "15535", at: undefined, category: "fire" },
      ],
    );
    expect(table).toEqual({
      "15532": { "2024-03": 1, "2024-04": 1 },
      "15535": { [UNASSIGNED]: 1 },
      [UNASSIGNED]: { "2024-03": 1 },
    });
  });

  it("groups by month by default, and merges split states into the whole's", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.nat(60), (rows, cut) => {
        const table = byUnitAndPeriod<Row, number, number>(count(), {
          unitOf: (r) => r.unitCode,
          dateOf: (r) => r.at,
        });
        const parts = [rows.slice(0, cut), rows.slice(cut)].map((p) => aggregateState(table, p));
        expect(table.finish(mergeStates(table, parts))).toEqual(aggregate(table, rows));
        for (const months of Object.values(aggregate(table, rows))) {
          for (const key of Object.keys(months ?? {})) {
            expect(key === UNASSIGNED || /^\d{4}-\d{2}$/.test(key)).toBe(true);
          }
        }
      }),
    );
  });

  it("refuses a period unit that is not a calendar unit, with a RangeError", () => {
    expect(() =>
      byUnitAndPeriod<Row, number, number>(count(), {
        unitOf: (r) => r.unitCode,
        dateOf: (r) => r.at,
        periodUnit: "fortnight" as PeriodUnit,
      }),
    ).toThrow(/Invalid periodUnit "fortnight".*Đơn vị thời gian không hợp lệ/);
  });
});
