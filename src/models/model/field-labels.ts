// Internal: the Vietnamese and English labels of the fields of a model and of its
// participants, as people write them on registers and spreadsheet headers. Not part of
// the public API.
import type { Label } from "../../core/labels.js";

export const MODEL_PARTICIPANTS_FIELDS = {
  households: { vi: "Số hộ tham gia", en: "Households" },
  people: { vi: "Số người tham gia", en: "People" },
} as const satisfies Readonly<Record<string, Label>>;

export const SECURITY_MODEL_FIELDS = {
  id: { vi: "Mã mô hình", en: "Model id" },
  name: { vi: "Tên mô hình", en: "Model name" },
  kind: { vi: "Loại mô hình", en: "Kind of model" },
  customKindName: { vi: "Tên loại mô hình khác", en: "Custom kind name" },
  type: { vi: "Phân loại", en: "Type" },
  group: { vi: "Nhóm", en: "Group" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  launchedOn: { vi: "Ngày ra mắt", en: "Launched on" },
  status: { vi: "Trạng thái", en: "Status" },
  endedOn: { vi: "Ngày thanh loại", en: "Ended on" },
  endReason: { vi: "Lý do thanh loại", en: "End reason" },
  exemplar: { vi: "Điển hình tiên tiến", en: "Advanced exemplar" },
  grade: { vi: "Xếp loại gần nhất", en: "Latest grade" },
  duties: { vi: "Nhiệm vụ", en: "Duty" },
  partners: { vi: "Tổ chức phối hợp", en: "Partner" },
  dossierRef: { vi: "Số hồ sơ", en: "Dossier reference" },
  participants: { vi: "Số hộ, số người tham gia", en: "Participants" },
  description: { vi: "Mô tả", en: "Description" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
