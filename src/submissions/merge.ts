// Merging the submissions of units below into the report of the unit above.

import {
  type AdminIndex,
  type AdminLevel,
  type AdminUnit,
  buildAdminIndex,
} from "../admin/index.js";
import { parseState } from "../aggregate/index.js";
import type { CalendarDate } from "../core/calendar.js";
import type { Issue } from "../core/issues.js";
import { type Period, parsePeriod } from "../core/period.js";
import type { Coverage } from "../dataset/index.js";
import {
  type ReportRecord,
  type UnitReport,
  type UnitReportAggregatorOptions,
  type UnitReportState,
  unitReport,
} from "../reports/index.js";
import { checkSubmission } from "./schema.js";

/**
 * Why {@link mergeSubmissions} refused the submissions: one is not a submission
 * (`invalid-submission`), two are for the same unit (`duplicate-submission`), or one was
 * made for another period or comparison (`different-options`).
 *
 * @category Submissions
 * @example
 * ```ts
 * import { SubmissionError } from "antt/submissions";
 * const error = new SubmissionError("duplicate-submission", 3, [], {
 *   en: "Two submissions for unit 15532", vi: "Hai báo cáo của đơn vị 15532",
 * });
 * error.code; // "duplicate-submission"
 * ```
 */
export class SubmissionError extends Error {
  override readonly name = "SubmissionError";

  /**
   * @param code - what is wrong
   * @param index - the position of the submission refused
   * @param issues - the problems found in it, with paths from the list of submissions
   * @param text - the message, in English and Vietnamese
   */
  constructor(
    readonly code: "invalid-submission" | "duplicate-submission" | "different-options",
    readonly index: number,
    readonly issues: readonly Issue[],
    readonly text: { readonly en: string; readonly vi: string },
  ) {
    super(`${text.en} (${text.vi})`);
  }
}

/**
 * Options of {@link mergeSubmissions}: the report of the unit above, as for `unitReport`,
 * and the level of the units expected to submit.
 *
 * @category Submissions
 * @example
 * ```ts
 * import type { MergeSubmissionsOptions } from "antt/submissions";
 * const options: MergeSubmissionsOptions = { unit: "395", period: "2024", expectedLevel: "commune" };
 * ```
 */
export interface MergeSubmissionsOptions extends UnitReportAggregatorOptions {
  /**
   * The level of the units expected to submit (default: the level of the unit's children
   * on the last day of the period).
   */
  readonly expectedLevel?: AdminLevel | undefined;
  /**
   * The unit's own records: those kept at its own level (a district's models, the sites it
   * runs itself), which no child's submission holds. Only records whose unit code is the
   * unit's are counted; the others are counted in `ownRecordsLeftOut`, since the
   * children's submissions hold them.
   */
  readonly ownRecords?: Iterable<ReportRecord> | undefined;
}

/**
 * A submission merged: the unit that made it, and the child of the report's unit it was
 * counted under.
 *
 * @category Submissions
 * @example
 * ```ts
 * import type { MergedSubmission } from "antt/submissions";
 * const merged: MergedSubmission = { code: "15532", name: "Xã Xuân Sinh", child: "15532", resolvedTo: null };
 * ```
 */
export interface MergedSubmission {
  /** The submitting unit's code, as the submission gives it. */
  readonly code: string;
  /** Its name, as the submission gives it. */
  readonly name: string;
  /** The direct child of the report's unit it was counted under. */
  readonly child: string;
  /** The unit an old code was followed to through the successions, or `null`. */
  readonly resolvedTo: string | null;
}

/**
 * A submission left out: its unit is not under the report's unit, is unknown, or was
 * divided between units (the candidates), which the library never guesses between.
 *
 * @category Submissions
 * @example
 * ```ts
 * import type { UnmergedSubmission } from "antt/submissions";
 * const left: UnmergedSubmission = {
 *   code: "15540", reason: "ambiguous", candidates: ["15541", "15542"],
 *   message: { en: "…", vi: "…" },
 * };
 * ```
 */
export interface UnmergedSubmission {
  /** The submitting unit's code. */
  readonly code: string;
  /** Why it was left out. */
  readonly reason: "ambiguous" | "unknown-unit" | "outside-unit";
  /** For `ambiguous`: the units the old unit was divided between. */
  readonly candidates: readonly string[];
  /** What happened, in English and Vietnamese. */
  readonly message: { readonly en: string; readonly vi: string };
}

/**
 * The report of a unit from its units' submissions, with who submitted and who did not.
 *
 * @category Submissions
 * @example
 * ```ts
 * import type { SubmissionsReport } from "antt/submissions";
 * const line = (r: SubmissionsReport) => r.message.vi; // "27/30 đơn vị cấp xã đã nộp báo cáo"
 * ```
 */
export interface SubmissionsReport {
  /** The report, as `buildUnitReport` would give it over the submitted records. */
  readonly report: UnitReport;
  /** The submissions merged. */
  readonly merged: readonly MergedSubmission[];
  /** The submissions left out, and why. */
  readonly unmerged: readonly UnmergedSubmission[];
  /** The units expected to submit. */
  readonly expected: readonly { readonly code: string; readonly name: string }[];
  /** The units expected that did not submit. */
  readonly missing: readonly { readonly code: string; readonly name: string }[];
  /** Records of `ownRecords` left out for not being of the unit's own level. */
  readonly ownRecordsLeftOut: number;
  /** "27/30 units submitted", in English and Vietnamese. */
  readonly message: { readonly en: string; readonly vi: string };
}

const MAX_DEPTH = 16;

/** The direct child of `parent` that holds `code` on `day`, or `undefined`. */
function childUnder(
  index: AdminIndex,
  parent: string,
  code: string,
  day: CalendarDate | undefined,
): string | undefined {
  let child: string | undefined;
  let current: AdminUnit | undefined = index.get(code, day) ?? index.get(code);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (current.code === parent) return child;
    child = current.code;
    current = index.parentOf(current.code, day);
  }
  return undefined;
}

/**
 * Merges the report submissions of the units below a unit into that unit's report
 * (tổng hợp báo cáo của cấp dưới), exactly as if its report had been built from their
 * records, without the records; and says which units have not submitted.
 *
 * @description Each submission is checked: its envelope by `ReportSubmissionSchema`,
 * its state by `parseState`. A submission is counted under the child of the unit that
 * holds its unit on the last day of the period. A unit code of an earlier time (before a
 * reorganisation) is followed through the successions of `options.units`: a unit merged
 * whole into another moves its state there; one divided between several is left out and
 * listed in `unmerged`, never guessed.
 *
 * The units expected to submit are those of `expectedLevel` under the unit on the last
 * day of the period; `missing` lists those without a submission, and `message` says
 * "27/30 đơn vị cấp xã đã nộp báo cáo".
 *
 * Records kept at the unit's own level (a district's own models) are not in its children's
 * submissions: give them as `ownRecords`.
 *
 * @param submissions - the submissions, as read from JSON
 * @param options - the report of the unit above, and the level expected to submit
 * @returns the report, the submissions merged and left out, and the units missing
 * @throws SubmissionError for an invalid submission, two for the same unit, or one of
 *   another period or comparison; UnitReportError for an unknown unit
 * @category Submissions
 * @example
 * ```ts
 * import { aggregateState, unitReport } from "antt";
 * import { createSubmission, mergeSubmissions } from "antt/submissions";
 * const units = [
 *   { code: "395", name: "Huyện Thọ Xuân", level: "district" as const, type: "rural-district" as const },
 *   { code: "15532", name: "Xã Xuân Sinh", level: "commune" as const, type: "commune" as const, parentCode: "395" },
 *   { code: "15535", name: "Xã Thọ Lâm", level: "commune" as const, type: "commune" as const, parentCode: "395" },
 * ];
 * const commune = unitReport({ unit: "15532", period: "2024", units });
 * const state = aggregateState(commune, [{ collection: "incidents", record: {
 *   id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00", unitCode: "15532",
 *   detectedBy: "camera", status: "investigating" } }]);
 * const submission = createSubmission(commune, state, { unitName: "Xã Xuân Sinh",
 *   covers: { incidents: "complete" }, producedBy: "Công an xã Xuân Sinh",
 *   producedAt: "2025-01-05T09:00:00+07:00" });
 * const district = mergeSubmissions([submission], { unit: "395", period: "2024", units });
 * district.report.figures.incidents.total; // 1
 * district.message.vi;                     // "1/2 đơn vị cấp xã đã nộp báo cáo"
 * district.missing;                        // [{ code: "15535", name: "Xã Thọ Lâm" }]
 * ```
 */
export function mergeSubmissions(
  submissions: readonly unknown[],
  options: MergeSubmissionsOptions,
): SubmissionsReport {
  const report = unitReport(options);
  const index = buildAdminIndex(options.units ?? [], options.successions ?? []);
  const end = parsePeriod(report.of.period).end;
  const parent = report.of.unit;
  let state = report.init();
  const merged: MergedSubmission[] = [];
  const unmerged: UnmergedSubmission[] = [];
  const seen = new Map<string, number>();
  // What the submissions declare complete, as the dataset's own declarations say it.
  const declared: Coverage[] = [];
  const periods = [report.of.period, report.of.comparison]
    .filter((key): key is string => key !== null)
    .map(parsePeriod);

  submissions.forEach((input, i) => {
    const envelope = checkSubmission(input);
    if (!envelope.success) {
      const issues = envelope.issues.map((issue) => ({
        ...issue,
        path: [i, ...issue.path],
      }));
      throw new SubmissionError("invalid-submission", i, issues, {
        en: `Submission ${i} is not a report submission: ${issues[0]?.message.en ?? ""}`,
        vi: `Mục ${i} không phải báo cáo gửi lên: ${issues[0]?.message.vi ?? ""}`,
      });
    }
    const submission = envelope.data;
    const code = submission.unit.code;
    if (submission.period !== report.of.period || submission.comparison !== report.of.comparison) {
      throw new SubmissionError("different-options", i, [], {
        en: `Submission ${i} (unit ${code}) is for ${submission.period}${submission.comparison ? ` vs ${submission.comparison}` : ""}, not ${report.of.period}${report.of.comparison ? ` vs ${report.of.comparison}` : ""}`,
        vi: `Báo cáo ${i} (đơn vị ${code}) là của kỳ ${submission.period}, không phải kỳ ${report.of.period} hoặc kỳ so sánh khác`,
      });
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      throw new SubmissionError("duplicate-submission", i, [], {
        en: `Submissions ${earlier} and ${i} are both of unit ${code} for ${submission.period}`,
        vi: `Báo cáo ${earlier} và ${i} cùng của đơn vị ${code} kỳ ${submission.period}`,
      });
    }
    seen.set(code, i);
    const parsed = parseState(report, submission.state);
    if (!parsed.success) {
      const issues = parsed.issues.map((issue) => ({
        ...issue,
        path: [i, "state", ...issue.path],
      }));
      throw new SubmissionError("invalid-submission", i, issues, {
        en: `The state of submission ${i} (unit ${code}) is not a report state: ${issues[0]?.message.en ?? ""}`,
        vi: `Trạng thái báo cáo ${i} (đơn vị ${code}) không hợp lệ: ${issues[0]?.message.vi ?? ""}`,
      });
    }
    const data = parsed.data as UnitReportState;
    if (data.of.unit !== code) {
      throw new SubmissionError("invalid-submission", i, [], {
        en: `Submission ${i} says unit ${code}, but its state is of unit ${data.of.unit}`,
        vi: `Báo cáo ${i} ghi đơn vị ${code} nhưng trạng thái là của đơn vị ${data.of.unit}`,
      });
    }

    let child = childUnder(index, parent, code, end);
    let resolvedTo: string | null = null;
    if (child === undefined) {
      const resolution = index.resolveUnit(code);
      if (resolution.status === "ambiguous") {
        const candidates = resolution.candidates.map((u) => u.code);
        unmerged.push({
          code,
          reason: "ambiguous",
          candidates,
          message: {
            en: `Unit ${code} was divided between ${candidates.join(", ")}: its submission cannot be placed in one of them and was not merged`,
            vi: `Đơn vị ${code} đã được chia cho ${candidates.join(", ")}: không xác định được đơn vị tiếp nhận, báo cáo không được tổng hợp`,
          },
        });
        return;
      }
      if (resolution.status === "merged" || resolution.status === "current") {
        resolvedTo = resolution.unit.code;
        child = childUnder(index, parent, resolvedTo, end);
      }
      if (child === undefined) {
        const unknown = resolution.status === "unknown";
        unmerged.push({
          code,
          reason: unknown ? "unknown-unit" : "outside-unit",
          candidates: [],
          message: unknown
            ? {
                en: `Unit ${code} is not in the units: its submission was not merged`,
                vi: `Không có đơn vị mã ${code}: báo cáo không được tổng hợp`,
              }
            : {
                en: `Unit ${code} is not under unit ${parent}: its submission was not merged`,
                vi: `Đơn vị ${code} không thuộc đơn vị ${parent}: báo cáo không được tổng hợp`,
              },
        });
        return;
      }
    }
    state = report.merge(state, report.adopt(data, child));
    merged.push({ code, name: submission.unit.name, child, resolvedTo });
    // Declared for the unit that submitted, never for the unit an old code was followed to:
    // the other units merged into it may not have submitted.
    declared.push(...declarationsOf(submission.covers, code, periods));
  });

  let ownRecordsLeftOut = 0;
  for (const item of options.ownRecords ?? []) {
    if (item.record.unitCode === parent) state = report.add(state, item);
    else ownRecordsLeftOut += 1;
  }

  const level = options.expectedLevel ?? index.childrenOf(parent, end)[0]?.level ?? "commune";
  const expected = index
    .unitsOfLevel(level, end)
    .filter((u) => u.code !== parent && childUnder(index, parent, u.code, end) !== undefined)
    .map((u) => ({ code: u.code, name: u.name }));
  const submitted = new Set(merged.flatMap((m) => [m.code, m.resolvedTo ?? m.code]));
  const missing = expected.filter((u) => !submitted.has(u.code));
  const done = expected.length - missing.length;
  const levelText = { vi: ADMIN_LEVEL_TEXT[level].vi, en: ADMIN_LEVEL_TEXT[level].en };
  // The report is finished knowing what the submissions declare complete: "27/30 xã đã báo
  // cáo đầy đủ", and the absences a complete report may state.
  const given = options.dataset?.coverage ?? [];
  const finisher =
    declared.length === 0
      ? report
      : unitReport({
          ...options,
          dataset: { ...options.dataset, coverage: [...given, ...declared] },
        });
  return {
    report: finisher.finish(state),
    merged,
    unmerged,
    expected,
    missing,
    ownRecordsLeftOut,
    message: {
      en: `${done}/${expected.length} ${levelText.en} submitted their reports`,
      vi: `${done}/${expected.length} đơn vị ${levelText.vi} đã nộp báo cáo`,
    },
  };
}

/**
 * The completeness declarations a submission makes: the collections it says are complete,
 * for its unit, over the period and the comparison period its state holds.
 */
function declarationsOf(
  covers: Readonly<Record<string, "complete" | "partial" | undefined>>,
  unitCode: string,
  periods: readonly Period[],
): Coverage[] {
  const complete = Object.keys(covers).filter((c) => covers[c] === "complete");
  if (complete.length === 0) return [];
  return periods.map((period) => ({
    id: `submission:${unitCode}:${period.key}`,
    unitCode,
    start: period.start,
    end: period.end,
    complete: complete as Coverage["complete"],
  }));
}

/** The units of a level, as the message counts them. */
const ADMIN_LEVEL_TEXT: Record<AdminLevel, { en: string; vi: string }> = {
  province: { en: "provinces", vi: "cấp tỉnh" },
  district: { en: "districts", vi: "cấp huyện" },
  commune: { en: "communes", vi: "cấp xã" },
  village: { en: "villages and residential groups", vi: "thôn, tổ dân phố" },
};
