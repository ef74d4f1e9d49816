// Internal: the Vietnamese and English labels of the fields of a team's households,
// members and counts by role, as people write them on registers and spreadsheet headers.
// Not part of the public API.
import type { Label } from "../../core/labels.js";

export const TEAM_HOUSEHOLD_FIELDS = {
  id: { vi: "Mã hộ", en: "Household id" },
  headName: { vi: "Họ tên chủ hộ", en: "Head of household" },
  address: { vi: "Địa chỉ", en: "Address" },
  phone: { vi: "Số điện thoại", en: "Phone" },
  consent: { vi: "Sự đồng ý xử lý dữ liệu cá nhân", en: "Consent" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;

export const TEAM_CONSENT_FIELDS = {
  givenOn: { vi: "Ngày đồng ý", en: "Consent given on" },
  withdrawnOn: { vi: "Ngày rút lại sự đồng ý", en: "Consent withdrawn on" },
  shareWith: { vi: "Tổ chức được xem thông tin", en: "May be shared with" },
} as const satisfies Readonly<Record<string, Label>>;

export const TEAM_MEMBER_FIELDS = {
  id: { vi: "Mã thành viên", en: "Member id" },
  name: { vi: "Họ và tên", en: "Full name" },
  role: { vi: "Chức danh", en: "Role" },
  phone: { vi: "Số điện thoại", en: "Phone" },
  trainedOn: { vi: "Ngày tập huấn gần nhất", en: "Latest training" },
  consent: { vi: "Sự đồng ý xử lý dữ liệu cá nhân", en: "Consent" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;

export const TEAM_MEMBER_COUNTS_FIELDS = {
  leader: { vi: "Số tổ trưởng", en: "Leaders" },
  deputy: { vi: "Số tổ phó", en: "Deputies" },
  member: { vi: "Số tổ viên", en: "Members" },
} as const satisfies Readonly<Record<string, Label>>;
