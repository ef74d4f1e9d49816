// Internal: the rules of a footage extraction's custody log that hold whatever the day
// (order, copies, hand-overs), as plain data, so that FootageExtractionSchema reports them
// when a record is parsed and antt/footage's custodyFindings reports them again, with the
// rules that need "today", from one place. Not part of the public API: the folder's index
// does not re-export this module. No zod here.
import { vietnamDateOf } from "../core/calendar.js";
import { compareInstants, viDate } from "../core/refine.js";
import type { CustodyAction } from "./labels.js";

/** The fields of a custody entry the rules read (see `CustodyEntrySchema`). */
export interface CustodyEntryFacts {
  readonly at: string;
  readonly action: CustodyAction;
  readonly by: string;
  readonly to?: string | undefined;
  readonly copy?: string | undefined;
  readonly retainUntil?: string | undefined;
}

/** A problem of a custody log: its catalogue code, where it is, and what is wrong. */
export interface CustodyProblem {
  readonly code: string;
  /** From the extraction: `["custody", 3, "at"]`. */
  readonly path: readonly (string | number)[];
  readonly en: string;
  readonly vi: string;
}

/**
 * The problems of an extraction's custody log that do not depend on the day: entries out
 * of order or before the request, copies without a retain-until date (or a retain-until
 * date on what is not a copy, or before the copy), hand-overs without a recipient, and
 * entries that name a copy no earlier entry made. Entries are read as given (parsed).
 */
export function custodyProblems(extraction: {
  readonly requestedAt: string;
  readonly custody?: readonly CustodyEntryFacts[] | undefined;
}): CustodyProblem[] {
  const log = extraction.custody;
  const out: CustodyProblem[] = [];
  if (log === undefined) return out;
  const copies = new Set<string>();
  for (let i = 0; i < log.length; i++) {
    const entry = log[i] as CustodyEntryFacts;
    const previous = i > 0 ? (log[i - 1] as CustodyEntryFacts) : undefined;
    if (previous !== undefined && compareInstants(entry.at, previous.at) < 0) {
      out.push({
        code: "custody-out-of-order",
        path: ["custody", i, "at"],
        en: `Entry ${i + 1} of the custody log (${entry.at}) is earlier than the entry before it (${previous.at}): the log is append-only, each entry after the last`,
        vi: `Mục ${i + 1} của nhật ký (${entry.at}) sớm hơn mục trước (${previous.at}): nhật ký chỉ được ghi nối tiếp, mục sau không sớm hơn mục trước`,
      });
    } else if (compareInstants(entry.at, extraction.requestedAt) < 0) {
      out.push({
        code: "custody-before-request",
        path: ["custody", i, "at"],
        en: `Entry ${i + 1} of the custody log (${entry.at}) is before the footage was requested (${extraction.requestedAt})`,
        vi: `Mục ${i + 1} của nhật ký (${entry.at}) sớm hơn thời điểm yêu cầu trích xuất (${extraction.requestedAt})`,
      });
    }
    if (entry.action === "copied") {
      if (entry.retainUntil === undefined) {
        out.push({
          code: "custody-copy-without-retain-until",
          path: ["custody", i, "retainUntil"],
          en: `Entry ${i + 1} records a copy but not the day it must be deleted by (retainUntil)`,
          vi: `Mục ${i + 1} ghi việc sao chép nhưng không ghi hạn lưu bản sao`,
        });
      } else if (entry.retainUntil < vietnamDateOf(entry.at)) {
        out.push({
          code: "custody-retain-until-before-copy",
          path: ["custody", i, "retainUntil"],
          en: `Entry ${i + 1}: the copy is to be kept until ${entry.retainUntil}, before it was made (${entry.at})`,
          vi: `Mục ${i + 1}: hạn lưu bản sao ${viDate(entry.retainUntil)} sớm hơn ngày sao chép (${entry.at})`,
        });
      }
      if (entry.copy !== undefined) copies.add(entry.copy);
    } else {
      if (entry.retainUntil !== undefined) {
        out.push({
          code: "custody-retain-until-not-copy",
          path: ["custody", i, "retainUntil"],
          en: `Entry ${i + 1} is not a copy (${entry.action}) but has a retain-until date: only copies carry one`,
          vi: `Mục ${i + 1} không phải việc sao chép nhưng có hạn lưu: chỉ bản sao mới có hạn lưu`,
        });
      }
      if (entry.copy !== undefined && !copies.has(entry.copy)) {
        out.push({
          code: "custody-unknown-copy",
          path: ["custody", i, "copy"],
          en: `Entry ${i + 1} names the copy "${entry.copy}", which no earlier entry of the log made`,
          vi: `Mục ${i + 1} ghi bản sao "${entry.copy}" nhưng không có mục nào trước đó ghi việc tạo bản sao này`,
        });
      }
    }
    if (entry.action === "handed-over" && entry.to === undefined) {
      out.push({
        code: "custody-handover-without-recipient",
        path: ["custody", i, "to"],
        en: `Entry ${i + 1} records a hand-over but not to whom (to)`,
        vi: `Mục ${i + 1} ghi việc bàn giao nhưng không ghi người, đơn vị nhận`,
      });
    }
  }
  return out;
}
