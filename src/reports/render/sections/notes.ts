// The notes: the report's warnings, and how significance was tested.
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
    switch (warning.code) {
      case "period-not-covered":
      case "period-partly-covered":
        lines.push(m.periodNotCovered({ span, period: w.period(r.period) }));
        break;
      case "comparison-not-covered":
      case "comparison-partly-covered":
        lines.push(m.comparisonNotCovered({ ref: w.ref(), span }));
        break;
      case "unit-not-valid-in-period":
      case "unknown-unit-codes":
      case "admin-index-problems":
      case "completeness-differs":
        lines.push(m.warning(warning.message[w.style]));
        break;
      default: {
        const unknown: never = warning.code;
        throw new TypeError(`No note for the warning ${JSON.stringify(unknown)}`);
      }
    }
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
