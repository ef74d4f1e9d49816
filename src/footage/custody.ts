// custodyFindings: an extraction's custody log checked on a given day.
import { type CalendarDate, isCalendarDate, vietnamDateOf } from "../core/calendar.js";
import { viDate } from "../core/refine.js";
import { custodyProblems } from "../incidents/custody.js";
import type { CustodyEntry, FootageExtraction } from "../incidents/index.js";
import type { FootageFinding } from "./findings.js";

/** The name a copy goes by in a message: its own, or its entry's number. */
function copyName(entry: CustodyEntry, index: number): { en: string; vi: string } {
  return entry.copy === undefined
    ? { en: `made by entry ${index + 1}`, vi: `tạo ở mục ${index + 1}` }
    : { en: `"${entry.copy}"`, vi: `"${entry.copy}"` };
}

/**
 * Checks the custody log of a footage extraction (nhật ký quản lý, truy cập dữ liệu) on a
 * given day, and returns what it finds in English and Vietnamese.
 *
 * @description First the rules that hold whatever the day, which
 * `FootageExtractionSchema` reports too (entries out of order or before the request,
 * copies without a retain-until date, hand-overs without a recipient, unknown copies).
 * Then each copy: one that is past its `retainUntil` on `asOf` and that no entry up to
 * `asOf` deleted is `custody-copy-overdue` (an error); one deleted after its date is
 * `custody-copy-deleted-late` (a warning). A `deleted` entry deletes the copy it names,
 * or, naming none, the footage and every copy. A later `copied` entry with the same copy
 * name replaces the earlier one, with its own date (keeping a copy longer is logged as a
 * new copy). Paths start at the extraction (`["custody", 2, "retainUntil"]`).
 *
 * @param extraction - an extraction, parsed; one without a log has no finding
 * @param options - `asOf`: the day to check on, `YYYY-MM-DD` (Vietnam)
 * @returns the findings, the day-independent ones first, then by copy
 * @throws RangeError when `asOf` is not a calendar date
 * @category Validation
 * @example
 * ```ts
 * import type { FootageExtraction } from "antt";
 * import { custodyFindings } from "antt/footage";
 * const extraction: FootageExtraction = {
 *   id: "tx-1", unitCode: "15532", cameraIds: ["cam-1"],
 *   requestedAt: "2024-03-07T08:00:00+07:00", requestedBy: "Công an xã Xuân Sinh",
 *   footageFrom: "2024-03-07T01:00:00+07:00", footageTo: "2024-03-07T02:00:00+07:00",
 *   purpose: "incident-investigation", caseRef: "VV-031/2024", outcome: "helped-clarify",
 *   custody: [
 *     { at: "2024-03-07T09:00:00+07:00", action: "viewed", by: "Trực ban", reason: "Xác minh" },
 *     { at: "2024-03-07T10:00:00+07:00", action: "copied", by: "Trực ban", reason: "Lưu hồ sơ",
 *       copy: "USB 02", retainUntil: "2024-06-30" },
 *   ],
 * };
 * custodyFindings(extraction, { asOf: "2024-06-30" }); // []
 * custodyFindings(extraction, { asOf: "2024-07-01" })[0]?.code; // "custody-copy-overdue"
 * ```
 */
export function custodyFindings(
  extraction: FootageExtraction,
  options: { readonly asOf: CalendarDate },
): FootageFinding[] {
  const { asOf } = options;
  if (!isCalendarDate(asOf)) {
    throw new RangeError(
      `custodyFindings: invalid asOf ${JSON.stringify(asOf)}: expected YYYY-MM-DD (Ngày kiểm tra không hợp lệ)`,
    );
  }
  const extractionId = extraction.id;
  const out: FootageFinding[] = custodyProblems(extraction).map((p) => ({
    extractionId,
    severity: "error",
    path: [...p.path],
    code: p.code,
    message: { en: p.en, vi: p.vi },
  }));
  const log = extraction.custody ?? [];
  log.forEach((entry, i) => {
    if (entry.action !== "copied" || entry.retainUntil === undefined) return;
    const retainUntil = entry.retainUntil;
    let deletedOn: CalendarDate | undefined;
    for (let j = i + 1; j < log.length; j++) {
      const later = log[j] as CustodyEntry;
      const day = vietnamDateOf(later.at);
      if (day > asOf) break;
      const sameCopy = entry.copy !== undefined && later.copy === entry.copy;
      // A newer copy of the same name replaces this one: it is checked on its own.
      if (later.action === "copied" && sameCopy) return;
      if (later.action === "deleted" && (later.copy === undefined || sameCopy)) {
        deletedOn = day;
        break;
      }
    }
    const name = copyName(entry, i);
    if (deletedOn === undefined) {
      if (asOf > retainUntil) {
        out.push({
          extractionId,
          severity: "error",
          path: ["custody", i, "retainUntil"],
          code: "custody-copy-overdue",
          message: {
            en: `The copy ${name.en} was to be kept until ${retainUntil}; on ${asOf} the log records no deletion`,
            vi: `Bản sao ${name.vi} chỉ được lưu đến ngày ${viDate(retainUntil)}; đến ngày ${viDate(asOf)} nhật ký chưa ghi việc xóa`,
          },
        });
      }
    } else if (deletedOn > retainUntil) {
      out.push({
        extractionId,
        severity: "warning",
        path: ["custody", i, "retainUntil"],
        code: "custody-copy-deleted-late",
        message: {
          en: `The copy ${name.en} was to be kept until ${retainUntil} but was deleted on ${deletedOn}`,
          vi: `Bản sao ${name.vi} chỉ được lưu đến ngày ${viDate(retainUntil)} nhưng đến ngày ${viDate(deletedOn)} mới xóa`,
        },
      });
    }
  });
  return out;
}
