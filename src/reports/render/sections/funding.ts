import { UNASSIGNED } from "../../../aggregate/index.js";
import type { Label } from "../../../core/index.js";
import { EXPENSE_PURPOSE_LABELS, FUNDS_TARGET_KIND_LABELS } from "../../../funding/labels.js";
import { SAFETY_SUBJECT_KIND_LABELS } from "../../../models/labels.js";
import type { ReportMoney } from "../../figure-types.js";
import type { Section, Writer } from "../writer.js";

type Labels = Readonly<Record<string, Label>>;

/**
 * Money split into community funding (xã hội hóa) and budget (ngân sách): "xã hội hóa …,
 * ngân sách nhà nước …", or "100% xã hội hóa" when it is all one.
 */
/**
 * Whose money `total` was: all community, all budget, or each amount, with the amount of
 * no known source when there is one ("100%" is said only of the whole amount).
 */
export function moneySplit(w: Writer, community: number, budget: number, total: number): string {
  const m = w.m.funding;
  const unknown = total - community - budget;
  if (budget === 0 && community === total && total > 0) return m.allCommunity;
  if (community === 0 && budget === total && total > 0) return m.allBudget;
  // Both named when both are known to be there, or when some money has no known source.
  const named = unknown > 0;
  return m.split({
    community: community > 0 || !named ? w.vnd(community) : null,
    budget: budget > 0 || !named ? w.vnd(budget) : null,
    unknown: named ? w.vnd(unknown) : null,
  });
}

export function fundingSection(w: Writer): Section {
  const f = w.report.figures.funding;
  const r = w.report.figures.recognitions;
  const c = w.report.changes;
  const m = w.m.funding;
  const lines: string[] = [];
  const con = f.contributions;
  if (con.count === 0 && f.expenses.count === 0) {
    lines.push(m.none);
  } else {
    // Both sources are always present (see ReportFundingFigures).
    const community = (con.bySource["community"] as ReportMoney).amountVnd;
    const budget = (con.bySource["budget"] as ReportMoney).amountVnd;
    const split = moneySplit(w, community, budget, con.amountVnd);
    lines.push(
      m.contributions({
        contributions: w.count(con.count, "contribution"),
        total: w.vnd(con.amountVnd),
        split,
        change: w.change(c?.funding.contributions.amountVnd, null, "money"),
      }),
    );
    const known = (groups: Readonly<Record<string, ReportMoney>>, labels: Labels) =>
      Object.entries(groups)
        .filter(([what, money]) => what !== UNASSIGNED && money.amountVnd > 0)
        .sort(([, a], [, b]) => b.amountVnd - a.amountVnd)
        .map(([what, money]) =>
          m.moneyFor({ what: w.code(labels, what).toLowerCase(), amount: w.vnd(money.amountVnd) }),
        );
    const targets = known(con.byTarget, FUNDS_TARGET_KIND_LABELS);
    if (targets.length > 0) lines.push(m.byTarget(targets));
    if (f.expenses.count > 0) {
      const spent = f.expenses.bySource;
      const fromCommunity = (spent["community"] as ReportMoney).amountVnd;
      const fromBudget = (spent["budget"] as ReportMoney).amountVnd;
      lines.push(
        m.expenses({
          amount: w.vnd(f.expenses.amountVnd),
          count: w.int(f.expenses.count),
          split:
            fromCommunity + fromBudget > 0
              ? moneySplit(w, fromCommunity, fromBudget, f.expenses.amountVnd)
              : null,
        }),
      );
      const purposes = known(f.expenses.byPurpose, EXPENSE_PURPOSE_LABELS);
      if (purposes.length > 0) lines.push(m.byPurpose(purposes));
    }
  }
  if (r.assessed > 0) {
    const kinds = Object.entries(r.bySubjectKind).map(([k, n]) =>
      m.recognisedKind({
        kind: w.code(SAFETY_SUBJECT_KIND_LABELS, k).toLowerCase(),
        recognized: w.int(n.recognized),
        assessed: w.int(n.assessed),
      }),
    );
    lines.push(
      m.recognised({ recognized: w.int(r.recognized), assessed: w.int(r.assessed), kinds }),
    );
  }
  return { title: m.title, lines, tables: [] };
}
