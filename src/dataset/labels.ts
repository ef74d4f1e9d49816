// The collections of a dataset as data: what each holds, in words for people. Zod-free, so
// that the renderer and the report read it without evaluating a schema.
import type { Label } from "../core/labels.js";

/**
 * The collections of a dataset, in dataset order, with their names as a report's
 * reconciliation writes them ("Điểm camera", "Camera points").
 *
 * @description The keys are those of {@link DATASET_COLLECTIONS}; {@link DATASET_RECORD_LABELS}
 * names one record of each. Validation, reports and their reconciliation all read this one
 * table.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DATASET_COLLECTION_LABELS } from "antt";
 * DATASET_COLLECTION_LABELS.cameras.vi; // "Điểm camera"
 * ```
 */
export const DATASET_COLLECTION_LABELS = {
  units: { vi: "Đơn vị hành chính", en: "Administrative units" },
  successions: { vi: "Quan hệ kế thừa", en: "Successions" },
  models: { vi: "Mô hình", en: "Models" },
  sites: { vi: "Điểm mô hình", en: "Model sites" },
  reviews: { vi: "Đợt sơ kết, tổng kết", en: "Reviews" },
  recognitions: { vi: "Công nhận An toàn về ANTT", en: "Safety recognitions" },
  teams: { vi: "Tổ", en: "Teams" },
  cameras: { vi: "Điểm camera", en: "Camera points" },
  incidents: { vi: "Vụ việc", en: "Incidents" },
  extractions: { vi: "Lượt trích xuất", en: "Footage extractions" },
  activities: { vi: "Hoạt động", en: "Activities" },
  contributions: { vi: "Khoản đóng góp", en: "Contributions" },
  expenses: { vi: "Khoản chi", en: "Expenses" },
  forces: { vi: "Lực lượng", en: "Forces" },
  coverage: { vi: "Báo cáo đầy đủ", en: "Completeness declarations" },
} as const satisfies Record<string, Label>;

/**
 * One record of each collection of a dataset, in words, as validation messages name it
 * ("Expected an array of camera point records", "Phải là một mảng điểm camera").
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DATASET_RECORD_LABELS } from "antt";
 * DATASET_RECORD_LABELS.extractions.en; // "footage extraction"
 * ```
 */
export const DATASET_RECORD_LABELS = {
  units: { vi: "đơn vị hành chính", en: "administrative unit" },
  successions: { vi: "quan hệ kế thừa", en: "succession" },
  models: { vi: "mô hình", en: "model" },
  sites: { vi: "điểm mô hình", en: "model site" },
  reviews: { vi: "đợt đánh giá", en: "review" },
  recognitions: { vi: "kết quả công nhận", en: "recognition" },
  teams: { vi: "tổ", en: "team" },
  cameras: { vi: "điểm camera", en: "camera point" },
  incidents: { vi: "vụ việc", en: "incident" },
  extractions: { vi: "lượt trích xuất", en: "footage extraction" },
  activities: { vi: "hoạt động", en: "activity" },
  contributions: { vi: "khoản đóng góp", en: "contribution" },
  expenses: { vi: "khoản chi", en: "expense" },
  forces: { vi: "số liệu lực lượng", en: "force strength" },
  coverage: { vi: "bản xác nhận báo cáo đầy đủ", en: "completeness declaration" },
} as const satisfies { readonly [C in keyof typeof DATASET_COLLECTION_LABELS]: Label };
