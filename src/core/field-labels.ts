// Internal: the Vietnamese and English labels of the fields of the core's objects (a
// period, a point), as people write them on registers and spreadsheet headers. Not part
// of the public API.
import type { Label } from "./labels.js";

export const PERIOD_FIELDS = {
  unit: { vi: "Loại kỳ", en: "Period unit" },
  key: { vi: "Mã kỳ", en: "Period key" },
  start: { vi: "Ngày bắt đầu", en: "Start" },
  end: { vi: "Ngày kết thúc", en: "End" },
} as const satisfies Readonly<Record<string, Label>>;

export const GEO_POINT_FIELDS = {
  lat: { vi: "Vĩ độ", en: "Latitude" },
  lng: { vi: "Kinh độ", en: "Longitude" },
} as const satisfies Readonly<Record<string, Label>>;
