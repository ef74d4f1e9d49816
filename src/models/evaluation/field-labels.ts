// Internal: the Vietnamese and English labels of the fields of the figures an evaluation
// of a model, or an "An toàn về ANTT" assessment, reads, as people write them on report
// forms. Not part of the public API.
import type { Label } from "../../core/labels.js";

export const INCIDENT_FIGURES_FIELDS = {
  total: { vi: "Tổng số vụ", en: "Incidents" },
  clarified: { vi: "Số vụ làm rõ", en: "Clarified" },
} as const satisfies Readonly<Record<string, Label>>;

export const PARTICIPATION_FIELDS = {
  households: { vi: "Số hộ tham gia", en: "Households taking part" },
  householdsInArea: { vi: "Số hộ trên địa bàn", en: "Households in the area" },
} as const satisfies Readonly<Record<string, Label>>;

export const FUNDING_FIGURES_FIELDS = {
  community: { vi: "Kinh phí xã hội hóa", en: "Community funds" },
  budget: { vi: "Kinh phí ngân sách", en: "Budget funds" },
} as const satisfies Readonly<Record<string, Label>>;

/** The figures a period and the period before it share. */
const FIGURE_FIELDS = {
  activities: { vi: "Số hoạt động", en: "Activities" },
  incidents: { vi: "Vụ việc trên địa bàn", en: "Incidents in the area" },
  participation: { vi: "Hộ tham gia", en: "Participation" },
  funding: { vi: "Kinh phí", en: "Funding" },
  sites: { vi: "Số điểm mô hình", en: "Sites" },
} as const;

export const PREVIOUS_EVIDENCE_FIELDS = {
  period: { vi: "Kỳ trước", en: "Earlier period" },
  grade: { vi: "Xếp loại kỳ trước", en: "Earlier grade" },
  ...FIGURE_FIELDS,
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;

export const MODEL_EVIDENCE_FIELDS = {
  period: { vi: "Kỳ đánh giá", en: "Period" },
  ...FIGURE_FIELDS,
  previous: { vi: "Số liệu kỳ trước", en: "Earlier figures" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;

export const HOUSEHOLDS_FIELDS = {
  total: { vi: "Tổng số hộ", en: "Households" },
  registered: { vi: "Số hộ đăng ký tham gia", en: "Registered households" },
} as const satisfies Readonly<Record<string, Label>>;

export const STAFF_FIELDS = {
  total: { vi: "Tổng số cán bộ, nhân viên", en: "Staff" },
  briefed: { vi: "Số người được quán triệt", en: "Staff briefed" },
} as const satisfies Readonly<Record<string, Label>>;

export const SAFETY_EVIDENCE_FIELDS = {
  households: { vi: "Hộ gia đình", en: "Households" },
  effectiveModels: { vi: "Số mô hình phát huy hiệu quả", en: "Effective models" },
  staff: { vi: "Cán bộ, nhân viên", en: "Staff" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
