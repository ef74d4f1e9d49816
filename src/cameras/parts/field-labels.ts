// Internal: the Vietnamese and English labels of the fields of a camera point's parts (its
// funding, the owner's sharing commitment, its IP cameras), as people write them on
// registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../../core/labels.js";

export const CAMERA_FUNDING_FIELDS = {
  source: { vi: "Bên chi trả", en: "Paid by" },
  amount: { vi: "Số tiền", en: "Amount" },
} as const satisfies Readonly<Record<string, Label>>;

export const CAMERA_SHARING_COMMITMENT_FIELDS = {
  signedOn: { vi: "Ngày ký cam kết", en: "Signed on" },
  withdrawnOn: { vi: "Ngày rút cam kết", en: "Withdrawn on" },
} as const satisfies Readonly<Record<string, Label>>;

export const IP_CAMERA_FIELDS = {
  certifiedQcvn135: { vi: "Chứng nhận hợp quy QCVN 135", en: "Certified to QCVN 135" },
  defaultPasswordChanged: { vi: "Đã đổi mật khẩu mặc định", en: "Default password changed" },
} as const satisfies Readonly<Record<string, Label>>;
