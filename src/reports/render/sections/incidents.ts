import { INCIDENT_CATEGORY_LABELS, LEGAL_CLASS_LABELS } from "../../../incidents/index.js";
import type { ReportChanges } from "../../figure-types.js";
import { N } from "../words.js";
import { byKey, changeOf, type Section, sentence, type Table, type Writer } from "../writer.js";

export function incidentsSection(w: Writer): Section {
  const i = w.report.figures.incidents;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = w.t("Tình hình an ninh, trật tự", "Security and order");
  const previousTotal = c?.incidents.total.previous ?? 0;
  if (i.total === 0 && (!w.compare || previousTotal === 0)) {
    lines.push(
      w.t("Chưa ghi nhận vụ việc nào trong kỳ.", "No incident is recorded in the period."),
    );
    return { title, lines, tables };
  }
  lines.push(
    w.t(
      `Xảy ra ${w.count(i.total, N.incident)} về ANTT${w.change(c?.incidents.total, N.case, "flow")}.`,
      `${sentence(w.count(i.total, N.incident))} occurred${w.change(c?.incidents.total, N.case, "flow")}.`,
    ),
  );
  // With a comparison, classes that fell to 0 are listed too.
  const shown = w.compare ? (c as ReportChanges).incidents.byLegalClass : i.byLegalClass;
  const order = Object.keys(LEGAL_CLASS_LABELS);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const classes = Object.keys(shown).sort((a, b) => rank(a) - rank(b) || byKey(a, b));
  const byClass = classes.map((k) => {
    const n = i.byLegalClass[k] ?? 0;
    return `${w.code(LEGAL_CLASS_LABELS, k).toLowerCase()}${w.t("", ":")} ${w.count(n, N.case)}${w.change(changeOf(c?.incidents.byLegalClass, k), N.case, "flow", { curbed: k === "criminal", ref: false })}`;
  });
  if (byClass.length > 0) lines.push(`${w.t("Trong đó: ", "Of these: ")}${byClass.join("; ")}.`);
  if (i.total > 0) {
    const ratio = i.clarificationRate.ratio as number;
    const before = c?.incidents.clarificationRate.ratio;
    const previous =
      w.compare &&
      before &&
      before.previous !== 0 &&
      c?.incidents.clarificationRate.denominator.previous
        ? w.t(
            ` (${w.ref()}: ${w.pct(before.previous * 100)})`,
            ` (${w.ref()}: ${w.pct(before.previous * 100)})`,
          )
        : "";
    lines.push(
      w.t(
        `Đã làm rõ ${w.int(i.clarified)}/${w.int(i.total)} vụ, đạt ${w.pct(ratio * 100)}${previous}, trong đó ${w.int(i.clarifiedWithCamera)} vụ nhờ camera; xác định ${w.count(i.suspects, N.suspect)}.`,
        `${w.int(i.clarified)} of ${w.int(i.total)} clarified, ${w.pct(ratio * 100)}${previous}, ${w.int(i.clarifiedWithCamera)} with camera help; ${w.count(i.suspects, N.suspect)} identified.`,
      ),
    );
  }
  if (w.markdown) {
    const keys = Object.keys(w.compare ? (c as ReportChanges).incidents.byCategory : i.byCategory);
    tables.push({
      head: [
        w.t("Loại vụ việc", "Category"),
        w.t("Số vụ", "Incidents"),
        w.t("Kỳ so sánh", "Before"),
        w.t("Tăng, giảm", "Change"),
        w.t("Ý nghĩa thống kê", "Significant"),
      ],
      rows: keys
        .sort((a, b) => (i.byCategory[b] ?? 0) - (i.byCategory[a] ?? 0) || byKey(a, b))
        .map((k) => {
          const ch = changeOf(c?.incidents.byCategory, k);
          return [
            w.cell(w.code(INCIDENT_CATEGORY_LABELS, k)),
            w.int(i.byCategory[k] ?? 0),
            w.compare && ch ? w.int(ch.previous) : "",
            w.compare ? w.changeCell(ch) : "",
            w.compare ? w.significanceCell(ch) : "",
          ];
        }),
    });
  }
  return { title, lines, tables };
}
