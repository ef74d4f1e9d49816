// The shape of a report locale: the words and sentences renderReport writes, as data. The
// Vietnamese and English ones are in ./locales/; the logic picks templates and fills them.
import type { AdminUnitType } from "../../admin/index.js";
import type { CameraOwnerGroup } from "../../cameras/index.js";
import type { Locale } from "../../core/labels.js";
import type { ReportCollection } from "../types.js";
import type { ReportMessages } from "./messages.js";

/**
 * A noun written after a count in a report locale: one form for every count (`"mô hình"`),
 * a function of the count for a language with plurals (`(n) => n === 1 ? "model" : "models"`),
 * or `null` when the language writes the number alone in that place.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportNoun } from "antt";
 * const lens: ReportNoun = (n) => (n === 1 ? "camera lens" : "camera lenses");
 * const vi: ReportNoun = "mắt camera";
 * ```
 */
export type ReportNoun = string | ((count: number) => string) | null;

/**
 * The nouns a report locale writes after counts (danh từ đi sau số đếm), named by what they
 * count in the sentence where they stand: a language may use a different noun, or none,
 * where another uses the same one.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_LOCALE_EN, type ReportNouns } from "antt";
 * const nouns: ReportNouns = { ...REPORT_LOCALE_EN.nouns, team: (n) => (n === 1 ? "squad" : "squads") };
 * ```
 */
export interface ReportNouns {
  /** Models ("mô hình", "model"). */
  readonly model: ReportNoun;
  /** Model sites ("điểm", "site"). */
  readonly site: ReportNoun;
  /** Self-managed teams ("tổ", "team"). */
  readonly team: ReportNoun;
  /** Households ("hộ", "household"). */
  readonly household: ReportNoun;
  /** Camera lenses, in full ("mắt camera", "camera lens"). */
  readonly lens: ReportNoun;
  /** Camera lenses, once cameras are named ("mắt", "lens"). */
  readonly lensShort: ReportNoun;
  /** Camera points ("điểm", "point"). */
  readonly point: ReportNoun;
  /** Footage extractions ("lượt", "extraction"). */
  readonly extraction: ReportNoun;
  /** Incidents ("vụ việc", "incident"). */
  readonly incident: ReportNoun;
  /** Incidents counted as cases ("vụ", "case"). */
  readonly case: ReportNoun;
  /** Cases clarified with camera help, in the footage summary ("vụ việc", "case"). */
  readonly clarifiedCase: ReportNoun;
  /** Cases of one category, in the list of categories clarified with camera help ("vụ", none). */
  readonly categoryCase: ReportNoun;
  /** The change in extractions, compared with another period ("lượt", none). */
  readonly extractionChange: ReportNoun;
  /** The change in cases clarified with camera help ("vụ", none). */
  readonly clarifiedChange: ReportNoun;
  /** Patrols ("lượt", "patrol"). */
  readonly patrol: ReportNoun;
  /** Ambushes ("lượt", "ambush"). */
  readonly ambush: ReportNoun;
  /** Tips from the public ("nguồn tin", "tip"). */
  readonly tip: ReportNoun;
  /** Mediations ("vụ", "mediation"). */
  readonly mediation: ReportNoun;
  /** Outreach sessions ("buổi", "session"). */
  readonly session: ReportNoun;
  /** The audience of outreach ("lượt người", none). */
  readonly audience: ReportNoun;
  /** Drills ("cuộc", "drill"). */
  readonly drill: ReportNoun;
  /** Trainings ("lớp", "training"). */
  readonly training: ReportNoun;
  /** Awards ("lượt", "award"). */
  readonly award: ReportNoun;
  /** Contributions ("khoản", "contribution"). */
  readonly contribution: ReportNoun;
  /** Suspects ("đối tượng", "suspect"). */
  readonly suspect: ReportNoun;
}

/**
 * A language of {@link renderReport} as data (ngôn ngữ báo cáo): its sentences and words,
 * and the built-in style its numbers, money, dates and periods follow.
 *
 * @description {@link REPORT_LOCALE_VI} and {@link REPORT_LOCALE_EN} are the two built in.
 * A province's own wording is one of them with some messages replaced; a third language is
 * a new value of this type. `style` names the built-in language whose numbers ("5.200",
 * "5,200"), money (`formatVnd`), rounding words (`writeCount`), dates, periods and code-list
 * labels the locale uses; `tag` is the BCP 47 tag used to write section titles in capitals.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_LOCALE_VI, type ReportLocale } from "antt";
 * const province: ReportLocale = {
 *   ...REPORT_LOCALE_VI,
 *   messages: {
 *     ...REPORT_LOCALE_VI.messages,
 *     header: { ...REPORT_LOCALE_VI.messages.header, title: "BÁO CÁO PHONG TRÀO NĂM 2024" },
 *   },
 * };
 * province.messages.header.title; // "BÁO CÁO PHONG TRÀO NĂM 2024"
 * ```
 */
export interface ReportLocale {
  /** The BCP 47 tag of the language, for capital letters: `"vi"`, `"en"`. */
  readonly tag: string;
  /** The built-in language of numbers, money, dates, periods and code-list labels. */
  readonly style: Locale;
  /** Nouns after counts. */
  readonly nouns: ReportNouns;
  /** For each unit type, its own area ("huyện") and its name as a type of child unit. */
  readonly units: {
    readonly [T in AdminUnitType]: { readonly area: string; readonly children: string };
  };
  /** How a camera-owner group follows a count of lenses: "do hộ gia đình lắp đặt". */
  readonly ownerGroups: { readonly [G in CameraOwnerGroup]: string };
  /** The name of a collection of records: "Điểm camera". */
  readonly collections: { readonly [C in ReportCollection]: string };
  /** The sentences. */
  readonly messages: ReportMessages;
}
