// The problems of an AdminIndex (internal to the admin domain, not exported from the
// package): what the index found wrong with its input, checked on first read.
import type { Issue } from "../core/issues.js";
import { dayBefore, END_OF_TIME, endOf, RANK } from "./internal.js";
import type { AdminSuccession, AdminUnit } from "./schema.js";
import { type IndexData, problem } from "./unit-index-build.js";
import { versionAt } from "./unit-index-queries.js";

/** The problems of an index, in the order `AdminIndex.problems` gives them. */
export function problemsOf(data: IndexData): Issue[] {
  const problems: Issue[] = [...data.overlaps];
  const linkProblems: { readonly at: number; readonly issue: Issue }[] = [];
  const daysBefore = new Map<string, string>();
  for (let j = 0; j < data.successions.length; j++) {
    const link = data.successions[j] as AdminSuccession;
    const at = data.linkInput[j] as number;
    let before = daysBefore.get(link.effectiveDate);
    if (before === undefined) {
      before = dayBefore(link.effectiveDate);
      daysBefore.set(link.effectiveDate, before);
    }
    if (!versionAt(data, link.oldCode, before)) {
      const path = ["successions", at, "oldCode"];
      linkProblems.push({
        at,
        issue: problem(
          path,
          "unknown-predecessor",
          `No unit ${link.oldCode} is valid on ${before}, the day before it is succeeded by ${link.newCode}`,
          `Không có đơn vị ${link.oldCode} còn hiệu lực ngày ${before}, ngày trước khi sắp xếp vào ${link.newCode}`,
        ),
      });
    }
    if (!versionAt(data, link.newCode, link.effectiveDate)) {
      const path = ["successions", at, "newCode"];
      linkProblems.push({
        at,
        issue: problem(
          path,
          "unknown-successor",
          `No unit ${link.newCode} is valid on ${link.effectiveDate}, the day ${link.oldCode} goes into it`,
          `Không có đơn vị ${link.newCode} có hiệu lực ngày ${link.effectiveDate}, ngày ${link.oldCode} được sắp xếp vào`,
        ),
      });
    }
  }
  // Both lists are in input order; a link is either a first appearance or a repeat.
  const merged = [...data.kindConflicts, ...linkProblems].sort((a, b) => a.at - b.at);
  for (const { issue } of merged) problems.push(issue);

  for (const [code, links] of data.successors) {
    for (let j = 0; j < links.length; j++) {
      const link = links[j] as AdminSuccession;
      if (link.kind !== "whole") continue;
      const sameDay = links.filter((other) => other.effectiveDate === link.effectiveDate);
      if (sameDay.length > 1 && sameDay[0] === link) {
        const others = sameDay
          .filter((other) => other !== link)
          .map((other) => other.newCode)
          .join(", ");
        const path = ["successions", data.successions.indexOf(link)];
        problems.push(
          problem(
            path,
            "conflicting-succession",
            `Unit ${code} goes wholly into ${link.newCode} on ${link.effectiveDate} but also into ${others}`,
            `Đơn vị ${code} được nhập toàn bộ vào ${link.newCode} ngày ${link.effectiveDate} nhưng cũng được sắp xếp vào ${others}`,
          ),
        );
      }
    }
  }

  // Every parent must exist, at a higher level, on the last day of its child.
  for (let j = 0; j < data.units.length; j++) {
    const state = data.units[j] as AdminUnit;
    if (state.parentCode === undefined) continue;
    const day = endOf(state);
    const parent = versionAt(data, state.parentCode, day);
    if (!parent || RANK[parent.level] >= RANK[state.level]) {
      const path = ["units", data.unitInput[j] as number, "parentCode"];
      problems.push(
        problem(
          path,
          "unknown-parent",
          parent
            ? `The parent ${state.parentCode} of ${state.code} is a ${parent.level}, not a higher level`
            : `The parent ${state.parentCode} of ${state.code} is not valid on ${day === END_OF_TIME ? "the unit's current dates" : day}`,
          parent
            ? `Đơn vị cấp trên ${state.parentCode} của ${state.code} không ở cấp cao hơn`
            : `Đơn vị cấp trên ${state.parentCode} của ${state.code} không có hiệu lực vào ${day === END_OF_TIME ? "thời gian hiện tại của đơn vị" : day}`,
        ),
      );
    }
  }
  return problems;
}
