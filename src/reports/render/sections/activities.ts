import { DRILL_SCENARIO_SCALE_LABELS, DRILL_TOPIC_LABELS } from "../../../activities/labels.js";
import { UNASSIGNED } from "../../../aggregate/index.js";
import { INCIDENT_CATEGORY_LABELS } from "../../../incidents/labels.js";
import { largestFirst, type Section, type Writer } from "../writer.js";

export function activitiesSection(w: Writer): Section {
  const a = w.report.figures.activities;
  const c = w.report.changes;
  const m = w.m.activities;
  const lines: string[] = [];
  if (a.total === 0) {
    lines.push(m.none);
    return { title: m.title, lines, tables: [] };
  }
  const parts: string[] = [];
  if (a.patrols.count > 0 || c?.activities.patrols.count.previous) {
    parts.push(
      m.patrols({
        patrols: w.count(a.patrols.count, "patrol"),
        directedByCamera: a.patrols.directedByCamera > 0 ? w.int(a.patrols.directedByCamera) : null,
        change: w.change(c?.activities.patrols.count, "patrol", "flow"),
      }),
    );
  }
  if (a.ambushes.count > 0) {
    parts.push(
      m.ambushes({
        ambushes: w.count(a.ambushes.count, "ambush"),
        directedByCamera:
          a.ambushes.directedByCamera > 0 ? w.int(a.ambushes.directedByCamera) : null,
      }),
    );
  }
  if (a.tips.count > 0 || c?.activities.tips.count.previous) {
    parts.push(
      m.tips({
        tips: w.count(a.tips.count, "tip"),
        ledToIncident: w.int(a.tips.ledToIncident),
        change: w.change(c?.activities.tips.count, "tip", "flow", { ref: false }),
      }),
    );
  }
  if (a.mediations.count > 0) {
    const success = a.mediations.successRate.ratio;
    parts.push(
      m.mediations({
        mediations: w.count(a.mediations.count, "mediation"),
        succeeded: w.int(a.mediations.succeeded),
        rate: success === null ? null : w.pct(success * 100),
      }),
    );
  }
  if (a.outreach.sessions > 0) {
    parts.push(
      m.outreach({
        sessions: w.count(a.outreach.sessions, "session"),
        audience: w.count(a.outreach.audience, "audience"),
      }),
    );
  }
  if (a.drills.count > 0) {
    const topics = largestFirst(a.drills.byTopic).filter(([topic]) => topic !== UNASSIGNED);
    // The scale of a drill's scenario, apart from the level that organised it; only the
    // drills that record it.
    const scales = largestFirst(a.drills.byScenarioScale).filter(([scale]) => scale !== UNASSIGNED);
    parts.push(
      m.drills({
        drills: w.count(a.drills.count, "drill"),
        topics: topics.map(([topic, n]) =>
          m.drillTopic({
            topic: w.code(DRILL_TOPIC_LABELS, topic).toLowerCase(),
            count: topics.length === 1 && n === a.drills.count ? null : w.int(n),
          }),
        ),
        scales: scales.map(([scale, n]) =>
          m.drillScale({
            scale: w.code(DRILL_SCENARIO_SCALE_LABELS, scale).toLowerCase(),
            count: scales.length === 1 && n === a.drills.count ? null : w.int(n),
          }),
        ),
      }),
    );
  }
  if (a.trainings.count > 0) parts.push(m.trainings(w.count(a.trainings.count, "training")));
  if (a.awards.count > 0) {
    parts.push(
      m.awards({
        awards: w.count(a.awards.count, "award"),
        cash: a.awards.cashVnd > 0 ? w.vnd(a.awards.cashVnd) : null,
      }),
    );
  }
  lines.push(m.inPeriod(parts));
  const s = a.subjects;
  const categories = largestFirst(s.byCategory).filter(([, n]) => n > 0);
  const found = categories.reduce((n, [, k]) => n + k, 0);
  if (s.apprehended > 0 || found > 0) {
    lines.push(
      m.subjects({
        apprehended: s.apprehended > 0 ? w.count(s.apprehended, "suspect") : null,
        found: found > 0 ? w.count(found, "suspect") : null,
        byCategory: categories.map(([k, n]) =>
          m.subjectCategory({
            category: w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase(),
            count: w.int(n),
          }),
        ),
      }),
    );
  }
  return { title: m.title, lines, tables: [] };
}
