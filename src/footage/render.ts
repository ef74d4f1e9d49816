// renderTransparencyReport: a transparency report as markdown, in Vietnamese or English.

import type { Rate } from "../aggregate/index.js";
import { CAMERA_SHARING_TIER_LABELS } from "../cameras/labels.js";
import { formatPeriod } from "../core/calendar-text.js";
import { codesOf, type Locale, label } from "../core/labels.js";
import { formatNumber } from "../core/money.js";
import { EXTRACTION_OUTCOME_LABELS, EXTRACTION_PURPOSE_LABELS } from "../incidents/labels.js";
import { escapeMarkdown } from "../reports/render/escape.js";
import { RETENTION_BAND_LABELS } from "./labels.js";
import { TRANSPARENCY_WORDS } from "./render-words.js";
import type { TransparencyReport, TransparencyTally } from "./transparency-types.js";

/**
 * Options of {@link renderTransparencyReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { TransparencyRenderOptions } from "antt/footage";
 * const options: TransparencyRenderOptions = { lang: "en" };
 * ```
 */
export interface TransparencyRenderOptions {
  /** `"vi"` (Vietnamese, default) or `"en"`. */
  readonly lang?: Locale | undefined;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

/**
 * Writes a transparency report as markdown (báo cáo công khai), in Vietnamese or English:
 * a title, the unit and period, then the cameras (points, lenses, connection to the duty
 * room, sharing tiers, retention), the footage requests (refusals, legal bases and case
 * references, clarification, custody, by purpose and by outcome) and the reconciliation
 * of every record.
 *
 * @description Counts are exact, written with the separators of the language (5.200 in
 * Vietnamese, 5,200 in English); shares are percentages with one decimal. The unit's name
 * is escaped, so a name cannot write markdown. Sentences and headings are data, one table
 * per language.
 *
 * @param report - a report from {@link buildTransparencyReport}
 * @param options - `lang`: `"vi"` (default) or `"en"`
 * @returns the report as markdown
 * @throws TypeError for a `lang` other than `"vi"` or `"en"`
 * @category Reports
 * @example
 * ```ts
 * import { DatasetSchema } from "antt";
 * import { buildTransparencyReport, renderTransparencyReport } from "antt/footage";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
 *   ],
 *   extractions: [
 *     { id: "tx-1", unitCode: "15532", cameraIds: ["cam-1"], requestedAt: "2024-03-07T08:00:00+07:00",
 *       requestedBy: "Công an xã Xuân Sinh", footageFrom: "2024-03-07T01:00:00+07:00",
 *       footageTo: "2024-03-07T02:00:00+07:00", purpose: "lawful-assembly", outcome: "refused" },
 *   ],
 * });
 * const report = buildTransparencyReport(dataset, { unit: "15532", period: "2024" });
 * renderTransparencyReport(report).includes("trong đó 1 yêu cầu bị từ chối"); // true
 * renderTransparencyReport(report, { lang: "en" }).includes("1 of them were refused"); // true
 * ```
 */
export function renderTransparencyReport(
  report: TransparencyReport,
  options: TransparencyRenderOptions = {},
): string {
  const lang = options.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") {
    throw new TypeError(
      `renderTransparencyReport: invalid lang ${JSON.stringify(lang)}: expected "vi" or "en" (Ngôn ngữ báo cáo không hợp lệ)`,
    );
  }
  const w = TRANSPARENCY_WORDS[lang];
  const n = (value: number) => formatNumber(value, { locale: lang });
  const share = (rate: Rate) =>
    rate.ratio === null ? "—" : `${formatNumber(rate.ratio * 100, { locale: lang })}%`;
  const { cameras: c, requests: r } = report;
  const out = [
    `# ${w.title}`,
    "",
    `**${w.subtitle(escapeMarkdown(report.unit.name), formatPeriod(report.period, lang))}**`,
    "",
    `## 1. ${w.cameras.title}`,
    "",
  ];
  if (c.points === 0) {
    out.push(`- ${w.cameras.none}`);
  } else {
    out.push(`- ${w.cameras.summary(n(c.points), n(c.lenses), n(c.connectedToDutyRoom.points))}`);
    const average = c.retentionDays.ratio;
    out.push(
      `- ${
        average === null
          ? w.cameras.retentionUnknown
          : w.cameras.retention(n(Math.round(average * 10) / 10), n(c.retentionDays.denominator))
      }`,
    );
    out.push(
      "",
      ...table(
        w.cameras.tierHead,
        codesOf(CAMERA_SHARING_TIER_LABELS).map((tier) => [
          label(CAMERA_SHARING_TIER_LABELS, tier, lang),
          n(c.bySharingTier[tier].points),
          n(c.bySharingTier[tier].lenses),
        ]),
      ),
      "",
      ...table(
        w.cameras.retentionHead,
        codesOf(RETENTION_BAND_LABELS).map((band) => [
          label(RETENTION_BAND_LABELS, band, lang),
          n(c.byRetention[band]),
        ]),
      ),
    );
  }
  out.push("", `## 2. ${w.requests.title}`, "");
  if (r.total === 0) {
    out.push(`- ${w.requests.none}`);
  } else {
    out.push(
      `- ${w.requests.summary(n(r.total), n(r.refused))}`,
      `- ${w.requests.basis(
        n(r.withLegalBasisOrCaseRef.numerator),
        share(r.withLegalBasisOrCaseRef),
        n(r.withLegalBasis),
        n(r.withCaseRef),
      )}`,
    );
    if (r.helpedClarify.denominator > 0) {
      out.push(
        `- ${w.requests.helped(
          n(r.helpedClarify.numerator),
          share(r.helpedClarify),
          n(r.helpedClarify.denominator),
        )}`,
      );
    }
    if (r.withCustodyLog > 0) {
      out.push(
        `- ${w.requests.custody(n(r.withCustodyLog), n(r.custodyEntries), n(r.copies), n(r.handOvers))}`,
      );
    }
    out.push(
      "",
      ...table(
        w.requests.purposeHead,
        codesOf(EXTRACTION_PURPOSE_LABELS)
          .filter((purpose) => r.byPurpose[purpose] > 0)
          .map((purpose) => [
            label(EXTRACTION_PURPOSE_LABELS, purpose, lang),
            n(r.byPurpose[purpose]),
            n(r.refusedByPurpose[purpose]),
          ]),
      ),
      "",
      ...table(
        w.requests.outcomeHead,
        codesOf(EXTRACTION_OUTCOME_LABELS)
          .filter((outcome) => r.byOutcome[outcome] > 0)
          .map((outcome) => [
            label(EXTRACTION_OUTCOME_LABELS, outcome, lang),
            n(r.byOutcome[outcome]),
          ]),
      ),
    );
  }
  const row = (name: string, t: TransparencyTally) => [
    name,
    n(t.given),
    n(t.counted),
    n(t.otherUnit),
    n(t.unknownUnit),
    n(t.outsidePeriod),
  ];
  out.push(
    "",
    `## 3. ${w.reconciliation.title}`,
    "",
    ...table(w.reconciliation.head, [
      row(w.reconciliation.cameras, report.reconciliation.cameras),
      row(w.reconciliation.extractions, report.reconciliation.extractions),
    ]),
    "",
    w.reconciliation.note,
  );
  return `${out.join("\n")}\n`;
}
