// Every summary checks its options when it is made: a date or a period that is not one
// throws a RangeError naming the option, in English and Vietnamese, instead of giving
// figures for a period nobody asked for.
import { describe, expect, it } from "vitest";
import {
  activitySummary,
  cameraSummary,
  customPeriod,
  extractionSummary,
  fundingSummary,
  incidentSummary,
  modelSummary,
  type Period,
  parsePeriod,
  teamSummary,
} from "../../src/index.js";

const BAD_DATES = ["2024-13-45", "2023-02-29", "06/03/2024", "", "2024-03-06T00:00:00Z"];
const BAD_PERIODS: unknown[] = [
  "2024",
  {},
  { unit: "month", key: "2024-03", start: "2024-03-01", end: "2024-02-01" },
  { ...parsePeriod("2024-03"), end: "2024-03-32" },
  null,
];

const withAsOf = { cameraSummary, modelSummary, teamSummary } as const;
const withPeriod = {
  activitySummary,
  extractionSummary,
  fundingSummary,
  incidentSummary,
  modelSummary,
  teamSummary,
} as const;

describe("summary options", () => {
  for (const [name, make] of Object.entries(withAsOf)) {
    it.each(BAD_DATES)(`${name} refuses asOf %j`, (asOf) => {
      expect(() => make({ asOf })).toThrow(RangeError);
      expect(() => make({ asOf })).toThrow(/Invalid asOf.*Ngày tính không hợp lệ/);
    });
    it(`${name} takes a calendar date as asOf`, () => {
      expect(() => make({ asOf: "2024-02-29" })).not.toThrow();
    });
  }
  for (const [name, make] of Object.entries(withPeriod)) {
    it.each(BAD_PERIODS)(`${name} refuses period %j`, (period) => {
      expect(() => make({ period: period as Period })).toThrow(
        /Invalid period.*Kỳ báo cáo không hợp lệ/,
      );
    });
    it(`${name} takes a period from parsePeriod or customPeriod`, () => {
      expect(() => make({ period: parsePeriod("2024-Q1") })).not.toThrow();
      expect(() => make({ period: customPeriod("2024-01-15", "2024-02-14") })).not.toThrow();
    });
    it(`${name} says which years a period may cover`, () => {
      expect(() => make({ period: parsePeriod("1899") })).toThrow(/years 1900 to 2999/);
    });
  }
});
