// The lines of fires and traffic accidents inside the incidents section: traffic accidents
// apart from collisions, casualties and damage, causes. Each says only what the records
// state: "không gây thiệt hại về người" only where every incident gives 0 and 0.

import { UNASSIGNED } from "../../../aggregate/index.js";
import {
  ACCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_CAUSE_LABELS,
  TRAFFIC_SEVERITY_LABELS,
} from "../../../incidents/labels.js";
import { noCasualties } from "../../../incidents/summary.js";
import { largestFirst, type Writer } from "../writer.js";

/** A line for each fire or traffic accident category with something known beyond its count. */
export function accidentLines(w: Writer): string[] {
  const i = w.report.figures.incidents;
  const m = w.m.incidents;
  const lines: string[] = [];
  for (const category of ACCIDENT_CATEGORIES) {
    const cases = Object.hasOwn(i.byCategory, category) ? (i.byCategory[category] ?? 0) : 0;
    if (cases === 0) continue;
    const harm = Object.hasOwn(i.harmByCategory, category) ? i.harmByCategory[category] : undefined;
    const split =
      category === "traffic-accident"
        ? Object.keys(TRAFFIC_SEVERITY_LABELS)
            .filter((k) => (i.trafficBySeverity[k] ?? 0) > 0)
            .map((k) => ({
              severity: w.code(TRAFFIC_SEVERITY_LABELS, k).toLowerCase(),
              cases: w.count(i.trafficBySeverity[k] ?? 0, "categoryCase"),
            }))
        : [];
    // Only the causes given: incidents without one are left out of the line (not "unknown").
    const causes = largestFirst(
      Object.hasOwn(i.byAccidentCategoryAndCause, category)
        ? (i.byAccidentCategoryAndCause[category] ?? {})
        : {},
    ).filter(([k]) => k !== UNASSIGNED);
    const causesKnown = causes.length > 0;
    const partOf = (stated: number) =>
      stated > 0 && stated < cases ? { stated: w.int(stated), cases: w.int(cases) } : null;
    const none = harm !== undefined && noCasualties(harm);
    const deaths = harm !== undefined && harm.deaths > 0 ? w.int(harm.deaths) : null;
    const injuries = harm !== undefined && harm.injuries > 0 ? w.int(harm.injuries) : null;
    const damage = harm !== undefined && harm.damageVnd > 0 ? w.vnd(harm.damageVnd) : null;
    const known =
      split.length > 0 || none || deaths !== null || injuries !== null || damage !== null;
    if (!known && !causesKnown) continue;
    lines.push(
      m.accident({
        category: w.code(INCIDENT_CATEGORY_LABELS, category).toLowerCase(),
        cases: w.count(cases, "categoryCase"),
        split,
        deaths,
        injuries,
        noCasualties: none,
        deathsOf: deaths !== null ? partOf(harm?.deathsStated ?? 0) : null,
        injuriesOf: injuries !== null ? partOf(harm?.injuriesStated ?? 0) : null,
        damage,
        damageOf: damage !== null ? partOf(harm?.damageStated ?? 0) : null,
      }),
    );
    if (causesKnown) {
      lines.push(
        m.causes(
          causes.map(([k, n]) => ({
            cause: w.code(INCIDENT_CAUSE_LABELS, k).toLowerCase(),
            cases: w.count(n, "categoryCase"),
            established: k !== "unknown",
          })),
        ),
      );
    }
  }
  return lines;
}
