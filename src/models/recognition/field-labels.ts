// Internal: the Vietnamese and English labels of the fields of an "An toàn về ANTT"
// recognition, as people write them on registers and spreadsheet headers. Not part of the
// public API.
import type { Label } from "../../core/labels.js";

export const SAFETY_RECOGNITION_FIELDS = {
  id: { vi: "Mã bản ghi công nhận", en: "Recognition id" },
  subjectKind: { vi: "Đối tượng công nhận", en: "Kind of subject" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  subjectName: { vi: "Tên cơ quan, doanh nghiệp, nhà trường", en: "Subject name" },
  year: { vi: "Năm công nhận", en: "Year" },
  recognized: { vi: "Được công nhận", en: "Recognised" },
  decisionRef: { vi: "Số quyết định", en: "Decision reference" },
  decidedOn: { vi: "Ngày quyết định", en: "Decided on" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
