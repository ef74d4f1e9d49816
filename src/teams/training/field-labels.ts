// Internal: the Vietnamese and English labels of the fields of a team's training or drill,
// as people write them on registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../../core/labels.js";

export const TEAM_TRAINING_FIELDS = {
  kind: { vi: "Tập huấn hay diễn tập", en: "Training or drill" },
  heldOn: { vi: "Ngày tổ chức", en: "Held on" },
  level: { vi: "Cấp tổ chức", en: "Organising level" },
  participants: { vi: "Số người tham gia", en: "Participants" },
  topic: { vi: "Nội dung", en: "Topic" },
  scenarioScale: { vi: "Quy mô tình huống diễn tập", en: "Scenario scale" },
  activityId: { vi: "Mã hoạt động diễn tập, tập huấn", en: "Activity id" },
  note: { vi: "Ghi chú", en: "Note" },
} as const satisfies Readonly<Record<string, Label>>;
