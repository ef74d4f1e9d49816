import { INCIDENT_CATEGORY_LABELS } from "../../../incidents/labels.js";
import {
  categoryList,
  changeOf,
  largestFirst,
  type Section,
  type Table,
  type Writer,
} from "../writer.js";

export function footageSection(w: Writer): Section {
  const x = w.report.figures.extractions;
  const c = w.report.changes;
  const m = w.m.footage;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = m.title;
  if (x.total + x.casesClarifiedWithCamera === 0) {
    lines.push(m.none);
    return { title, lines, tables };
  }
  lines.push(
    m.summary({
      extractions: w.count(x.total, "extraction"),
      total: x.total,
      clarified: w.count(x.casesClarifiedWithCamera, "clarifiedCase"),
      categories: categoryList(
        w,
        x.casesClarifiedWithCameraByCategory,
        x.casesClarifiedWithCameraByCategoryAndLegalClass,
      ),
    }),
  );
  const moved = [
    w.delta(c?.extractions.total, "extractionChange", "flow", { ref: false }),
    w.delta(c?.extractions.casesClarifiedWithCamera, "clarifiedChange", "flow", { ref: false }),
  ] as const;
  if (moved[0] !== "" && moved[1] !== "") {
    lines.push(m.compared({ ref: w.ref(), extractions: moved[0], clarified: moved[1] }));
  }
  if (x.total > 0) lines.push(m.helped(w.count(x.helpedClarify, "extraction")));
  const found = x.byOutcome["helped-search"] ?? 0;
  if (found > 0) lines.push(m.helpedSearch(w.count(found, "extraction")));
  if (w.markdown && x.casesClarifiedWithCamera > 0) {
    tables.push({
      head: m.table,
      rows: largestFirst(x.casesClarifiedWithCameraByCategory).map(([k, n]) => {
        const ch = changeOf(c?.extractions.casesClarifiedWithCameraByCategory, k);
        return [
          w.cell(w.code(INCIDENT_CATEGORY_LABELS, k)),
          w.int(n),
          w.compare ? w.changeCell(ch) : "",
          w.compare ? w.significanceCell(ch) : "",
        ];
      }),
    });
  }
  return { title, lines, tables };
}
