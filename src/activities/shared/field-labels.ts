// Internal: the Vietnamese and English labels of the fields every kind of activity shares,
// as people write them on registers and spreadsheet headers. Not part of the public API;
// each kind's labels spread them.
import type { Label } from "../../core/labels.js";

/** The kind of activity, the field that tells the kinds apart. */
export const KIND_FIELD: Label = { vi: "Loại hoạt động", en: "Kind of activity" };

/** The labels of the fields every activity starts with (after `kind`). */
export const HEAD_FIELDS = {
  id: { vi: "Mã hoạt động", en: "Activity id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
} as const satisfies Readonly<Record<string, Label>>;

/** The labels of the fields every activity ends with. */
export const TAIL_FIELDS = {
  modelSiteId: { vi: "Mã điểm mô hình", en: "Model site id" },
  teamId: { vi: "Mã tổ", en: "Team id" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App-specific data" },
} as const satisfies Readonly<Record<string, Label>>;
