// The placement of records' unit codes under a report's unit, cached per span of days: the
// same answer as placing every (code, day) afresh, on the national table with its history.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnitScope } from "../../src/reports/scope.js";
import { vietnamAdminIndex } from "../../src/vn-admin/index.js";

const index = vietnamAdminIndex();
const versions = index.allUnits();

describe("UnitScope", () => {
  it.each(["79", "769", "27088", "395", "01"])(
    "places any code on any day under %s as a fresh scope does",
    (target) => {
      const cached = new UnitScope(index, target);
      // Mostly codes that lie under the target on some day, so that "in" is tested as much
      // as "other"; codes asked about again and again exercise the cache.
      const fresh = new UnitScope(index, target);
      const inside = versions.filter(
        (unit) => fresh.place(unit.code, unit.validTo ?? "2026-01-01").status === "in",
      );
      expect(inside.length).toBeGreaterThan(0);
      const pool = [...inside, ...inside, ...versions.slice(0, inside.length)];
      fc.assert(
        fc.property(
          fc.nat(pool.length - 1),
          fc.integer({ min: Date.parse("2016-01-01"), max: Date.parse("2027-12-31") }),
          fc.boolean(),
          (i, ms, village) => {
            const code = `${pool[i]?.code}${village ? ".to-1" : ""}`;
            const day = new Date(ms).toISOString().slice(0, 10);
            const fresh = new UnitScope(index, target).place(code, day);
            expect(cached.place(code, day)).toEqual(fresh);
            // The same, on the day as a number (the report's dated records).
            expect(cached.placeOnDay(code, Number(day.replaceAll("-", "")))).toEqual(fresh);
          },
        ),
        { numRuns: 1500 },
      );
    },
  );
});
