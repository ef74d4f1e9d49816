// The notes: the report's warnings, and how significance was tested.
import { match } from "ts-pattern";
import { formatNumber } from "../../../core/money.js";
import type { Writer } from "../writer.js";

export function notes(w: Writer): string[] {
  const r = w.report;
  const m = w.m.notes;
  const covers = r.dataset.covers;
  const lines: string[] = [];
  const span = covers
    ? w.m.header.dateRange({ start: w.date(covers.start), end: w.date(covers.end) })
    : "";
  for (const warning of r.warnings) {
    const line = match(warning.code)
      .with("period-not-covered", "period-partly-covered", () =>
        m.periodNotCovered({ span, period: w.period(r.period) }),
      )
      .with("comparison-not-covered", "comparison-partly-covered", () =>
        m.comparisonNotCovered({ ref: w.ref(), span }),
      )
      .with("unit-not-valid-in-period", "unknown-unit-codes", "admin-index-problems", () =>
        m.warning(warning.message[w.style]),
      )
      .exhaustive();
    lines.push(line);
  }
  if (w.compare) {
    const level = formatNumber(r.settings.significanceLevel, {
      locale: w.style,
      maximumFractionDigits: 4,
    });
    lines.push(m.significanceTest(level));
  }
  return lines;
}
