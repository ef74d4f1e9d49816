import { UNASSIGNED } from "../../../aggregate/index.js";
import { FORCE_KIND_LABELS, FORCE_LAW_30_2023 } from "../../../forces/labels.js";
import {
  MODEL_GRADE_LABELS,
  MODEL_PARTNER_LABELS,
  REVIEW_RECOMMENDATION_LABELS,
} from "../../../models/labels.js";
import { UNKNOWN_MODEL } from "../../../models/summary.js";
import { TEAM_KIND_LABELS } from "../../../teams/labels.js";
import type { ReportModelName } from "../../types.js";
import { byKey, changeOf, largestFirst, type Section, type Table, type Writer } from "../writer.js";

/** The ids of the models of a kind with an active site in a unit one level down. */
function modelsOfKind(w: Writer, kind: string): string[] {
  const names = w.report.names.models;
  return Object.keys(w.report.figures.models.coverage.byModel).filter(
    (id) => names[id]?.kind === kind,
  );
}

/**
 * The names of the models of a kind that alone reach `units` units one level down: a
 * model is named only for the units it reaches itself, never for those its kind reaches
 * through other models. A model not in the records (unknown kind) is never named.
 */
function modelsReaching(w: Writer, kind: string, units: number): string[] {
  if (kind === UNKNOWN_MODEL) return [];
  const byModel = w.report.figures.models.coverage.byModel;
  return modelsOfKind(w, kind)
    .filter((id) => byModel[id] === units)
    .map((id) => (w.report.names.models[id] as ReportModelName).name);
}

/**
 * The strength of the forces, or `null` when none was counted. A force Law 30/2023 ended
 * (ward protection, part-time police) is said with the day it ended when the period goes
 * past it: its count is not a strength on the period's last day.
 */
function forcesLine(w: Writer): string | null {
  const say = w.m.models;
  const forces = Object.entries(w.report.figures.forces.byKind);
  if (forces.length === 0) return null;
  const law = FORCE_LAW_30_2023;
  const pastLaw = w.report.period.end > law.until;
  return say.forces(
    forces.map(([k, f]) =>
      say.force({
        force: w.code(FORCE_KIND_LABELS, k),
        members: w.int(f.members),
        teams: f.teams === null ? null : w.int(f.teams),
        police: k === "commune-police" || k === "part-time-police",
        until: pastLaw && (law.ended as readonly string[]).includes(k) ? w.date(law.until) : null,
      }),
    ),
  );
}

export function modelsSection(w: Writer): Section {
  const m = w.report.figures.models;
  const t = w.report.figures.teams;
  const c = w.report.changes;
  const say = w.m.models;
  const lines: string[] = [];
  const tables: Table[] = [];
  const end = w.date(w.report.period.end, true);
  if (m.activeAtEnd + m.sites.activeAtEnd + t.activeAtEnd + m.endedInPeriod === 0) {
    lines.push(say.none);
    const forces = forcesLine(w);
    if (forces !== null) lines.push(forces);
    return { title: say.title, lines, tables };
  }
  const sites = m.sites;
  const whole = w.whole();
  const replicated =
    sites.replicatedActiveAtEnd > 0
      ? say.ofThemReplicated({
          sites: w.count(sites.replicatedActiveAtEnd, "site"),
          number: w.int(sites.replicatedActiveAtEnd),
        })
      : "";
  const above = Object.entries(w.report.names.models)
    .filter(([id, name]) => !name.ownedHere && m.byModel[id] !== undefined)
    .map(([, name]) => w.m.common.quoted(name.name))
    .slice(0, 3)
    .join(", ");
  const siteCount = w.count(sites.activeAtEnd, "site");
  // The kinds of the models active on the last day ("38 loại hình"), said when more than one.
  const kindCount = Object.values(m.byKind).filter((n) => n > 0).length;
  if (m.activeAtEnd === 0 && sites.activeAtEnd > 0) {
    lines.push(
      say.onlyHigherLevel({
        whole,
        sites: siteCount,
        above: above === "" ? null : above,
        replicated,
        end,
      }),
    );
  } else
    lines.push(
      say.active({
        whole,
        models: w.count(m.activeAtEnd, "model"),
        count: m.activeAtEnd,
        kinds: kindCount > 1 ? w.int(kindCount) : null,
        end,
        change: w.change(c?.models.activeAtEnd, "model", "stock"),
        sites: siteCount,
        replicated,
      }),
    );
  const facts: string[] = [];
  if (m.types + m.groups > 0)
    facts.push(say.types({ types: w.int(m.types), groups: w.int(m.groups) }));
  if (m.withDossier > 0)
    facts.push(say.withDossier({ models: w.count(m.withDossier, "model"), count: m.withDossier }));
  if (m.exemplars > 0)
    facts.push(say.exemplars({ models: w.count(m.exemplars, "model"), count: m.exemplars }));
  if (facts.length > 0) lines.push(say.facts(facts));
  const kinds = largestFirst(m.byKind);
  if (kinds.length > 1) {
    const shown = w.markdown ? kinds.slice(0, 5) : kinds.slice(0, 4);
    lines.push(
      say.byKind({
        kinds: shown.map(([k, n]) => say.kindCount({ kind: w.modelKind(k), count: w.int(n) })),
        others: kinds.length - shown.length,
      }),
    );
  }
  const cov = m.coverage;
  if (cov.childUnits > 0 && cov.withAnySite > 0) {
    const children = w.children();
    const total = w.int(cov.childUnits);
    const phrases = Object.entries(cov.byModelKind)
      .filter(([, n]) => n === cov.childUnits)
      .slice(0, 3)
      .flatMap(([k]) => {
        const alone = modelsReaching(w, k, cov.childUnits);
        if (alone.length > 0) {
          return alone.map((model) => say.everyUnit({ total, children, model }));
        }
        const models = w.count(modelsOfKind(w, k).length, "model");
        return [say.everyUnitOfKind({ total, children, kind: w.modelKind(k), models })];
      });
    if (phrases.length === 0) {
      phrases.push(say.unitsWithSite({ count: w.int(cov.withAnySite), total, children }));
      // A unit with a site has a kind with the most units.
      const [kind, n] = largestFirst(cov.byModelKind)[0] as [string, number];
      const [model] = modelsReaching(w, kind, n);
      phrases.push(
        model === undefined
          ? say.widestKind({
              kind: w.modelKind(kind),
              count: w.int(n),
              total,
              models: w.count(modelsOfKind(w, kind).length, "model"),
            })
          : say.widest({ model, count: w.int(n), total }),
      );
    }
    lines.push(w.m.common.clauses(phrases));
  }
  const joined = m.participants;
  if (joined.households + joined.people > 0) {
    lines.push(
      say.participants({
        households: joined.households > 0 ? w.int(joined.households) : null,
        people: joined.people > 0 ? w.int(joined.people) : null,
      }),
    );
  }
  if (m.launchedInPeriod + sites.replicatedInPeriod + m.endedInPeriod + sites.endedInPeriod === 0) {
    lines.push(say.noChanges);
  } else {
    const parts = [
      say.launched(w.count(m.launchedInPeriod, "model")),
      say.replicated(w.count(sites.replicatedInPeriod, "site")),
    ];
    if (m.endedInPeriod > 0) parts.push(say.ended(w.count(m.endedInPeriod, "model")));
    if (sites.endedInPeriod > 0) parts.push(say.closed(w.count(sites.endedInPeriod, "site")));
    lines.push(say.changesInPeriod({ parts, total: w.int(m.newOrReplicatedInPeriod) }));
    const newSites = Object.entries(sites.byModelKind)
      .filter(([, s]) => s.launchedInPeriod > 0)
      .sort(([a, x], [b, y]) => y.launchedInPeriod - x.launchedInPeriod || byKey(a, b))
      .slice(0, 4)
      .map(([k, s]) =>
        say.newSites({
          kind: w.modelKind(k),
          active: w.count(s.activeAtEnd, "site"),
          launched: w.int(s.launchedInPeriod),
        }),
      );
    if (newSites.length > 0) lines.push(w.m.common.clauses(newSites));
  }
  const spread = Object.entries(m.byModel)
    .filter(([, reach]) => reach.replicated > 0)
    .sort(([a, x], [b, y]) => y.sites - x.sites || y.replicated - x.replicated || byKey(a, b));
  if (spread.length > 0) {
    const named = (id: string) => (w.report.names.models[id] as ReportModelName).name;
    const list = spread.slice(0, 3).map(([id, reach]) =>
      say.replicatedModel({
        name: named(id),
        sites: w.exactCount(reach.sites, "site"),
        replicated: w.int(reach.replicated),
      }),
    );
    lines.push(say.mostReplicated(list));
  }
  const grades = largestFirst(m.byGrade).filter(([k]) => k !== UNASSIGNED);
  if (grades.length > 0) {
    const list = grades.map(([k, n]) =>
      say.grade({ grade: w.code(MODEL_GRADE_LABELS, k).toLowerCase(), count: w.int(n) }),
    );
    lines.push(say.grades(list));
  }
  const withCameras = Object.entries(m.camerasByModel)
    .filter(([, c]) => c.points > 0)
    .sort(([a, x], [b, y]) => y.lenses - x.lenses || byKey(a, b));
  if (withCameras.length > 0) {
    lines.push(
      say.modelCameras(
        withCameras.map(([id, c]) =>
          say.modelCamera({
            model: w.m.common.quoted(w.report.names.models[id]?.name ?? id),
            lenses: w.count(c.lenses, "lens"),
            points: w.count(c.points, "point"),
          }),
        ),
      ),
    );
  }
  const partners = largestFirst(m.byPartner);
  if (partners.length > 0) {
    lines.push(
      say.partners(
        partners.map(([k, n]) =>
          say.partner({ partner: w.code(MODEL_PARTNER_LABELS, k), models: w.count(n, "model") }),
        ),
      ),
    );
  }
  if (m.reviews.held > 0) {
    const recommendations = largestFirst(m.reviews.byRecommendation)
      .filter(([k]) => k !== UNASSIGNED)
      .map(([k, n]) =>
        say.recommendation({
          recommendation: w.code(REVIEW_RECOMMENDATION_LABELS, k).toLowerCase(),
          count: w.int(n),
        }),
      );
    lines.push(say.reviews({ held: w.int(m.reviews.held), recommendations }));
  }
  if (t.activeAtEnd + t.dissolvedInPeriod > 0) {
    lines.push(
      say.teams({
        teams: w.count(t.activeAtEnd, "team"),
        kinds: largestFirst(t.byKind).map(([k, n]) =>
          say.teamKind({ kind: w.code(TEAM_KIND_LABELS, k), count: w.int(n) }),
        ),
        households: t.households > 0 ? w.count(t.households, "household") : null,
        change: w.change(c?.teams.activeAtEnd, "team", "stock"),
        founded: t.foundedInPeriod > 0 ? w.count(t.foundedInPeriod, "team") : null,
      }),
    );
    const fire = t.fireSafetyGroups;
    if (fire.activeAtEnd > 0) {
      lines.push(
        say.fireSafety({
          groups: w.int(fire.activeAtEnd),
          founded: w.int(fire.foundedInPeriod),
          households: w.count(fire.households, "household"),
          combined: fire.combinedAtEnd > 0 ? w.int(fire.combinedAtEnd) : null,
        }),
      );
    }
    if (t.villagesWithSecurityTeam > 0) {
      lines.push(say.securityVillages(w.int(t.villagesWithSecurityTeam)));
    }
    if (t.trained.denominator > 0 && t.trained.ratio !== null) {
      lines.push(
        say.trained({
          trained: w.int(t.trained.numerator),
          of: w.int(t.trained.denominator),
          rate: w.pct(t.trained.ratio * 100),
        }),
      );
    }
  }
  const forces = forcesLine(w);
  if (forces !== null) lines.push(forces);
  if (w.markdown && kinds.length > 0) {
    tables.push({
      head: say.table,
      rows: kinds.map(([k, n]) => [
        w.cell(w.modelKind(k)),
        w.int(n),
        w.int(m.sites.byModelKind[k]?.activeAtEnd ?? 0),
        w.compare ? w.changeCell(changeOf(c?.models.byKind, k)) : "",
      ]),
    });
  }
  return { title: say.title, lines, tables };
}
