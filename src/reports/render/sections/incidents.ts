import {
  INCIDENT_CATEGORY_GROUPS,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_LEGAL_CLASS_LABELS,
} from "../../../incidents/labels.js";
import type { ReportChanges } from "../../figure-types.js";
import {
  byKey,
  categoryList,
  changeOf,
  largestFirst,
  type Section,
  type Table,
  type Writer,
} from "../writer.js";
import { accidentLines } from "./accidents.js";

export function incidentsSection(w: Writer): Section {
  const i = w.report.figures.incidents;
  const c = w.report.changes;
  const m = w.m.incidents;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = m.title;
  const previousTotal = c?.incidents.total.previous ?? 0;
  // An absence is stated only where the dataset declares its incidents complete.
  const declared = w.report.completeness.period.includes("incidents");
  const children = w.report.completeness.children;
  const reported =
    children.complete > 0
      ? m.childrenComplete({
          complete: w.int(children.complete),
          total: w.int(children.of),
          children: w.children(),
        })
      : null;
  if (i.total === 0 && (!w.compare || previousTotal === 0)) {
    lines.push(declared ? m.noneDeclared : m.none);
    if (reported) lines.push(reported);
    return { title, lines, tables };
  }
  lines.push(
    m.total({
      incidents: w.count(i.total, "incident"),
      change: w.change(c?.incidents.total, "case", "flow"),
    }),
  );
  if (reported) lines.push(reported);
  const rate = i.perTenThousandResidents;
  if (rate !== null && rate.perTenThousand !== null) {
    const before = c?.incidents.perTenThousandResidents?.perTenThousand;
    lines.push(
      m.perResidents({
        rate: w.decimal1(rate.perTenThousand),
        base: w.populationBase("residents"),
        previous:
          w.compare && before && c?.incidents.perTenThousandResidents?.denominator.previous
            ? { ref: w.ref(), rate: w.decimal1(before.previous) }
            : null,
      }),
    );
  }
  // With a comparison, classes that fell to 0 are listed too.
  const shown = w.compare ? (c as ReportChanges).incidents.byLegalClass : i.byLegalClass;
  const order = Object.keys(INCIDENT_LEGAL_CLASS_LABELS);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const classes = Object.keys(shown).sort((a, b) => rank(a) - rank(b) || byKey(a, b));
  const byClass = classes.map((k) =>
    m.legalClass({
      legalClass: w.code(INCIDENT_LEGAL_CLASS_LABELS, k).toLowerCase(),
      cases: w.count(i.byLegalClass[k] ?? 0, "case"),
      change: w.change(changeOf(c?.incidents.byLegalClass, k), "case", "flow", {
        curbed: k === "criminal",
        ref: false,
      }),
    }),
  );
  if (byClass.length > 0) lines.push(w.m.common.ofThese(byClass));
  if (i.total > 0) {
    lines.push(m.byCategory(categoryList(w, i.byCategory, i.byCategoryAndLegalClass)));
    if (declared && (i.byCategory["fire"] ?? 0) === 0) lines.push(m.absent("fire"));
    for (const [group, { label, categories }] of Object.entries(INCIDENT_CATEGORY_GROUPS)) {
      const cases = i.byCategoryGroup[group] ?? 0;
      if (cases === 0) {
        if (declared && group === "social-evils") lines.push(m.absent("social-evils"));
        continue;
      }
      lines.push(
        m.categoryGroup({
          group: w.code({ [group]: label }, group),
          categories: categories
            .map((k) => w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase())
            .join(", "),
          cases: w.count(cases, "case"),
        }),
      );
    }
    lines.push(...accidentLines(w));
  }
  if (i.total > 0) {
    const ratio = i.clarificationRate.ratio as number;
    const before = c?.incidents.clarificationRate.ratio;
    const previous =
      w.compare &&
      before &&
      before.previous !== 0 &&
      c?.incidents.clarificationRate.denominator.previous
        ? { ref: w.ref(), rate: w.pct(before.previous * 100) }
        : null;
    lines.push(
      m.clarified({
        clarified: w.int(i.clarified),
        total: w.int(i.total),
        rate: w.pct(ratio * 100),
        previous,
        withCamera: w.int(i.clarifiedWithCamera),
        suspects: w.count(i.suspects, "suspect"),
      }),
    );
    const criminal = i.criminal;
    if (criminal.cases > 0 && criminal.clearanceRate.ratio !== null) {
      lines.push(
        m.criminalCleared({
          cleared: w.int(criminal.cleared),
          cases: w.int(criminal.cases),
          rate: w.pct(criminal.clearanceRate.ratio * 100),
          withCamera: w.int(criminal.clearedWithCamera),
          suspects: w.count(criminal.suspectsClearedWithCamera, "suspect"),
        }),
      );
    }
    const people = largestFirst(i.suspectsByCategory);
    if (people.length > 0) {
      lines.push(
        m.suspectsByCategory(
          people.map(([k, n]) =>
            m.suspectsOf({
              suspects: w.count(n, "suspect"),
              category: w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase(),
            }),
          ),
        ),
      );
    }
  }
  if (w.markdown) {
    const keys = Object.keys(w.compare ? (c as ReportChanges).incidents.byCategory : i.byCategory);
    tables.push({
      head: m.table,
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
