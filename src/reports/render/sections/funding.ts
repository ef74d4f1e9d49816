import { SAFETY_SUBJECT_KIND_LABELS } from "../../../models/index.js";
import type { ReportMoney } from "../../figure-types.js";
import { N } from "../words.js";
import { type Section, sentence, type Writer } from "../writer.js";

export function fundingSection(w: Writer): Section {
  const f = w.report.figures.funding;
  const r = w.report.figures.recognitions;
  const c = w.report.changes;
  const lines: string[] = [];
  const title = w.t("Kinh phí, xã hội hóa", "Funding");
  const con = f.contributions;
  if (con.count === 0 && f.expenses.count === 0) {
    lines.push(
      w.t(
        "Chưa ghi nhận khoản đóng góp, khoản chi nào trong kỳ.",
        "No contribution or expense is recorded in the period.",
      ),
    );
  } else {
    // Both sources are always present (see ReportFundingFigures).
    const community = (con.bySource["community"] as ReportMoney).amountVnd;
    const budget = (con.bySource["budget"] as ReportMoney).amountVnd;
    const split =
      budget === 0 && community > 0
        ? w.t("100% xã hội hóa", "all community funding")
        : community === 0 && budget > 0
          ? w.t("100% ngân sách nhà nước", "all state budget")
          : w.t(
              `xã hội hóa ${w.vnd(community)}, ngân sách nhà nước ${w.vnd(budget)}`,
              `community funding ${w.vnd(community)}, state budget ${w.vnd(budget)}`,
            );
    const moved = w.change(c?.funding.contributions.amountVnd, null, "money");
    lines.push(
      w.t(
        `Huy động ${w.count(con.count, N.contribution)} đóng góp với tổng số tiền ${w.vnd(con.amountVnd)} (${split})${moved}.`,
        `${sentence(w.count(con.count, N.contribution))} received, ${w.vnd(con.amountVnd)} in all (${split})${moved}.`,
      ),
    );
    if (f.expenses.count > 0) {
      lines.push(
        w.t(
          `Đã chi ${w.vnd(f.expenses.amountVnd)} (${w.int(f.expenses.count)} khoản chi).`,
          `${w.vnd(f.expenses.amountVnd)} spent (${w.int(f.expenses.count)} expenses).`,
        ),
      );
    }
  }
  if (r.assessed > 0) {
    const list = Object.entries(r.bySubjectKind)
      .map(
        ([k, n]) =>
          `${w.code(SAFETY_SUBJECT_KIND_LABELS, k).toLowerCase()} ${w.int(n.recognized)}/${w.int(n.assessed)}`,
      )
      .join("; ");
    lines.push(
      w.t(
        `Công nhận “An toàn về ANTT”: ${w.int(r.recognized)}/${w.int(r.assessed)} (${list}).`,
        `Recognised "safe in security and order": ${w.int(r.recognized)} of ${w.int(r.assessed)} (${list}).`,
      ),
    );
  }
  return { title, lines, tables: [] };
}
