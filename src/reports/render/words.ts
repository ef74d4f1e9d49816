// The report's words, as data: nouns with their Vietnamese and English forms, the words of
// unit types, and the phrases of camera-owner groups.
import type { AdminUnitType } from "../../admin/index.js";
import type { CameraOwnerGroup } from "../../cameras/index.js";
import type { Label, Locale } from "../../core/labels.js";
import { DATASET_COLLECTION_LABELS } from "../../dataset/labels.js";
import type { ReportCollection } from "../types.js";

export interface Noun {
  readonly vi: string;
  readonly en: readonly [singular: string, plural: string];
}

export const noun = (vi: string, singular: string, plural = `${singular}s`): Noun => ({
  vi,
  en: [singular, plural],
});

export const N = {
  model: noun("mô hình", "model"),
  site: noun("điểm", "site"),
  team: noun("tổ", "team"),
  household: noun("hộ", "household"),
  lens: noun("mắt camera", "camera lens", "camera lenses"),
  lensShort: noun("mắt", "lens", "lenses"),
  point: noun("điểm", "point"),
  extraction: noun("lượt", "extraction"),
  incident: noun("vụ việc", "incident"),
  case: noun("vụ", "case"),
  patrol: noun("lượt", "patrol"),
  ambush: noun("lượt", "ambush", "ambushes"),
  tip: noun("nguồn tin", "tip"),
  mediation: noun("vụ", "mediation"),
  session: noun("buổi", "session"),
  person: noun("lượt người", "person", "people"),
  drill: noun("cuộc", "drill"),
  training: noun("lớp", "training"),
  award: noun("lượt", "award"),
  contribution: noun("khoản", "contribution"),
  suspect: noun("đối tượng", "suspect"),
} as const;

/** A unit type's words in a report: its own area and, in English, its child units. */
interface UnitWords {
  /** "huyện" in "Toàn huyện". */
  readonly vi: string;
  /** "district" in "Across the district". */
  readonly en: string;
  /** "districts" in "communes and districts". */
  readonly enPlural: string;
}

const UNIT_WORDS: { readonly [T in AdminUnitType]: UnitWords } = {
  province: { vi: "tỉnh", en: "province", enPlural: "provinces" },
  "centrally-run-city": { vi: "thành phố", en: "city", enPlural: "cities" },
  "provincial-city": { vi: "thành phố", en: "city", enPlural: "cities" },
  "municipal-city": { vi: "thành phố", en: "city", enPlural: "cities" },
  "rural-district": { vi: "huyện", en: "district", enPlural: "districts" },
  "urban-district": { vi: "quận", en: "district", enPlural: "districts" },
  "district-town": { vi: "thị xã", en: "town", enPlural: "towns" },
  commune: { vi: "xã", en: "commune", enPlural: "communes" },
  ward: { vi: "phường", en: "ward", enPlural: "wards" },
  township: { vi: "thị trấn", en: "township", enPlural: "townships" },
  "special-zone": { vi: "đặc khu", en: "special zone", enPlural: "special zones" },
  village: { vi: "thôn", en: "village", enPlural: "villages" },
  "mountain-village": { vi: "thôn", en: "village", enPlural: "villages" },
  "urban-block": { vi: "khối phố", en: "urban block", enPlural: "urban blocks" },
  "residential-group": {
    vi: "tổ dân phố",
    en: "residential group",
    enPlural: "residential groups",
  },
  hamlet: { vi: "ấp", en: "hamlet", enPlural: "hamlets" },
  "other-village": { vi: "khu dân cư", en: "residential area", enPlural: "residential areas" },
};

/** The word for a unit's own area: "huyện" in "Toàn huyện", "district" in "Across the district". */
export function unitWord(type: AdminUnitType, locale: Locale): string {
  return UNIT_WORDS[type][locale];
}

/** The plural English name of a type of child unit ("communes", "townships"). */
export function unitPluralEn(type: AdminUnitType): string {
  return UNIT_WORDS[type].enPlural;
}

/** How a camera-owner group is written after a count of lenses. */
const OWNER_GROUP_PHRASES: { readonly [G in CameraOwnerGroup]: Label } = {
  "agencies-businesses-schools": {
    vi: "do cơ quan, doanh nghiệp, trường học lắp đặt",
    en: "installed by agencies, businesses and schools",
  },
  households: { vi: "do hộ gia đình lắp đặt", en: "installed by households" },
  public: { vi: "camera công cộng (xã hội hóa)", en: "on community-funded public cameras" },
  police: { vi: "của lực lượng Công an", en: "of the police" },
};

/** The phrase after a count of lenses: "do hộ gia đình lắp đặt", "installed by households". */
export function ownerGroupPhrase(group: CameraOwnerGroup, locale: Locale): string {
  return OWNER_GROUP_PHRASES[group][locale];
}

/** The name of a collection of records: "Điểm camera", "Camera points". */
export function collectionName(collection: ReportCollection, locale: Locale): string {
  return DATASET_COLLECTION_LABELS[collection][locale];
}
