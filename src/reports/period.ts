import type { CalendarDate } from "../core/calendar.js";
import { isPeriod, type Period, parsePeriod } from "../core/period.js";
import { previousPeriod, samePeriodLastYear } from "../core/period-arithmetic.js";
import { UnitReportError } from "./error.js";
import type {
  ComparisonBasis,
  DatasetCoverage,
  UnitReportErrorCode,
  UnitReportOptions,
} from "./types.js";

export function active(
  launched: CalendarDate | undefined,
  ended: CalendarDate | undefined,
  period: Period,
): boolean {
  return (
    launched !== undefined &&
    launched <= period.end &&
    (ended === undefined || ended >= period.start)
  );
}

/** Active on the last day, as the model and team summaries count it (ended that day: not). */
export const activeAt = (
  launched: CalendarDate | undefined,
  ended: CalendarDate | undefined,
  day: CalendarDate,
) => launched !== undefined && launched <= day && (ended === undefined || ended > day);

export function coverageOf(
  covers: { readonly start: CalendarDate; readonly end: CalendarDate } | undefined,
  period: Period,
): DatasetCoverage {
  if (!covers) return "unknown";
  if (covers.start <= period.start && period.end <= covers.end) return "covered";
  if (covers.end < period.start || period.end < covers.start) return "not-covered";
  return "partly-covered";
}

export function toPeriod(value: Period | string, unit: string, code: UnitReportErrorCode): Period {
  if (typeof value === "string") {
    try {
      const p = parsePeriod(value);
      return { unit: p.unit, key: p.key, start: p.start, end: p.end };
    } catch {
      throw new UnitReportError(code, unit, {
        en: `Invalid period key ${JSON.stringify(value)}: expected 2024, 2024-H1, 2024-Q1, 2024-03, 2024-W10, 2024-03-07 or 2024-01-01..2024-06-30`,
        vi: `Kỳ báo cáo ${JSON.stringify(value)} không hợp lệ`,
      });
    }
  }
  if (!isPeriod(value)) {
    throw new UnitReportError(code, unit, {
      en: `Invalid period ${JSON.stringify(value)}: build it with parsePeriod or customPeriod`,
      vi: `Kỳ báo cáo ${JSON.stringify(value)} không hợp lệ`,
    });
  }
  return { unit: value.unit, key: value.key, start: value.start, end: value.end };
}

export function comparisonOf(
  choice: UnitReportOptions["compareWith"],
  period: Period,
  unit: string,
): { basis: ComparisonBasis; period: Period } | null {
  if (choice === undefined || choice === "same-period-last-year") {
    return {
      basis: "same-period-last-year",
      period: toPeriod(samePeriodLastYear(period), unit, "invalid-comparison"),
    };
  }
  if (choice === null || choice === "none") return null;
  if (choice === "previous-period") {
    return {
      basis: "previous-period",
      period: toPeriod(previousPeriod(period), unit, "invalid-comparison"),
    };
  }
  return { basis: "custom", period: toPeriod(choice, unit, "invalid-comparison") };
}
