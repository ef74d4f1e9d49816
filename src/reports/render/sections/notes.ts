// The notes: the report's warnings, and how significance was tested.
import { match } from "ts-pattern";
import { formatNumber } from "../../../core/money.js";
import type { Writer } from "../writer.js";

export function notes(w: Writer): string[] {
  const r = w.report;
  const covers = r.dataset.covers;
  const lines: string[] = [];
  const span = covers
    ? w.t(
        `từ ngày ${w.date(covers.start)} đến ngày ${w.date(covers.end)}`,
        `${w.date(covers.start)} to ${w.date(covers.end)}`,
      )
    : "";
  for (const warning of r.warnings) {
    const line = match(warning.code)
      .with("period-not-covered", "period-partly-covered", () =>
        w.t(
          `Bộ dữ liệu chỉ có số liệu ${span}, không đủ cho ${w.period(r.period)}: số liệu trên có thể chưa đầy đủ.`,
          `The dataset covers ${span} only, not all of the period: the figures may be incomplete.`,
        ),
      )
      .with("comparison-not-covered", "comparison-partly-covered", () =>
        w.t(
          `Không nêu số so sánh với ${w.ref()} vì bộ dữ liệu chỉ có số liệu ${span}.`,
          `Changes from ${w.ref()} are not given: the dataset covers ${span} only.`,
        ),
      )
      .with("unit-not-valid-in-period", "unknown-unit-codes", "admin-index-problems", () => {
        return `${w.vi ? warning.message.vi : warning.message.en}.`;
      })
      .exhaustive();
    lines.push(line);
  }
  if (w.compare) {
    const level = formatNumber(r.settings.significanceLevel, {
      locale: w.locale,
      maximumFractionDigits: 4,
    });
    lines.push(
      w.t(
        `Ý nghĩa thống kê: kiểm định Poisson chính xác, mức ý nghĩa ${level}; không áp dụng cho số liệu tồn (mô hình, tổ, camera) và số tiền.`,
        `Statistical significance: exact Poisson test at level ${level}; not applied to stock figures (models, teams, cameras) or money.`,
      ),
    );
  }
  return lines;
}
