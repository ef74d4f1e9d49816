import type { Label } from "../core/labels.js";

/**
 * The labels of the levels of administrative units (cấp hành chính), from the province
 * down to the village.
 *
 * @description Since 1 July 2025 local government has two levels, province and commune;
 * districts (cấp huyện) exist only in data before that day. Villages and residential
 * groups (thôn, tổ dân phố, ấp, bản, khối phố) are not a level of government but the
 * residential areas where the movement's models and teams work.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ADMIN_LEVEL_LABELS, label } from "antt";
 * label(ADMIN_LEVEL_LABELS, "commune"); // "Cấp xã"
 * ```
 */
export const ADMIN_LEVEL_LABELS = {
  province: { vi: "Cấp tỉnh", en: "Province" },
  district: { vi: "Cấp huyện", en: "District (before 1 July 2025)" },
  commune: { vi: "Cấp xã", en: "Commune" },
  village: { vi: "Thôn, tổ dân phố", en: "Village or residential group" },
} as const satisfies Record<string, Label>;

/**
 * A level of administrative unit (see {@link AdminLevelSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { AdminLevel } from "antt";
 * const level: AdminLevel = "province";
 * ```
 */
export type AdminLevel = keyof typeof ADMIN_LEVEL_LABELS;

/**
 * The levels from the top down: `["province", "district", "commune", "village"]`.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { ADMIN_LEVELS } from "antt";
 * ADMIN_LEVELS.indexOf("commune") > ADMIN_LEVELS.indexOf("province"); // true: lower level
 * ```
 */
export const ADMIN_LEVELS: readonly AdminLevel[] = ["province", "district", "commune", "village"];

/**
 * The labels of the types of administrative units (loại đơn vị hành chính) at every level.
 *
 * @description Province level: tỉnh and thành phố trực thuộc trung ương. District level
 * (before 1 July 2025): huyện, quận, thị xã, thành phố thuộc tỉnh and the one thành phố
 * thuộc thành phố trực thuộc trung ương (Thủ Đức). Commune level: xã, phường, thị trấn
 * (before 1 July 2025) and đặc khu (since). Village level: thôn, khối phố, tổ dân phố, ấp,
 * bản and the other local names (làng, buôn, plei, sóc, khóm...).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ADMIN_UNIT_TYPE_LABELS, label } from "antt";
 * label(ADMIN_UNIT_TYPE_LABELS, "special-zone");       // "Đặc khu"
 * label(ADMIN_UNIT_TYPE_LABELS, "special-zone", "en"); // "Special zone"
 * ```
 */
export const ADMIN_UNIT_TYPE_LABELS = {
  province: { vi: "Tỉnh", en: "Province" },
  "centrally-run-city": { vi: "Thành phố trực thuộc trung ương", en: "Centrally-run city" },
  "rural-district": { vi: "Huyện", en: "Rural district" },
  "urban-district": { vi: "Quận", en: "Urban district" },
  "district-town": { vi: "Thị xã", en: "District-level town" },
  "provincial-city": { vi: "Thành phố thuộc tỉnh", en: "Provincial city" },
  "municipal-city": {
    vi: "Thành phố thuộc thành phố trực thuộc trung ương",
    en: "City within a centrally-run city",
  },
  commune: { vi: "Xã", en: "Commune" },
  ward: { vi: "Phường", en: "Ward" },
  township: { vi: "Thị trấn", en: "Township" },
  "special-zone": { vi: "Đặc khu", en: "Special zone" },
  village: { vi: "Thôn", en: "Village" },
  "urban-block": { vi: "Khối phố", en: "Urban block" },
  "residential-group": { vi: "Tổ dân phố", en: "Residential group" },
  hamlet: { vi: "Ấp", en: "Hamlet" },
  "mountain-village": { vi: "Bản", en: "Mountain village" },
  "other-village": {
    vi: "Khu dân cư khác (làng, buôn, plei, sóc, khóm...)",
    en: "Other residential area (làng, buôn, plei, sóc, khóm...)",
  },
} as const satisfies Record<string, Label>;

/**
 * A type of administrative unit (see {@link AdminUnitTypeSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { AdminUnitType } from "antt";
 * const type: AdminUnitType = "township"; // thị trấn
 * ```
 */
export type AdminUnitType = keyof typeof ADMIN_UNIT_TYPE_LABELS;

/**
 * The level every type of administrative unit belongs to.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { ADMIN_UNIT_TYPE_LEVEL } from "antt";
 * ADMIN_UNIT_TYPE_LEVEL["district-town"]; // "district" (thị xã)
 * ADMIN_UNIT_TYPE_LEVEL.hamlet;           // "village" (ấp)
 * ```
 */
export const ADMIN_UNIT_TYPE_LEVEL: { readonly [T in AdminUnitType]: AdminLevel } = {
  province: "province",
  "centrally-run-city": "province",
  "rural-district": "district",
  "urban-district": "district",
  "district-town": "district",
  "provincial-city": "district",
  "municipal-city": "district",
  commune: "commune",
  ward: "commune",
  township: "commune",
  "special-zone": "commune",
  village: "village",
  "urban-block": "village",
  "residential-group": "village",
  hamlet: "village",
  "mountain-village": "village",
  "other-village": "village",
};

/**
 * The kind of a succession link: `whole` when all of the old unit went into the new one,
 * `partial` when the old unit was divided and only part of it went there, `possible` when
 * the sources say the old unit went into one of several units without saying which (the
 * link names one candidate; an index never picks one, see `AdminIndex.resolveUnit`).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { SUCCESSION_KIND_LABELS, label } from "antt";
 * label(SUCCESSION_KIND_LABELS, "partial"); // "Nhập một phần"
 * ```
 */
export const SUCCESSION_KIND_LABELS = {
  whole: { vi: "Nhập toàn bộ", en: "Whole unit" },
  partial: { vi: "Nhập một phần", en: "Part of the unit" },
  possible: { vi: "Có thể đã nhập vào", en: "Possibly into" },
} as const satisfies Record<string, Label>;

/**
 * How a succession link was inferred, when the sources do not state it (the link's
 * `inferredBy`): the unit-change history since 2017 is a diff of catalogue snapshots, which
 * show that a commune was abolished but not always which unit took it in.
 *
 * @description
 * - `communes-moved`: a district abolished, and the district that received its communes
 *   (exact);
 * - `no-commune-left`: a commune dissolved into its district, which kept no commune (Lý
 *   Sơn, 2020; exact);
 * - `same-name`: a unit of the same proper name in the same or the receiving district,
 *   such as a recoded unit, or "nhập xã X vào thị trấn X";
 * - `shared-syllable` (heuristic): the one changed unit whose new name took a syllable of
 *   the old name (Phương Độ + Sen Chiểu → Sen Phương);
 * - `only-changed-unit` (heuristic): the only renamed or created unit of the district,
 *   wrong when the real successor kept its name;
 * - `name-contains` (heuristic): a changed unit whose name contains the old one;
 * - `changed-units`: a `possible` link to each renamed or created unit of the district;
 *   the successor may also be a unit that did not change;
 * - `same-district`: a `possible` link to each commune of the district on that day, when
 *   no unit of the district changed.
 *
 * The heuristic ones are listed in {@link HEURISTIC_INFERENCES}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { SUCCESSION_INFERENCE_LABELS, label } from "antt";
 * label(SUCCESSION_INFERENCE_LABELS, "shared-syllable"); // "Suy luận theo âm tiết chung của tên"
 * ```
 */
export const SUCCESSION_INFERENCE_LABELS = {
  "communes-moved": {
    vi: "Đơn vị nhận các xã của huyện bị giải thể",
    en: "The district that received its communes",
  },
  "no-commune-left": {
    vi: "Giải thể, không còn đơn vị cấp xã",
    en: "Dissolved, no commune left",
  },
  "same-name": { vi: "Đơn vị cùng tên", en: "The unit of the same name" },
  "shared-syllable": {
    vi: "Suy luận theo âm tiết chung của tên",
    en: "Inferred from a syllable the names share",
  },
  "only-changed-unit": {
    vi: "Suy luận: đơn vị duy nhất thay đổi trong huyện",
    en: "Inferred: the only changed unit of the district",
  },
  "name-contains": {
    vi: "Suy luận: tên mới chứa tên cũ",
    en: "Inferred: the new name contains the old one",
  },
  "changed-units": {
    vi: "Một trong các đơn vị thay đổi của huyện",
    en: "One of the district's changed units",
  },
  "same-district": {
    vi: "Một trong các xã của huyện",
    en: "One of the district's communes",
  },
} as const satisfies Record<string, Label>;

/**
 * The inferences of {@link SUCCESSION_INFERENCE_LABELS} that are heuristics: a link
 * inferred by one of them is likely but can be wrong, and is marked as such wherever it is
 * followed (see `AdminIndex.traceUnit`).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { HEURISTIC_INFERENCES } from "antt";
 * HEURISTIC_INFERENCES.includes("only-changed-unit"); // true
 * ```
 */
export const HEURISTIC_INFERENCES: readonly (keyof typeof SUCCESSION_INFERENCE_LABELS)[] = [
  "shared-syllable",
  "only-changed-unit",
  "name-contains",
];

/**
 * The type words (từ chỉ loại đơn vị) that open the official names of administrative
 * units, lower case with their diacritics, each with the types it may stand for: the one
 * table of them, read by name matching and by the loaders.
 *
 * @description "thành phố" stands for a city at province level (thành phố trực thuộc trung
 * ương) and at district level (thành phố thuộc tỉnh, or Thủ Đức, thành phố thuộc thành phố
 * trực thuộc trung ương). The words are grouped by level from the province down, and
 * within a level ordered as the loaders list them in their messages; a word that starts
 * another comes after it ("khối phố" before "khối"), so the first word a name starts with
 * is the one it means. Villages named otherwise (làng, buôn, plei, sóc, khóm...) have no
 * type word: their type is `other-village`.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { ADMIN_UNIT_TYPE_LEVEL, ADMIN_UNIT_TYPE_WORDS, type AdminUnitType } from "antt";
 * const wordOf = (type: AdminUnitType) =>
 *   ADMIN_UNIT_TYPE_WORDS.find(([, types]) => types.includes(type))?.[0];
 * wordOf("urban-district"); // "quận"
 * wordOf("municipal-city"); // "thành phố"
 * const communeWords = ADMIN_UNIT_TYPE_WORDS.filter(([, types]) =>
 *   types.some((type) => ADMIN_UNIT_TYPE_LEVEL[type] === "commune"),
 * ).map(([word]) => word); // ["thị trấn", "đặc khu", "phường", "xã"]
 * ```
 */
export const ADMIN_UNIT_TYPE_WORDS: readonly (readonly [
  word: string,
  types: readonly AdminUnitType[],
])[] = [
  ["thành phố", ["centrally-run-city", "provincial-city", "municipal-city"]],
  ["tỉnh", ["province"]],
  ["thị xã", ["district-town"]],
  ["huyện", ["rural-district"]],
  ["quận", ["urban-district"]],
  ["thị trấn", ["township"]],
  ["đặc khu", ["special-zone"]],
  ["phường", ["ward"]],
  ["xã", ["commune"]],
  ["tổ dân phố", ["residential-group"]],
  ["khối phố", ["urban-block"]],
  ["khối", ["urban-block"]],
  ["thôn", ["village"]],
  ["ấp", ["hamlet"]],
  ["bản", ["mountain-village"]],
];
