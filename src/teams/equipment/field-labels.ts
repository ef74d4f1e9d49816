// Internal: the Vietnamese and English labels of the fields of a team's equipment and chat
// group, as people write them on registers and spreadsheet headers. Not part of the
// public API.
import type { Label } from "../../core/labels.js";

export const TEAM_EQUIPMENT_FIELDS = {
  kind: { vi: "Loại trang bị", en: "Kind of equipment" },
  name: { vi: "Tên trang bị", en: "Equipment name" },
  count: { vi: "Số lượng", en: "Count" },
} as const satisfies Readonly<Record<string, Label>>;

export const TEAM_CHAT_GROUP_FIELDS = {
  platform: { vi: "Nền tảng", en: "Platform" },
  name: { vi: "Tên nhóm", en: "Group name" },
  memberCount: { vi: "Số tài khoản trong nhóm", en: "Accounts in the group" },
} as const satisfies Readonly<Record<string, Label>>;
