// Internal: the Vietnamese and English labels of the fields of contributions, expenses and
// what their money is for, as people write them on registers and spreadsheet headers. Not
// part of the public API.
import type { Label } from "../core/labels.js";

/** What the money is for, the field that tells the targets apart. */
const KIND: Label = { vi: "Đối tượng sử dụng kinh phí", en: "Funds for" };

export const FUNDS_MODEL_FIELDS = {
  kind: KIND,
  id: { vi: "Mã mô hình", en: "Model id" },
} as const satisfies Readonly<Record<string, Label>>;

export const FUNDS_MODEL_SITE_FIELDS = {
  kind: KIND,
  id: { vi: "Mã điểm mô hình", en: "Model site id" },
} as const satisfies Readonly<Record<string, Label>>;

export const FUNDS_CAMERAS_FIELDS = {
  kind: KIND,
  cameraIds: { vi: "Điểm camera", en: "Camera point" },
} as const satisfies Readonly<Record<string, Label>>;

export const FUNDS_TEAM_FIELDS = {
  kind: KIND,
  id: { vi: "Mã tổ", en: "Team id" },
} as const satisfies Readonly<Record<string, Label>>;

export const FUNDS_OTHER_FIELDS = {
  kind: KIND,
  description: { vi: "Nội dung sử dụng", en: "Description" },
} as const satisfies Readonly<Record<string, Label>>;

export const CONTRIBUTION_FIELDS = {
  id: { vi: "Mã khoản đóng góp", en: "Contribution id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  contributorKind: { vi: "Đối tượng đóng góp", en: "Contributor kind" },
  contributorName: { vi: "Tên người, đơn vị đóng góp", en: "Contributor name" },
  contributorCount: { vi: "Số người, hộ đóng góp", en: "Contributors" },
  amount: { vi: "Số tiền", en: "Amount" },
  inKind: { vi: "Đóng góp bằng hiện vật", en: "In kind" },
  receivedOn: { vi: "Ngày tiếp nhận", en: "Received on" },
  funds: { vi: "Sử dụng cho", en: "Funds" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App-specific data" },
} as const satisfies Readonly<Record<string, Label>>;

export const EXPENSE_FIELDS = {
  id: { vi: "Mã khoản chi", en: "Expense id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  amount: { vi: "Số tiền", en: "Amount" },
  spentOn: { vi: "Ngày chi", en: "Spent on" },
  purpose: { vi: "Nội dung chi", en: "Purpose" },
  source: { vi: "Nguồn kinh phí", en: "Source" },
  funds: { vi: "Sử dụng cho", en: "Funds" },
  payee: { vi: "Người, đơn vị nhận tiền", en: "Payee" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App-specific data" },
} as const satisfies Readonly<Record<string, Label>>;
