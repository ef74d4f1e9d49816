// Internal: the Vietnamese and English labels of the fields of a model's site, as people
// write them on registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../../core/labels.js";

export const MODEL_SITE_FIELDS = {
  id: { vi: "Mã điểm mô hình", en: "Site id" },
  modelId: { vi: "Mã mô hình", en: "Model id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  name: { vi: "Tên điểm mô hình", en: "Site name" },
  kind: { vi: "Loại địa bàn", en: "Kind of place" },
  launchedOn: { vi: "Ngày ra mắt", en: "Launched on" },
  status: { vi: "Trạng thái", en: "Status" },
  endedOn: { vi: "Ngày thanh loại", en: "Ended on" },
  endReason: { vi: "Lý do thanh loại", en: "End reason" },
  replicatedFromSiteId: { vi: "Nhân rộng từ điểm", en: "Replicated from site" },
  participants: { vi: "Số hộ, số người tham gia", en: "Participants" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
