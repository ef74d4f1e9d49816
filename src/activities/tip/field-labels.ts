// Internal: the Vietnamese and English labels of the fields of a tip from the public, as
// people write them on registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../../core/labels.js";
import { HEAD_FIELDS, KIND_FIELD, TAIL_FIELDS } from "../shared/field-labels.js";

export const TIP_ACTIVITY_FIELDS = {
  kind: KIND_FIELD,
  ...HEAD_FIELDS,
  receivedAt: { vi: "Thời điểm tiếp nhận", en: "Received at" },
  channel: { vi: "Hình thức tiếp nhận", en: "Channel" },
  tipKind: { vi: "Loại nguồn tin", en: "Kind of tip" },
  category: { vi: "Loại vụ việc", en: "Incident category" },
  verified: { vi: "Đã xác minh đúng sự thật", en: "Verified" },
  ledToIncidentId: { vi: "Mã vụ việc phát sinh", en: "Incident id" },
  ...TAIL_FIELDS,
} as const satisfies Readonly<Record<string, Label>>;
