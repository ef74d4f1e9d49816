// Internal: the Vietnamese and English labels of the fields of a report submitted upward,
// as people read them in a submission's problems. Not part of the public API.
import type { Label } from "../core/labels.js";

export const SUBMISSION_UNIT_FIELDS = {
  code: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  name: { vi: "Tên đơn vị", en: "Unit name" },
} as const satisfies Readonly<Record<string, Label>>;

export const SUBMISSION_VERSIONS_FIELDS = {
  library: { vi: "Phiên bản thư viện", en: "Library version" },
  data: { vi: "Phiên bản dữ liệu", en: "Data version" },
} as const satisfies Readonly<Record<string, Label>>;

export const REPORT_SUBMISSION_FIELDS = {
  kind: { vi: "Loại tài liệu", en: "Document kind" },
  version: { vi: "Phiên bản định dạng", en: "Format version" },
  unit: { vi: "Đơn vị gửi báo cáo", en: "Submitting unit" },
  period: { vi: "Kỳ báo cáo", en: "Period" },
  comparison: { vi: "Kỳ so sánh", en: "Comparison period" },
  covers: { vi: "Phạm vi số liệu", en: "Coverage" },
  producedBy: { vi: "Người, cơ quan lập báo cáo", en: "Produced by" },
  producedAt: { vi: "Thời điểm lập", en: "Produced at" },
  versions: { vi: "Phiên bản phần mềm và dữ liệu", en: "Versions" },
  state: { vi: "Trạng thái báo cáo", en: "Report state" },
} as const satisfies Readonly<Record<string, Label>>;
