import { REPORT_COLLECTIONS, type ReportReconciliation } from "../../types.js";
import type { Section, Table, Writer } from "../writer.js";

export function reconciliationLines(
  w: Writer,
  rec: ReportReconciliation,
): { lines: string[]; table: Table } {
  const m = w.m.reconciliation;
  const lines: string[] = [];
  const rows: string[][] = [];
  for (const collection of REPORT_COLLECTIONS) {
    const r = rec.collections[collection];
    const e = r.excluded;
    const name = w.locale.collections[collection];
    rows.push([
      name,
      w.int(r.given),
      w.int(r.counted),
      w.int(e.otherUnit),
      w.int(e.unknownUnit),
      w.int(e.outsidePeriod),
    ]);
    if (r.given === 0) continue;
    const excluded: string[] = [];
    if (e.otherUnit > 0) excluded.push(m.otherUnit(w.int(e.otherUnit)));
    if (e.unknownUnit > 0) excluded.push(m.unknownUnit(w.int(e.unknownUnit)));
    if (e.outsidePeriod > 0) excluded.push(m.outsidePeriod(w.int(e.outsidePeriod)));
    lines.push(
      m.collection({
        collection: name,
        given: w.int(r.given),
        counted: w.int(r.counted),
        excluded,
      }),
    );
  }
  return { lines, table: { head: m.table, rows } };
}

export function reconciliationSection(w: Writer): Section {
  const r = w.report;
  const { lines, table } = reconciliationLines(w, r.reconciliation.period);
  const intro = w.m.reconciliation.intro(w.period(r.period));
  return {
    title: w.m.reconciliation.title,
    lines: w.markdown ? [intro] : [intro, ...lines],
    tables: w.markdown ? [table] : [],
  };
}
