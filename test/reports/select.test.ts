// The days the report's adders read as numbers (`DAY_NUMBER`) are the days of the one table
// of when records count (`TIMING`), on every sample's records.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dayNumberAt } from "../../src/core/calendar-day.js";
import { validateDataset } from "../../src/dataset/index.js";
import { DAY_NUMBER, TIMING, vietnamDayNumber } from "../../src/reports/select.js";

// (phu-tho-2025 has no dated records of these collections.)
const samples = ["tho-xuan-2024", "hoi-an-2023", "tam-ky-2022"];

describe("DAY_NUMBER", () => {
  it.each(samples)("gives TIMING's day of every dated record of %s, as YYYYMMDD", (name) => {
    const text = readFileSync(new URL(`../../examples/data/${name}.json`, import.meta.url), "utf8");
    const parsed = validateDataset(JSON.parse(text));
    if (!parsed.success) throw new Error(`${name} does not validate`);
    let read = 0;
    for (const collection of ["incidents", "extractions", "activities"] as const) {
      const dayOf = DAY_NUMBER[collection] as (record: unknown) => number;
      const timing = TIMING[collection] as { dateOf: (record: unknown) => string | undefined };
      for (const record of parsed.data[collection] ?? []) {
        expect(dayOf(record)).toBe(dayNumberAt(timing.dateOf(record) as string));
        read += 1;
      }
    }
    expect(read).toBeGreaterThan(0);
  });

  it("reads instants that Vietnam time moves across midnight through the general path", () => {
    expect(vietnamDayNumber("2024-12-31T17:30:00Z")).toBe(20250101);
    expect(vietnamDayNumber("2024-12-31T23:30:00+07:00")).toBe(20241231);
    expect(vietnamDayNumber("2024-03-07")).toBe(20240307);
    expect(() => vietnamDayNumber("2024-02-30")).toThrow(RangeError);
    expect(() => vietnamDayNumber("not a day")).toThrow(RangeError);
  });
});
