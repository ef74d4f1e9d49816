// Internal: the Vietnamese and English labels of the fields of an administrative unit, an
// earlier state of it and a succession link, as people write them on registers and
// spreadsheet headers. Not part of the public API.
import type { Label } from "../core/labels.js";

export const ADMIN_UNIT_PERIOD_FIELDS = {
  validFrom: { vi: "Từ ngày", en: "From" },
  validTo: { vi: "Đến ngày", en: "To" },
  name: { vi: "Tên trong giai đoạn", en: "Name in the period" },
  type: { vi: "Loại đơn vị trong giai đoạn", en: "Type in the period" },
  parentCode: { vi: "Mã đơn vị cấp trên trong giai đoạn", en: "Parent code in the period" },
  basis: { vi: "Văn bản pháp lý", en: "Legal act" },
} as const satisfies Readonly<Record<string, Label>>;

export const ADMIN_UNIT_POPULATION_FIELDS = {
  asOf: { vi: "Tính đến ngày", en: "As of" },
  residents: { vi: "Số nhân khẩu", en: "Residents" },
  households: { vi: "Số hộ gia đình", en: "Households" },
} as const satisfies Readonly<Record<string, Label>>;

export const ADMIN_UNIT_FIELDS = {
  code: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  name: { vi: "Tên đơn vị hành chính", en: "Unit name" },
  level: { vi: "Cấp hành chính", en: "Level" },
  type: { vi: "Loại đơn vị hành chính", en: "Type of unit" },
  parentCode: { vi: "Mã đơn vị cấp trên", en: "Parent unit code" },
  validFrom: { vi: "Ngày có hiệu lực", en: "Valid from" },
  validTo: { vi: "Ngày hết hiệu lực", en: "Valid to" },
  aliases: { vi: "Tên gọi khác", en: "Other name" },
  history: { vi: "Giai đoạn lịch sử", en: "History entry" },
  population: { vi: "Dân số, số hộ", en: "Population" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;

export const ADMIN_SUCCESSION_FIELDS = {
  oldCode: { vi: "Mã đơn vị cũ", en: "Old unit code" },
  newCode: { vi: "Mã đơn vị mới", en: "New unit code" },
  kind: { vi: "Nhập toàn bộ hay một phần", en: "Whole or partial" },
  effectiveDate: { vi: "Ngày có hiệu lực", en: "Effective date" },
  basis: { vi: "Văn bản pháp lý", en: "Legal act" },
  inferredBy: { vi: "Cách xác định liên kết", en: "Inferred by" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
