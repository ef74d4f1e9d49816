// Internal: the Vietnamese and English labels of the fields of patrols and ambushes, as
// people write them on registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../../core/labels.js";
import { HEAD_FIELDS, KIND_FIELD, TAIL_FIELDS } from "../shared/field-labels.js";

/** The labels of a patrol's or an ambush's fields: the two kinds carry the same facts. */
export const WATCH_ACTIVITY_FIELDS = {
  kind: KIND_FIELD,
  ...HEAD_FIELDS,
  startedAt: { vi: "Thời điểm bắt đầu", en: "Started at" },
  endedAt: { vi: "Thời điểm kết thúc", en: "Ended at" },
  participants: { vi: "Số người tham gia", en: "Participants" },
  directedByCamera: { vi: "Tuần tra theo camera", en: "Directed by camera" },
  incidentsFound: { vi: "Số vụ việc, vi phạm phát hiện", en: "Incidents found" },
  suspectsApprehended: { vi: "Số đối tượng bắt giữ", en: "Suspects apprehended" },
  subjectsByCategory: {
    vi: "Số đối tượng phát hiện, xử lý theo loại vi phạm",
    en: "People found or handled, by category",
  },
  ...TAIL_FIELDS,
} as const satisfies Readonly<Record<string, Label>>;
