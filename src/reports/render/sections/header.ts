import type { Writer } from "../writer.js";

export function header(w: Writer): string[] {
  const r = w.report;
  const unit = r.unit;
  const parent = unit.parent ? ` (${unit.parent.name})` : "";
  const lines = [
    w.t(
      "BÁO CÁO KẾT QUẢ PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
      'REPORT ON THE "ALL PEOPLE PROTECT NATIONAL SECURITY" MOVEMENT',
    ),
    `${unit.name}${parent}, ${w.period(r.period)}`,
  ];
  const range = w.t(
    `từ ngày ${w.date(r.period.start)} đến ngày ${w.date(r.period.end)}`,
    `${w.date(r.period.start)} to ${w.date(r.period.end)}`,
  );
  const compared = r.comparison
    ? w.t(`so sánh với ${w.ref()}`, `compared with ${w.ref()}`)
    : w.t("không so sánh với kỳ khác", "not compared with another period");
  lines.push(
    w.t(
      `Kỳ báo cáo: ${range}; ${compared}. Đơn vị: mã ${unit.code}.`,
      `Period: ${range}; ${compared}. Unit code ${unit.code}.`,
    ),
  );
  if (r.dataset.name)
    lines.push(w.t(`Nguồn số liệu: ${r.dataset.name}.`, `Data: ${r.dataset.name}.`));
  lines.push(
    w.exact
      ? w.t("Cách ghi số: số liệu chính xác.", "Numbers: exact counts.")
      : w.markdown
        ? w.t(
            "Cách ghi số: số trong lời văn được làm tròn (trên, hơn, gần), số chính xác ghi trong ngoặc đơn và trong các bảng.",
            "Numbers: counts in the prose are rounded (over, more than, nearly); the exact count follows in parentheses and in the tables.",
          )
        : w.t(
            "Cách ghi số: số trong lời văn được làm tròn (trên, hơn, gần); số chính xác ở báo cáo dạng bảng (markdown) và dữ liệu JSON.",
            "Numbers: counts in the prose are rounded (over, more than, nearly); exact counts are in the markdown tables and the JSON report.",
          ),
  );
  return lines;
}
