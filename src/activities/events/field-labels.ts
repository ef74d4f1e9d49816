// Internal: the Vietnamese and English labels of the fields of mediations, outreach
// sessions, drills, trainings and awards, as people write them on registers and
// spreadsheet headers. Not part of the public API.
import type { Label } from "../../core/labels.js";
import { HEAD_FIELDS, KIND_FIELD, TAIL_FIELDS } from "../shared/field-labels.js";

export const MEDIATION_ACTIVITY_FIELDS = {
  kind: KIND_FIELD,
  ...HEAD_FIELDS,
  date: { vi: "Ngày hòa giải", en: "Date" },
  disputeKind: { vi: "Loại tranh chấp", en: "Kind of dispute" },
  outcome: { vi: "Kết quả hòa giải", en: "Outcome" },
  parties: { vi: "Số bên tranh chấp", en: "Parties" },
  ...TAIL_FIELDS,
} as const satisfies Readonly<Record<string, Label>>;

export const OUTREACH_ACTIVITY_FIELDS = {
  kind: KIND_FIELD,
  ...HEAD_FIELDS,
  date: { vi: "Ngày tuyên truyền", en: "Date" },
  audience: { vi: "Số lượt người nghe", en: "Audience" },
  topic: { vi: "Nội dung tuyên truyền", en: "Topic" },
  channel: { vi: "Hình thức tuyên truyền", en: "Channel" },
  ...TAIL_FIELDS,
} as const satisfies Readonly<Record<string, Label>>;

/** The labels of a drill's or a training's fields: the two kinds carry the same facts. */
export const EXERCISE_ACTIVITY_FIELDS = {
  kind: KIND_FIELD,
  ...HEAD_FIELDS,
  date: { vi: "Ngày tổ chức", en: "Date" },
  level: { vi: "Cấp tổ chức", en: "Level" },
  participants: { vi: "Số người tham gia", en: "Participants" },
  topic: { vi: "Nội dung", en: "Topic" },
  ...TAIL_FIELDS,
} as const satisfies Readonly<Record<string, Label>>;

/** The labels of a drill's fields: those of an exercise, and the scale of its scenario. */
export const DRILL_ACTIVITY_FIELDS = {
  kind: KIND_FIELD,
  ...HEAD_FIELDS,
  date: { vi: "Ngày tổ chức", en: "Date" },
  level: { vi: "Cấp tổ chức", en: "Level" },
  participants: { vi: "Số người tham gia", en: "Participants" },
  topic: { vi: "Nội dung", en: "Topic" },
  scenarioScale: { vi: "Quy mô tình huống diễn tập", en: "Scenario scale" },
  ...TAIL_FIELDS,
} as const satisfies Readonly<Record<string, Label>>;

export const AWARD_ACTIVITY_FIELDS = {
  kind: KIND_FIELD,
  ...HEAD_FIELDS,
  date: { vi: "Ngày quyết định khen thưởng", en: "Date of the decision" },
  recipientKind: { vi: "Đối tượng được khen thưởng", en: "Kind of recipient" },
  recipientName: { vi: "Tên người, tập thể được khen", en: "Recipient" },
  recipientId: { vi: "Mã người, tập thể được khen", en: "Recipient id" },
  level: { vi: "Cấp khen thưởng", en: "Level" },
  form: { vi: "Hình thức khen thưởng", en: "Form" },
  amountVnd: { vi: "Số tiền thưởng", en: "Cash amount" },
  decisionRef: { vi: "Số quyết định khen thưởng", en: "Decision number" },
  ...TAIL_FIELDS,
} as const satisfies Readonly<Record<string, Label>>;
