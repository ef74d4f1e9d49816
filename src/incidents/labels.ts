import type { Label } from "../core/labels.js";

/**
 * The categories of incidents (vụ việc) that reports count, with Vietnamese and English
 * labels.
 *
 * @description The first twelve are the categories of published figures; the Vietnamese
 * labels follow the offences of the Penal Code where there is one (trộm cắp tài sản,
 * cướp giật tài sản, cố ý gây thương tích...). `online-fraud` (lừa đảo trên không gian
 * mạng) is kept apart from `fraud` because reports count it apart and cameras and
 * patrols, which the movement measures, play no part in it. `modified-vehicle` (xe độ
 * chế) and `urban-order` (trật tự đô thị) are administrative matters that commune
 * reports list; `prostitution` (mại dâm) is one of the social evils
 * ({@link INCIDENT_CATEGORY_GROUPS}). Each category has a default legal class,
 * {@link defaultLegalClassOf}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { INCIDENT_CATEGORY_LABELS, label } from "antt";
 * label(INCIDENT_CATEGORY_LABELS, "snatching");       // "Cướp giật tài sản"
 * label(INCIDENT_CATEGORY_LABELS, "snatching", "en"); // "Snatching"
 * ```
 */
export const INCIDENT_CATEGORY_LABELS = {
  theft: { vi: "Trộm cắp tài sản", en: "Theft" },
  snatching: { vi: "Cướp giật tài sản", en: "Snatching" },
  robbery: { vi: "Cướp tài sản", en: "Robbery" },
  assault: { vi: "Cố ý gây thương tích", en: "Intentional injury" },
  "public-disorder": { vi: "Gây rối trật tự công cộng", en: "Public disorder" },
  "street-racing": { vi: "Đua xe trái phép", en: "Illegal street racing" },
  "traffic-accident": { vi: "Tai nạn, va chạm giao thông", en: "Traffic accident or collision" },
  fraud: { vi: "Lừa đảo chiếm đoạt tài sản", en: "Fraud" },
  "online-fraud": { vi: "Lừa đảo trên không gian mạng", en: "Online fraud" },
  drugs: { vi: "Ma túy", en: "Drugs" },
  gambling: { vi: "Đánh bạc", en: "Gambling" },
  prostitution: { vi: "Mại dâm", en: "Prostitution" },
  fire: { vi: "Cháy, nổ", en: "Fire or explosion" },
  dispute: { vi: "Mâu thuẫn trong sinh hoạt", en: "Dispute between residents" },
  "modified-vehicle": { vi: "Xe độ chế trái phép", en: "Illegally modified vehicle" },
  "urban-order": { vi: "Vi phạm trật tự đô thị", en: "Urban order violation" },
  other: { vi: "Vụ việc khác", en: "Other incident" },
} as const satisfies Record<string, Label>;

/**
 * Groups of incident categories that the movement's reports count together, with their
 * labels: the social evils (tệ nạn xã hội: drugs, gambling, prostitution), which reports
 * state as one figure ("phát hiện, xử lý 12 vụ tệ nạn xã hội").
 *
 * @category Code lists
 * @example
 * ```ts
 * import { INCIDENT_CATEGORY_GROUPS } from "antt";
 * INCIDENT_CATEGORY_GROUPS["social-evils"].categories; // ["drugs", "gambling", "prostitution"]
 * INCIDENT_CATEGORY_GROUPS["social-evils"].label.vi;   // "Tệ nạn xã hội"
 * ```
 */
export const INCIDENT_CATEGORY_GROUPS = {
  "social-evils": {
    label: { vi: "Tệ nạn xã hội", en: "Social evils" },
    categories: ["drugs", "gambling", "prostitution"],
  },
} as const satisfies Record<
  string,
  { readonly label: Label; readonly categories: readonly (keyof typeof INCIDENT_CATEGORY_LABELS)[] }
>;

/**
 * An incident category code (see {@link IncidentCategorySchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { IncidentCategory } from "antt";
 * const category: IncidentCategory = "theft";
 * ```
 */
export type IncidentCategory = keyof typeof INCIDENT_CATEGORY_LABELS;

/**
 * The legal class of an incident, which reports count apart, with Vietnamese and English
 * labels.
 *
 * @description `criminal`: a criminal offence (phạm pháp hình sự), the figure reports
 * mean by "phạm pháp hình sự được kiềm chế"; `administrative`: an administrative
 * violation (vi phạm hành chính); `accident`: an accident with no offence (traffic
 * accident, fire); `dispute`: a civil dispute or quarrel between residents, handled by
 * mediation; `other`: none of these.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { INCIDENT_LEGAL_CLASS_LABELS } from "antt";
 * INCIDENT_LEGAL_CLASS_LABELS.criminal.vi; // "Phạm pháp hình sự"
 * ```
 */
export const INCIDENT_LEGAL_CLASS_LABELS = {
  criminal: { vi: "Phạm pháp hình sự", en: "Criminal offence" },
  administrative: { vi: "Vi phạm hành chính", en: "Administrative violation" },
  accident: { vi: "Tai nạn, sự cố", en: "Accident" },
  dispute: { vi: "Tranh chấp, mâu thuẫn", en: "Dispute" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Record<string, Label>;

/**
 * A legal class code (see {@link IncidentLegalClassSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { IncidentLegalClass } from "antt";
 * const legalClass: IncidentLegalClass = "criminal";
 * ```
 */
export type IncidentLegalClass = keyof typeof INCIDENT_LEGAL_CLASS_LABELS;

/**
 * How an incident came to the police's notice (phát hiện qua), with Vietnamese and
 * English labels.
 *
 * @description `camera`: seen on a camera of the movement; `patrol`: found by a patrol or
 * stake-out (tuần tra, mật phục); `tip`: a tip from the public (tố giác, tin báo);
 * `report`: reported by the victim or a party (trình báo); `other`: anything else.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { INCIDENT_DETECTION_LABELS } from "antt";
 * INCIDENT_DETECTION_LABELS.tip.vi; // "Nguồn tin của quần chúng"
 * ```
 */
export const INCIDENT_DETECTION_LABELS = {
  camera: { vi: "Qua camera", en: "Camera" },
  patrol: { vi: "Tuần tra, mật phục", en: "Patrol or stake-out" },
  tip: { vi: "Nguồn tin của quần chúng", en: "Tip from the public" },
  report: { vi: "Người bị hại, đương sự trình báo", en: "Report by the victim or a party" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Record<string, Label>;

/**
 * A detection code (see {@link IncidentDetectionSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { IncidentDetection } from "antt";
 * const detectedBy: IncidentDetection = "camera";
 * ```
 */
export type IncidentDetection = keyof typeof INCIDENT_DETECTION_LABELS;

/**
 * Where an incident stands in its handling, with Vietnamese and English labels.
 *
 * @description `received`: taken in (tiếp nhận); `investigating`: being verified or
 * handled (đang xác minh, giải quyết); `clarified`: the facts and the people responsible
 * are established (đã làm rõ); `transferred`: handed to a competent body such as the
 * investigation police or another locality (đã chuyển); `closed`: handling has ended
 * (fined, mediated, no offence found, suspended). A `clarified` incident carries its
 * clarification; a `transferred` or `closed` one may, when it was clarified first.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { INCIDENT_STATUS_LABELS } from "antt";
 * INCIDENT_STATUS_LABELS.clarified.vi; // "Đã làm rõ"
 * ```
 */
export const INCIDENT_STATUS_LABELS = {
  received: { vi: "Đã tiếp nhận", en: "Received" },
  investigating: { vi: "Đang xác minh, giải quyết", en: "Under investigation" },
  clarified: { vi: "Đã làm rõ", en: "Clarified" },
  transferred: { vi: "Đã chuyển cơ quan có thẩm quyền", en: "Transferred" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
} as const satisfies Record<string, Label>;

/**
 * An incident status code (see {@link IncidentStatusSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { IncidentStatus } from "antt";
 * const status: IncidentStatus = "clarified";
 * ```
 */
export type IncidentStatus = keyof typeof INCIDENT_STATUS_LABELS;

/**
 * The means by which an incident was clarified (làm rõ qua), with Vietnamese and English
 * labels.
 *
 * @description Reports credit cameras with the cases "clarified through footage"; an
 * incident may list several means.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CLARIFICATION_MEANS_LABELS } from "antt";
 * CLARIFICATION_MEANS_LABELS.camera.vi; // "Trích xuất dữ liệu camera"
 * ```
 */
export const CLARIFICATION_MEANS_LABELS = {
  camera: { vi: "Trích xuất dữ liệu camera", en: "Camera footage" },
  patrol: { vi: "Tuần tra, mật phục", en: "Patrol or stake-out" },
  tip: { vi: "Nguồn tin của quần chúng", en: "Tip from the public" },
  investigation: { vi: "Điều tra, xác minh", en: "Investigation" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Record<string, Label>;

/**
 * A clarification means code (see {@link ClarificationMeansSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ClarificationMeans } from "antt";
 * const by: ClarificationMeans[] = ["camera", "investigation"];
 * ```
 */
export type ClarificationMeans = keyof typeof CLARIFICATION_MEANS_LABELS;

/**
 * Why camera footage was extracted (mục đích trích xuất), with Vietnamese and English
 * labels.
 *
 * @description `lawful-assembly` (theo dõi người tham gia tụ tập, hội họp hợp pháp) is a
 * purpose a footage policy forbids: it is listed so that a request made for it can be
 * recorded, refused and counted in the transparency report (`antt/footage`), never so that
 * footage is extracted for it.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { EXTRACTION_PURPOSE_LABELS } from "antt";
 * EXTRACTION_PURPOSE_LABELS["missing-person"].en; // "Finding a missing person"
 * ```
 */
export const EXTRACTION_PURPOSE_LABELS = {
  "incident-investigation": {
    vi: "Phục vụ xác minh, điều tra vụ việc",
    en: "Investigating an incident",
  },
  "traffic-accident": { vi: "Giải quyết tai nạn giao thông", en: "Settling a traffic accident" },
  "missing-person": { vi: "Tìm người mất tích, đi lạc", en: "Finding a missing person" },
  "lost-property": { vi: "Tìm tài sản bị mất, thất lạc", en: "Finding lost property" },
  "lawful-assembly": {
    vi: "Theo dõi người tham gia tụ tập, hội họp hợp pháp",
    en: "Watching people at a lawful assembly",
  },
  other: { vi: "Mục đích khác", en: "Other purpose" },
} as const satisfies Record<string, Label>;

/**
 * An extraction purpose code (see {@link ExtractionPurposeSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ExtractionPurpose } from "antt";
 * const purpose: ExtractionPurpose = "incident-investigation";
 * ```
 */
export type ExtractionPurpose = keyof typeof EXTRACTION_PURPOSE_LABELS;

/**
 * What a footage extraction achieved, with Vietnamese and English labels.
 *
 * @description Reports say "extracted nearly 1,000 times and helped clarify over 300
 * cases": `helped-clarify` is the extraction that contributed to clarifying a case
 * (góp phần làm rõ), `helped-search` one that helped find a missing person or lost
 * property where no incident was served, `no-useful-footage` one that found nothing of
 * use, `pending` one whose outcome is not known yet. `refused` is a request that was
 * refused (by the officer who reviews requests, or because the camera's owner declined):
 * nothing was extracted, and the record stays so that refusals can be counted.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { EXTRACTION_OUTCOME_LABELS } from "antt";
 * EXTRACTION_OUTCOME_LABELS["helped-clarify"].vi; // "Góp phần làm rõ vụ việc"
 * ```
 */
export const EXTRACTION_OUTCOME_LABELS = {
  "helped-clarify": { vi: "Góp phần làm rõ vụ việc", en: "Helped clarify the case" },
  "helped-search": {
    vi: "Góp phần tìm được người, tài sản",
    en: "Helped find a person or property",
  },
  "no-useful-footage": { vi: "Không có hình ảnh hữu ích", en: "No useful footage" },
  pending: { vi: "Đang xử lý", en: "Pending" },
  refused: { vi: "Yêu cầu bị từ chối", en: "Request refused" },
} as const satisfies Record<string, Label>;

/**
 * What was done with extracted footage, as its custody log (nhật ký quản lý, truy cập dữ
 * liệu) records it, with Vietnamese and English labels.
 *
 * @description `viewed`: someone watched the footage; `copied`: a copy was made (on a
 * disk, a USB stick, a case file), which carries a retain-until date; `handed-over`: the
 * footage or a copy was handed to another person or agency; `deleted`: a copy, or the
 * footage itself, was deleted.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CUSTODY_ACTION_LABELS } from "antt";
 * CUSTODY_ACTION_LABELS["handed-over"].vi; // "Bàn giao"
 * ```
 */
export const CUSTODY_ACTION_LABELS = {
  viewed: { vi: "Xem", en: "Viewed" },
  copied: { vi: "Sao chép", en: "Copied" },
  "handed-over": { vi: "Bàn giao", en: "Handed over" },
  deleted: { vi: "Xóa", en: "Deleted" },
} as const satisfies Record<string, Label>;

/**
 * A custody action code (see {@link CustodyActionSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CustodyAction } from "antt";
 * const action: CustodyAction = "copied";
 * ```
 */
export type CustodyAction = keyof typeof CUSTODY_ACTION_LABELS;

/**
 * An extraction outcome code (see {@link ExtractionOutcomeSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ExtractionOutcome } from "antt";
 * const outcome: ExtractionOutcome = "helped-clarify";
 * ```
 */
export type ExtractionOutcome = keyof typeof EXTRACTION_OUTCOME_LABELS;

/**
 * The legal class each incident category falls in by default (see `defaultLegalClassOf`), as
 * data: one line per category, checked by the type to cover every category.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DEFAULT_LEGAL_CLASS } from "antt";
 * DEFAULT_LEGAL_CLASS.theft; // "criminal"
 * ```
 */
export const DEFAULT_LEGAL_CLASS: { readonly [C in IncidentCategory]: IncidentLegalClass } = {
  theft: "criminal",
  snatching: "criminal",
  robbery: "criminal",
  assault: "criminal",
  "public-disorder": "criminal",
  "street-racing": "criminal",
  fraud: "criminal",
  "online-fraud": "criminal",
  drugs: "criminal",
  gambling: "criminal",
  prostitution: "administrative",
  "modified-vehicle": "administrative",
  "urban-order": "administrative",
  "traffic-accident": "accident",
  fire: "accident",
  dispute: "dispute",
  other: "other",
};

/**
 * The former name of {@link INCIDENT_LEGAL_CLASS_LABELS}.
 *
 * @deprecated Use {@link INCIDENT_LEGAL_CLASS_LABELS}: code lists carry their domain in their name, as `INCIDENT_CATEGORY_LABELS` does. The old name stays until 1.0.
 * @category Code lists
 * @example
 * ```ts
 * import { INCIDENT_LEGAL_CLASS_LABELS } from "antt";
 * INCIDENT_LEGAL_CLASS_LABELS.criminal.vi; // "Phạm pháp hình sự"
 * ```
 */
export const LEGAL_CLASS_LABELS = INCIDENT_LEGAL_CLASS_LABELS;

/**
 * The former name of {@link IncidentLegalClass}.
 *
 * @deprecated Use {@link IncidentLegalClass}: code lists carry their domain in their name. The old name stays until 1.0.
 * @category Code lists
 * @example
 * ```ts
 * import type { IncidentLegalClass } from "antt";
 * const legalClass: IncidentLegalClass = "criminal";
 * ```
 */
export type LegalClass = IncidentLegalClass;

/**
 * The incident categories that police statistics count as accidents and fires: the ones
 * whose incidents may record a cause ({@link INCIDENT_CAUSE_LABELS}), and whose casualties
 * and damage reports state ("làm chết 2 người, bị thương 3 người"). A traffic accident
 * may also record its severity ({@link TRAFFIC_SEVERITY_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ACCIDENT_CATEGORIES } from "antt";
 * ACCIDENT_CATEGORIES.includes("fire"); // true
 * ```
 */
export const ACCIDENT_CATEGORIES = [
  "traffic-accident",
  "fire",
] as const satisfies readonly IncidentCategory[];

/**
 * An accident category (see {@link ACCIDENT_CATEGORIES}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { AccidentCategory } from "antt";
 * const category: AccidentCategory = "fire";
 * ```
 */
export type AccidentCategory = (typeof ACCIDENT_CATEGORIES)[number];

/**
 * The cause of a fire or a traffic accident (nguyên nhân), with Vietnamese and English
 * labels: a short list of the groups that the fire police's and the traffic police's
 * statistics publish.
 *
 * @description Fires: `electrical` (sự cố hệ thống, thiết bị điện, chập điện: the largest
 * group of fires in the fire police's yearly figures), `open-flame` (sơ suất khi sử dụng
 * lửa trần, nguồn lửa, nguồn nhiệt: cooking, incense, burning rubbish), `arson` (đốt, cố ý
 * gây cháy), `natural` (thiên tai, sét đánh, tự cháy). Traffic accidents:
 * `traffic-violation` (vi phạm quy định về trật tự, an toàn giao thông: speed, lane,
 * alcohol, turning; the cause of most accidents in the traffic police's figures),
 * `vehicle-defect` (phương tiện hư hỏng, không bảo đảm an toàn kỹ thuật), `road-condition`
 * (đường sá, thời tiết). Either: `negligence` (bất cẩn, thiếu quan sát) where no rule was
 * broken, `unknown` (chưa rõ nguyên nhân: the cause was looked into and not established),
 * `other`. A cause not recorded is not `unknown`: the summaries count it as `unassigned`.
 * Sources: the causes groups of the yearly figures published by the Ministry of Public
 * Security's fire police (Cục Cảnh sát PCCC và CNCH) and traffic police (Cục Cảnh sát giao
 * thông).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { INCIDENT_CAUSE_LABELS, label } from "antt";
 * label(INCIDENT_CAUSE_LABELS, "electrical");       // "Chập điện, sự cố về điện"
 * label(INCIDENT_CAUSE_LABELS, "open-flame", "en"); // "Open flame or heat source"
 * ```
 */
export const INCIDENT_CAUSE_LABELS = {
  electrical: { vi: "Chập điện, sự cố về điện", en: "Electrical fault" },
  "open-flame": { vi: "Sử dụng lửa trần, nguồn nhiệt", en: "Open flame or heat source" },
  arson: { vi: "Đốt, cố ý gây cháy", en: "Arson" },
  natural: { vi: "Thiên tai, sét đánh", en: "Natural causes" },
  "traffic-violation": {
    vi: "Vi phạm quy định về trật tự, an toàn giao thông",
    en: "Traffic violation",
  },
  "vehicle-defect": { vi: "Phương tiện hư hỏng, mất an toàn", en: "Vehicle defect" },
  "road-condition": { vi: "Đường sá, thời tiết", en: "Road or weather conditions" },
  negligence: { vi: "Bất cẩn, sơ suất", en: "Negligence" },
  unknown: { vi: "Chưa rõ nguyên nhân", en: "Cause not established" },
  other: { vi: "Nguyên nhân khác", en: "Other cause" },
} as const satisfies Record<string, Label>;

/**
 * An incident cause code (see {@link IncidentCauseSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { IncidentCause } from "antt";
 * const cause: IncidentCause = "electrical";
 * ```
 */
export type IncidentCause = keyof typeof INCIDENT_CAUSE_LABELS;

/**
 * The severity of a traffic accident as police statistics keep it, with Vietnamese and
 * English labels: a traffic accident proper (tai nạn giao thông) or a traffic collision
 * (va chạm giao thông).
 *
 * @description A collision is an event whose harm to people's health or to property is
 * below the threshold of a "less serious" traffic accident (Thông tư 58/2009/TT-BCA(C11),
 * Art. 5: no death, injuries and damage under the thresholds); every death makes it an
 * `accident`. The category `traffic-accident` holds both (its label is "Tai nạn, va chạm
 * giao thông"); an incident without a severity is counted in the category only.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TRAFFIC_SEVERITY_LABELS } from "antt";
 * TRAFFIC_SEVERITY_LABELS.collision.vi; // "Va chạm giao thông"
 * ```
 */
export const TRAFFIC_SEVERITY_LABELS = {
  accident: { vi: "Tai nạn giao thông", en: "Traffic accident" },
  collision: { vi: "Va chạm giao thông", en: "Traffic collision" },
} as const satisfies Record<string, Label>;

/**
 * A traffic severity code (see {@link TrafficSeveritySchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TrafficSeverity } from "antt";
 * const severity: TrafficSeverity = "collision";
 * ```
 */
export type TrafficSeverity = keyof typeof TRAFFIC_SEVERITY_LABELS;
