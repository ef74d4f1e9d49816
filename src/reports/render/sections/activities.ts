import { N } from "../words.js";
import type { Section, Writer } from "../writer.js";

export function activitiesSection(w: Writer): Section {
  const a = w.report.figures.activities;
  const c = w.report.changes;
  const lines: string[] = [];
  const title = w.t("Hoạt động của lực lượng và quần chúng", "Activities");
  if (a.total === 0) {
    lines.push(
      w.t("Chưa ghi nhận hoạt động nào trong kỳ.", "No activity is recorded in the period."),
    );
    return { title, lines, tables: [] };
  }
  const parts: string[] = [];
  if (a.patrols.count > 0 || c?.activities.patrols.count.previous) {
    const byCamera =
      a.patrols.directedByCamera > 0
        ? w.t(
            ` (${w.int(a.patrols.directedByCamera)} lượt theo chỉ dẫn của camera)`,
            ` (${w.int(a.patrols.directedByCamera)} directed by cameras)`,
          )
        : "";
    parts.push(
      w.t(
        `tuần tra ${w.count(a.patrols.count, N.patrol)}${byCamera}${w.change(c?.activities.patrols.count, N.patrol, "flow")}`,
        `${w.count(a.patrols.count, N.patrol)}${byCamera}${w.change(c?.activities.patrols.count, N.patrol, "flow")}`,
      ),
    );
  }
  if (a.ambushes.count > 0)
    parts.push(
      w.t(`mật phục ${w.count(a.ambushes.count, N.ambush)}`, w.count(a.ambushes.count, N.ambush)),
    );
  if (a.tips.count > 0 || c?.activities.tips.count.previous) {
    parts.push(
      w.t(
        `tiếp nhận ${w.count(a.tips.count, N.tip)} (${w.int(a.tips.ledToIncident)} dẫn đến phát hiện vụ việc)${w.change(c?.activities.tips.count, N.tip, "flow", { ref: false })}`,
        `${w.count(a.tips.count, N.tip)} from the public (${w.int(a.tips.ledToIncident)} led to an incident)${w.change(c?.activities.tips.count, N.tip, "flow", { ref: false })}`,
      ),
    );
  }
  if (a.mediations.count > 0) {
    const success = a.mediations.successRate.ratio;
    parts.push(
      w.t(
        `hòa giải ${w.count(a.mediations.count, N.mediation)}, thành ${w.int(a.mediations.succeeded)} vụ${success === null ? "" : ` (đạt ${w.pct(success * 100)} số vụ đã hòa giải xong)`}`,
        `${w.count(a.mediations.count, N.mediation)}, ${w.int(a.mediations.succeeded)} successful${success === null ? "" : ` (${w.pct(success * 100)} of those concluded)`}`,
      ),
    );
  }
  if (a.outreach.sessions > 0) {
    parts.push(
      w.t(
        `tuyên truyền ${w.count(a.outreach.sessions, N.session)} (${w.count(a.outreach.audience, N.person)} tham dự)`,
        `${w.count(a.outreach.sessions, N.session)} of outreach (audience ${w.num(a.outreach.audience)}${w.exactNote(a.outreach.audience)})`,
      ),
    );
  }
  if (a.drills.count > 0)
    parts.push(
      w.t(`diễn tập ${w.count(a.drills.count, N.drill)}`, w.count(a.drills.count, N.drill)),
    );
  if (a.trainings.count > 0)
    parts.push(
      w.t(
        `tập huấn ${w.count(a.trainings.count, N.training)}`,
        w.count(a.trainings.count, N.training),
      ),
    );
  if (a.awards.count > 0) {
    const cash = a.awards.cashVnd > 0 ? ` (${w.vnd(a.awards.cashVnd)})` : "";
    parts.push(
      w.t(
        `khen thưởng ${w.count(a.awards.count, N.award)}${cash}`,
        `${w.count(a.awards.count, N.award)}${cash}`,
      ),
    );
  }
  lines.push(w.t(`Trong kỳ: ${parts.join("; ")}.`, `In the period: ${parts.join("; ")}.`));
  return { title, lines, tables: [] };
}
