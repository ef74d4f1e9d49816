// The library's default criteria of model evaluation, as data: each a figure of the
// evidence, a threshold and a weight.
import { match } from "ts-pattern";
import type { Label } from "../../core/labels.js";
import type { Period } from "../../core/period.js";
import { previousPeriod } from "../../core/period-arithmetic.js";
import type { ModelCriterion } from "./criterion.js";

const DAYS_PER_MONTH = 365.25 / 12;

function daysOf(period: Period): number {
  const day = (date: string) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(period.end) - day(period.start)) / 86_400_000) + 1;
}

/** Months in a period: whole for calendar months, quarters, halves and years. */
export function monthsOf(period: Period): number {
  return match(period.unit)
    .with("year", () => 12)
    .with("half", () => 6)
    .with("quarter", () => 3)
    .with("month", () => 1)
    .with("week", "day", "range", () => daysOf(period) / DAYS_PER_MONTH)
    .exhaustive();
}

const PERCENT: Label = { vi: "%", en: "%" };
const PER_MONTH: Label = { vi: " lượt/tháng", en: " a month" };

/**
 * The library's default criteria for {@link evaluateModel}, with their weights (100 in
 * all) and thresholds.
 *
 * @description No national scale for grading models is published (reviews grade them
 * tốt, khá, trung bình, yếu locally), so these are the library's defaults, meant to be
 * replaced by a locality's own:
 *
 * | id | criterion | figure | threshold | weight |
 * |---|---|---|---|---|
 * | `activity` | regular activity (hoạt động thường xuyên) | `activities` per month of the period | ≥ 2 a month | 30 |
 * | `outcomes` | incidents clarified (hiệu quả làm rõ vụ việc) | `incidents.clarified / incidents.total`, 100% when no incident occurred | ≥ 70% | 25 |
 * | `participation` | households taking part (tỷ lệ hộ tham gia) | `participation.households / householdsInArea` (unknown when the area has 0) | ≥ 80% | 25 |
 * | `trend` | change in activity from the earlier period (mức tăng so với kỳ trước) | activities a month now minus a month then | ≥ 0 | 10 |
 * | `self-funding` | self-funding (tự chủ kinh phí, xã hội hóa) | `funding.community / (community + budget)`, 100% when no money was needed | ≥ 50% | 10 |
 *
 * A month is a calendar month for month, quarter, half-year and year periods (a
 * half-year is 6 months), and 30.44 days for weeks, days and custom ranges.
 *
 * @category Reports
 * @example
 * ```ts
 * import { DEFAULT_MODEL_CRITERIA, evaluateModel, type ModelCriterion } from "antt";
 * DEFAULT_MODEL_CRITERIA.map((criterion) => criterion.id);
 * // ["activity", "outcomes", "participation", "trend", "self-funding"]
 * // a locality that also wants at least 3 sites:
 * const reach: ModelCriterion = {
 *   id: "reach", label: { vi: "Số điểm áp dụng", en: "Sites" },
 *   weight: 10, threshold: 3, needs: ["sites"], measure: (evidence) => evidence.sites,
 * };
 * const criteria = [...DEFAULT_MODEL_CRITERIA, reach];
 * ```
 */
export const DEFAULT_MODEL_CRITERIA: readonly ModelCriterion[] = [
  {
    id: "activity",
    label: { vi: "Hoạt động thường xuyên", en: "Regular activity" },
    weight: 30,
    threshold: 2,
    unit: PER_MONTH,
    needs: ["activities"],
    measure: (evidence) =>
      evidence.activities === undefined
        ? undefined
        : evidence.activities / monthsOf(evidence.period),
  },
  {
    id: "outcomes",
    label: { vi: "Hiệu quả làm rõ vụ việc", en: "Incidents clarified" },
    weight: 25,
    threshold: 70,
    unit: PERCENT,
    needs: ["incidents"],
    measure: ({ incidents }) =>
      incidents === undefined
        ? undefined
        : incidents.total === 0
          ? 100
          : (Math.min(incidents.clarified, incidents.total) / incidents.total) * 100,
  },
  {
    id: "participation",
    label: { vi: "Tỷ lệ hộ gia đình tham gia", en: "Households taking part" },
    weight: 25,
    threshold: 80,
    unit: PERCENT,
    needs: ["participation"],
    measure: ({ participation }) =>
      participation === undefined || participation.householdsInArea === 0
        ? undefined
        : (Math.min(participation.households, participation.householdsInArea) /
            participation.householdsInArea) *
          100,
  },
  {
    id: "trend",
    label: {
      vi: "Mức tăng hoạt động so với kỳ trước",
      en: "Change in activity from the earlier period",
    },
    weight: 10,
    threshold: 0,
    unit: PER_MONTH,
    needs: ["activities", "previous.activities"],
    measure: ({ activities, period, previous }) =>
      activities === undefined || previous?.activities === undefined
        ? undefined
        : activities / monthsOf(period) -
          previous.activities / monthsOf(previous.period ?? previousPeriod(period)),
  },
  {
    id: "self-funding",
    label: { vi: "Tự chủ kinh phí (xã hội hóa)", en: "Self-funding (community money)" },
    weight: 10,
    threshold: 50,
    unit: PERCENT,
    needs: ["funding"],
    measure: ({ funding }) =>
      funding === undefined
        ? undefined
        : funding.community + funding.budget === 0
          ? 100
          : (funding.community / (funding.community + funding.budget)) * 100,
  },
];
