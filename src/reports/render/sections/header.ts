import type { Writer } from "../writer.js";

export function header(w: Writer): string[] {
  const r = w.report;
  const unit = r.unit;
  const m = w.m.header;
  const lines = [
    m.title,
    m.unitAndPeriod({
      unit: unit.name,
      parent: unit.parent ? unit.parent.name : null,
      period: w.period(r.period),
    }),
  ];
  if (unit.now) {
    lines.push(
      m.now({
        units: unit.now.units.map((u) => (u.parent ? `${u.name} (${u.parent.name})` : u.name)),
        kind: unit.now.kind,
      }),
    );
  }
  const range = m.dateRange({ start: w.date(r.period.start), end: w.date(r.period.end) });
  const compared = r.comparison ? m.comparedWith(w.ref()) : m.notCompared;
  lines.push(m.periodLine({ range, compared, code: unit.code }));
  if (r.dataset.name) lines.push(m.dataSource(r.dataset.name));
  lines.push(
    w.exact ? m.numbersExact : w.markdown ? m.numbersRoundedMarkdown : m.numbersRoundedText,
  );
  return lines;
}
