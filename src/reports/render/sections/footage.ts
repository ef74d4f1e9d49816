import { INCIDENT_CATEGORY_LABELS } from "../../../incidents/index.js";
import { N } from "../words.js";
import {
  categoryList,
  changeOf,
  largestFirst,
  type Section,
  sentence,
  type Table,
  type Writer,
} from "../writer.js";

export function footageSection(w: Writer): Section {
  const x = w.report.figures.extractions;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = w.t("Khai thác dữ liệu camera", "Use of camera footage");
  if (x.total + x.casesClarifiedWithCamera === 0) {
    lines.push(
      w.t(
        "Chưa ghi nhận lượt trích xuất dữ liệu camera nào trong kỳ.",
        "No footage extraction is recorded in the period.",
      ),
    );
    return { title, lines, tables };
  }
  const list = categoryList(w, x.casesClarifiedWithCameraByCategory);
  lines.push(
    w.t(
      `Đã trích xuất ${w.count(x.total, N.extraction)}, làm rõ ${w.count(x.casesClarifiedWithCamera, N.incident)}${list ? `, gồm: ${list}` : ""}.`,
      `${sentence(w.count(x.total, N.extraction))} of camera footage ${x.total === 1 ? "was" : "were"} made, helping clarify ${w.count(x.casesClarifiedWithCamera, N.case)}${list ? `: ${list}` : ""}.`,
    ),
  );
  const moved = [
    w.delta(c?.extractions.total, w.vi ? N.extraction : null, "flow", { ref: false }),
    w.delta(c?.extractions.casesClarifiedWithCamera, w.vi ? N.case : null, "flow", {
      ref: false,
    }),
  ];
  if (moved[0] !== "" && moved[1] !== "") {
    lines.push(
      w.t(
        `So với ${w.ref()}: số lượt trích xuất ${moved[0]}; số vụ việc làm rõ nhờ camera ${moved[1]}.`,
        `Compared with ${w.ref()}: extractions ${moved[0]}; cases clarified with camera help ${moved[1]}.`,
      ),
    );
  }
  if (x.total > 0) {
    lines.push(
      w.t(
        `${sentence(w.count(x.helpedClarify, N.extraction))} trích xuất có kết quả góp phần làm rõ vụ việc (một vụ có thể cần nhiều lượt).`,
        `${sentence(w.count(x.helpedClarify, N.extraction))} had an outcome that helped clarify a case (a case may need several).`,
      ),
    );
  }
  if (w.markdown && x.casesClarifiedWithCamera > 0) {
    tables.push({
      head: [
        w.t("Loại vụ việc làm rõ nhờ camera", "Cases clarified with camera help"),
        w.t("Số vụ", "Cases"),
        w.t("So với kỳ so sánh", "Change"),
        w.t("Ý nghĩa thống kê", "Significant"),
      ],
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
