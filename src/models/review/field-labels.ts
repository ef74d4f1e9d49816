// Internal: the Vietnamese and English labels of the fields of a model's grading and of
// a review, as people write them on registers and spreadsheet headers. Not part of the
// public API.
import type { Label } from "../../core/labels.js";

export const MODEL_GRADING_FIELDS = {
  grade: { vi: "Xếp loại", en: "Grade" },
  scale: { vi: "Thang xếp loại", en: "Grading scale" },
  reviewedOn: { vi: "Ngày xếp loại", en: "Reviewed on" },
  kind: { vi: "Sơ kết hay tổng kết", en: "Kind of review" },
  note: { vi: "Ghi chú", en: "Note" },
} as const satisfies Readonly<Record<string, Label>>;

export const MODEL_REVIEW_FIELDS = {
  id: { vi: "Mã đợt sơ kết, tổng kết", en: "Review id" },
  modelId: { vi: "Mã mô hình", en: "Model id" },
  siteId: { vi: "Mã điểm mô hình", en: "Site id" },
  unitCode: { vi: "Mã đơn vị tổ chức đánh giá", en: "Reviewing unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  kind: { vi: "Sơ kết hay tổng kết", en: "Kind of review" },
  reviewedOn: { vi: "Ngày sơ kết, tổng kết", en: "Reviewed on" },
  grade: { vi: "Xếp loại", en: "Grade" },
  scale: { vi: "Thang xếp loại", en: "Grading scale" },
  recommendation: { vi: "Kiến nghị", en: "Recommendation" },
  decisionRef: { vi: "Số báo cáo, quyết định", en: "Report or decision reference" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
