// Internal: the Vietnamese and English labels of the fields of a force's strength, as
// people write them on registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../core/labels.js";

export const FORCE_STRENGTH_FIELDS = {
  id: { vi: "Mã bản ghi lực lượng", en: "Force strength id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  kind: { vi: "Lực lượng", en: "Force" },
  countedOn: { vi: "Ngày thống kê", en: "Counted on" },
  members: { vi: "Số người", en: "Members" },
  teams: { vi: "Số tổ, đội", en: "Teams" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App-specific data" },
} as const satisfies Readonly<Record<string, Label>>;
