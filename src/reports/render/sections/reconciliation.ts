import { REPORT_COLLECTIONS, type ReportReconciliation } from "../../types.js";
import { collectionName } from "../words.js";
import type { Section, Table, Writer } from "../writer.js";

export function reconciliationLines(
  w: Writer,
  rec: ReportReconciliation,
): { lines: string[]; table: Table } {
  const lines: string[] = [];
  const rows: string[][] = [];
  for (const collection of REPORT_COLLECTIONS) {
    const r = rec.collections[collection];
    const e = r.excluded;
    rows.push([
      collectionName(collection, w.locale),
      w.int(r.given),
      w.int(r.counted),
      w.int(e.otherUnit),
      w.int(e.unknownUnit),
      w.int(e.outsidePeriod),
    ]);
    if (r.given === 0) continue;
    const reasons: string[] = [];
    if (e.otherUnit > 0)
      reasons.push(w.t(`đơn vị khác ${w.int(e.otherUnit)}`, `other unit ${w.int(e.otherUnit)}`));
    if (e.unknownUnit > 0)
      reasons.push(
        w.t(
          `mã đơn vị không rõ ${w.int(e.unknownUnit)}`,
          `unknown unit code ${w.int(e.unknownUnit)}`,
        ),
      );
    if (e.outsidePeriod > 0)
      reasons.push(
        w.t(`ngoài kỳ ${w.int(e.outsidePeriod)}`, `outside the period ${w.int(e.outsidePeriod)}`),
      );
    const excluded =
      reasons.length > 0
        ? w.t(`; không tính: ${reasons.join(", ")}`, `; not counted: ${reasons.join(", ")}`)
        : "";
    lines.push(
      w.t(
        `${collectionName(collection, w.locale)}: có ${w.int(r.given)}, tính ${w.int(r.counted)}${excluded}.`,
        `${collectionName(collection, w.locale)}: ${w.int(r.given)} given, ${w.int(r.counted)} counted${excluded}.`,
      ),
    );
  }
  return {
    lines,
    table: {
      head: [
        w.t("Nhóm bản ghi", "Records"),
        w.t("Có", "Given"),
        w.t("Tính", "Counted"),
        w.t("Đơn vị khác", "Other unit"),
        w.t("Mã đơn vị không rõ", "Unknown unit code"),
        w.t("Ngoài kỳ", "Outside the period"),
      ],
      rows,
    },
  };
}

export function reconciliationSection(w: Writer): Section {
  const r = w.report;
  const { lines, table } = reconciliationLines(w, r.reconciliation.period);
  const intro = w.t(
    `Số bản ghi của bộ dữ liệu được tính vào ${w.period(r.period)} (mỗi bản ghi được tính hoặc được nêu lý do không tính).`,
    `Records of the dataset counted for ${w.period(r.period)} (each record is counted or given a reason).`,
  );
  return {
    title: w.t("Đối soát số liệu", "Reconciliation"),
    lines: w.markdown ? [intro] : [intro, ...lines],
    tables: w.markdown ? [table] : [],
  };
}
