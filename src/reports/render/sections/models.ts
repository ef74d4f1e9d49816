import { UNASSIGNED } from "../../../aggregate/index.js";
import { MODEL_GRADE_LABELS, REVIEW_RECOMMENDATION_LABELS } from "../../../models/index.js";
import { TEAM_KIND_LABELS } from "../../../teams/index.js";
import type { ReportModelName } from "../../types.js";
import { N } from "../words.js";
import {
  byKey,
  changeOf,
  largestFirst,
  type Section,
  sentence,
  type Table,
  type Writer,
} from "../writer.js";

export function modelsSection(w: Writer): Section {
  const m = w.report.figures.models;
  const t = w.report.figures.teams;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const end = w.date(w.report.period.end, true);
  if (m.activeAtEnd + m.sites.activeAtEnd + t.activeAtEnd + m.endedInPeriod === 0) {
    lines.push(
      w.t("Chưa ghi nhận mô hình, điểm mô hình hay tổ nào.", "No model, site or team is recorded."),
    );
    return { title: w.t("Mô hình, tổ tự quản", "Models and teams"), lines, tables };
  }
  const sites = m.sites;
  const replicated =
    sites.replicatedActiveAtEnd > 0
      ? w.t(
          `, trong đó ${w.count(sites.replicatedActiveAtEnd, N.site)} nhân rộng`,
          `, ${w.int(sites.replicatedActiveAtEnd)} of them replicated`,
        )
      : "";
  const above = Object.entries(w.report.names.models)
    .filter(([id, name]) => !name.ownedHere && m.byModel[id] !== undefined)
    .map(([, name]) => `“${name.name}”`)
    .slice(0, 3)
    .join(", ");
  if (m.activeAtEnd === 0 && sites.activeAtEnd > 0) {
    lines.push(
      w.t(
        `${w.whole()} có ${w.count(sites.activeAtEnd, N.site)} áp dụng mô hình của đơn vị cấp trên${above ? ` (${above})` : ""}${replicated}; không có mô hình riêng đang hoạt động (tính đến ${end}).`,
        `${w.whole()} ${w.count(sites.activeAtEnd, N.site)} apply models of a higher level${above ? ` (${above})` : ""}${replicated}; the unit runs no model of its own on ${end}.`,
      ),
    );
  } else
    lines.push(
      w.t(
        `${w.whole()} có ${w.count(m.activeAtEnd, N.model)} đang hoạt động (tính đến ${end})${w.change(c?.models.activeAtEnd, N.model, "stock")}; ${w.count(sites.activeAtEnd, N.site)} áp dụng mô hình${replicated}.`,
        `${w.whole()} ${m.activeAtEnd === 1 ? "there is" : "there are"} ${w.count(m.activeAtEnd, N.model)} active on ${end}${w.change(c?.models.activeAtEnd, N.model, "stock")}; ${w.count(sites.activeAtEnd, N.site)} apply models${replicated}.`,
      ),
    );
  const parts: string[] = [];
  if (m.types + m.groups > 0) {
    parts.push(
      w.t(
        `các mô hình thuộc ${w.int(m.types)} loại, ${w.int(m.groups)} nhóm`,
        `the models fall into ${w.int(m.types)} types and ${w.int(m.groups)} groups`,
      ),
    );
  }
  if (m.withDossier > 0) {
    parts.push(
      w.t(
        `${w.count(m.withDossier, N.model)} có hồ sơ`,
        `${w.count(m.withDossier, N.model)} ${m.withDossier === 1 ? "has" : "have"} a dossier`,
      ),
    );
  }
  if (m.exemplars > 0) {
    parts.push(
      w.t(
        `${w.count(m.exemplars, N.model)} là điển hình tiên tiến`,
        `${w.count(m.exemplars, N.model)} ${m.exemplars === 1 ? "is an advanced exemplar" : "are advanced exemplars"}`,
      ),
    );
  }
  if (parts.length > 0) lines.push(`${sentence(parts.join("; "))}.`);
  const kinds = largestFirst(m.byKind);
  if (kinds.length > 1) {
    const shown = w.markdown ? kinds.slice(0, 5) : kinds.slice(0, 4);
    const list = shown.map(([k, n]) => `${w.modelKind(k)} (${w.int(n)})`).join(", ");
    const more =
      kinds.length > shown.length
        ? w.t(
            ` và ${kinds.length - shown.length} loại hình khác`,
            ` and ${kinds.length - shown.length} other kinds`,
          )
        : "";
    lines.push(w.t(`Theo loại hình: ${list}${more}.`, `By kind: ${list}${more}.`));
  }
  const cov = m.coverage;
  if (cov.childUnits > 0 && cov.withAnySite > 0) {
    const children = w.children();
    const all = Object.entries(cov.byModelKind)
      .filter(([, n]) => n === cov.childUnits)
      .map(([k]) => k)
      .slice(0, 3);
    const phrases = all.map((k) =>
      w.t(
        `${w.int(cov.childUnits)}/${w.int(cov.childUnits)} ${children} có mô hình “${w.modelKind(k)}”`,
        `${w.int(cov.childUnits)} of ${w.int(cov.childUnits)} ${children} run “${w.modelKind(k)}”`,
      ),
    );
    if (phrases.length === 0) {
      phrases.push(
        w.t(
          `${w.int(cov.withAnySite)}/${w.int(cov.childUnits)} ${children} có điểm mô hình`,
          `${w.int(cov.withAnySite)} of ${w.int(cov.childUnits)} ${children} have a model site`,
        ),
      );
      // A unit with a site has a kind with the most units.
      const [kind, n] = largestFirst(cov.byModelKind)[0] as [string, number];
      phrases.push(
        w.t(
          `rộng nhất là “${w.modelKind(kind)}” (${w.int(n)}/${w.int(cov.childUnits)})`,
          `the most widespread is “${w.modelKind(kind)}” (${w.int(n)} of ${w.int(cov.childUnits)})`,
        ),
      );
    }
    lines.push(`${phrases.join("; ")}.`);
  }
  if (m.launchedInPeriod + sites.replicatedInPeriod + m.endedInPeriod + sites.endedInPeriod === 0) {
    lines.push(
      w.t(
        "Trong kỳ không có mô hình xây dựng mới, nhân rộng hay thanh loại.",
        "No model was launched, replicated or ended in the period.",
      ),
    );
  } else {
    const parts = [
      w.t(
        `xây dựng mới ${w.count(m.launchedInPeriod, N.model)}`,
        `${w.count(m.launchedInPeriod, N.model)} launched`,
      ),
      w.t(
        `nhân rộng ${w.count(sites.replicatedInPeriod, N.site)}`,
        `${w.count(sites.replicatedInPeriod, N.site)} replicated`,
      ),
    ];
    if (m.endedInPeriod > 0)
      parts.push(
        w.t(
          `thanh loại ${w.count(m.endedInPeriod, N.model)}`,
          `${w.count(m.endedInPeriod, N.model)} ended`,
        ),
      );
    if (sites.endedInPeriod > 0)
      parts.push(
        w.t(
          `dừng ${w.count(sites.endedInPeriod, N.site)}`,
          `${w.count(sites.endedInPeriod, N.site)} closed`,
        ),
      );
    lines.push(
      w.t(
        `Trong kỳ: ${parts.join(", ")} (tổng số mô hình xây dựng mới, nhân rộng: ${w.int(m.newOrReplicatedInPeriod)}).`,
        `In the period: ${parts.join(", ")} (new or replicated: ${w.int(m.newOrReplicatedInPeriod)}).`,
      ),
    );
    const newSites = Object.entries(sites.byModelKind)
      .filter(([, s]) => s.launchedInPeriod > 0)
      .sort(([a, x], [b, y]) => y.launchedInPeriod - x.launchedInPeriod || byKey(a, b))
      .slice(0, 4)
      .map(([k, s]) =>
        w.t(
          `${w.modelKind(k)}: ${w.int(s.activeAtEnd)} điểm, ${w.int(s.launchedInPeriod)} xây dựng trong kỳ`,
          `${w.modelKind(k)}: ${w.int(s.activeAtEnd)} sites, ${w.int(s.launchedInPeriod)} new in the period`,
        ),
      );
    if (newSites.length > 0) lines.push(`${newSites.join("; ")}.`);
  }
  const spread = Object.entries(m.byModel)
    .filter(([, reach]) => reach.replicated > 0)
    .sort(([a, x], [b, y]) => y.sites - x.sites || y.replicated - x.replicated || byKey(a, b));
  if (spread.length > 0) {
    const named = (id: string) => (w.report.names.models[id] as ReportModelName).name;
    const list = spread
      .slice(0, 3)
      .map(([id, reach]) =>
        w.t(
          `“${named(id)}” ${w.int(reach.sites)} điểm (${w.int(reach.replicated)} điểm nhân rộng)`,
          `“${named(id)}” ${w.exactCount(reach.sites, N.site)} (${w.int(reach.replicated)} replicated)`,
        ),
      )
      .join("; ");
    lines.push(w.t(`Mô hình được nhân rộng nhiều nhất: ${list}.`, `Most replicated: ${list}.`));
  }
  const grades = largestFirst(m.byGrade).filter(([k]) => k !== UNASSIGNED);
  if (grades.length > 0) {
    const list = grades
      .map(([k, n]) => `${w.code(MODEL_GRADE_LABELS, k).toLowerCase()} ${w.int(n)}`)
      .join(", ");
    lines.push(w.t(`Xếp loại mô hình: ${list}.`, `Grades: ${list}.`));
  }
  if (m.reviews.held > 0) {
    const recs = largestFirst(m.reviews.byRecommendation)
      .filter(([k]) => k !== UNASSIGNED)
      .map(([k, n]) => `${w.code(REVIEW_RECOMMENDATION_LABELS, k).toLowerCase()} ${w.int(n)}`)
      .join(", ");
    lines.push(
      w.t(
        `Đã sơ kết, tổng kết ${w.int(m.reviews.held)} lượt mô hình${recs ? `; đề xuất: ${recs}` : ""}.`,
        `${w.int(m.reviews.held)} model reviews held${recs ? `; recommended: ${recs}` : ""}.`,
      ),
    );
  }
  if (t.activeAtEnd + t.dissolvedInPeriod > 0) {
    const list = largestFirst(t.byKind)
      .map(([k, n]) => `${w.code(TEAM_KIND_LABELS, k)}: ${w.int(n)}`)
      .join("; ");
    const founded =
      t.foundedInPeriod > 0
        ? w.t(
            `; thành lập mới ${w.count(t.foundedInPeriod, N.team)} trong kỳ`,
            `; ${w.count(t.foundedInPeriod, N.team)} founded in the period`,
          )
        : "";
    const households =
      t.households > 0
        ? w.t(
            `, gồm ${w.count(t.households, N.household)} tham gia`,
            `, with ${w.count(t.households, N.household)}`,
          )
        : "";
    lines.push(
      w.t(
        `Có ${w.count(t.activeAtEnd, N.team)} đang hoạt động${list ? ` (${list})` : ""}${households}${w.change(c?.teams.activeAtEnd, N.team, "stock")}${founded}.`,
        `${sentence(w.count(t.activeAtEnd, N.team))} active${list ? ` (${list})` : ""}${households}${w.change(c?.teams.activeAtEnd, N.team, "stock")}${founded}.`,
      ),
    );
    const fire = t.fireSafetyGroups;
    if (fire.activeAtEnd > 0) {
      lines.push(
        w.t(
          `${w.int(fire.activeAtEnd)} Tổ liên gia an toàn PCCC (${w.int(fire.foundedInPeriod)} thành lập trong kỳ) liên kết ${w.count(fire.households, N.household)}.`,
          `${w.int(fire.activeAtEnd)} fire-safety household groups (${w.int(fire.foundedInPeriod)} founded in the period) link ${w.count(fire.households, N.household)}.`,
        ),
      );
    }
  }
  if (w.markdown && kinds.length > 0) {
    tables.push({
      head: [
        w.t("Loại hình mô hình", "Kind of model"),
        w.t("Mô hình", "Models"),
        w.t("Điểm", "Sites"),
        w.t("So với kỳ so sánh", "Change"),
      ],
      rows: kinds.map(([k, n]) => [
        w.cell(w.modelKind(k)),
        w.int(n),
        w.int(m.sites.byModelKind[k]?.activeAtEnd ?? 0),
        w.compare ? w.changeCell(changeOf(c?.models.byKind, k)) : "",
      ]),
    });
  }
  return { title: w.t("Mô hình, tổ tự quản", "Models and teams"), lines, tables };
}
