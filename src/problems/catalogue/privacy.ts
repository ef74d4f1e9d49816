// The problems of personal data: consent records of team members and households, and the
// options of antt/privacy's redaction. Numbers 920–939.
import type { ProblemEntries } from "../types.js";

export const PRIVACY_PROBLEMS = {
  "consent-withdrawn-before-given": {
    id: "ANTT-E920",
    severity: "error",
    title: { vi: "Rút lại sự đồng ý trước ngày đồng ý", en: "Consent withdrawn before given" },
    description: {
      vi: "Ngày rút lại sự đồng ý (`withdrawnOn`) sớm hơn ngày đồng ý (`givenOn`). Đối chiếu văn bản đồng ý của người dân và sửa lại một trong hai ngày.",
      en: "The day the consent was withdrawn (withdrawnOn) is before the day it was given (givenOn). Correct one of the two days from the person's signed consent.",
    },
  },
  "consent-recipient-repeated": {
    id: "ANTT-E921",
    severity: "error",
    title: { vi: "Tổ chức được ghi hai lần", en: "Organisation listed twice" },
    description: {
      vi: "Danh sách tổ chức được xem thông tin (`shareWith`) ghi một tổ chức hai lần. Xóa dòng lặp.",
      en: "The organisations the person lets see their details (shareWith) name one organisation twice. Delete the repeat.",
    },
  },
  "unknown-sharing-level": {
    id: "ANTT-E922",
    severity: "error",
    title: { vi: "Mức chia sẻ không hợp lệ", en: "Unknown sharing level" },
    description: {
      vi: "Mức chia sẻ truyền cho `redact` không phải `public` (công khai), `agency` (cơ quan khác) hay `internal` (nội bộ). Chọn một trong ba mức.",
      en: "The level given to `redact` is not `public`, `agency` or `internal`. Use one of the three.",
    },
  },
  "unknown-consent-recipient": {
    id: "ANTT-E923",
    severity: "error",
    title: { vi: "Tổ chức nhận không hợp lệ", en: "Unknown recipient" },
    description: {
      vi: "Tổ chức nhận dữ liệu (`recipient`) truyền cho `redact` không có trong danh mục tổ chức của sự đồng ý (police, commune, front, team). Chọn một mã trong danh mục.",
      en: "The recipient given to `redact` is not an organisation of the consent code list (police, commune, front, team). Use one of its codes.",
    },
  },
  "invalid-day": {
    id: "ANTT-E924",
    severity: "error",
    title: { vi: "Ngày không hợp lệ", en: "Invalid day" },
    description: {
      vi: "Ngày truyền cho `redact` (`options.on`) không phải một ngày có thật dạng YYYY-MM-DD. Sửa lại ngày.",
      en: "The day given to `redact` (options.on) is not a real day written YYYY-MM-DD. Correct it.",
    },
  },
  "personal-data-after-withdrawal": {
    id: "ANTT-W920",
    severity: "warning",
    title: {
      vi: "Còn lưu thông tin cá nhân sau khi rút lại sự đồng ý",
      en: "Personal data kept after consent was withdrawn",
    },
    description: {
      vi: "Người dân đã rút lại sự đồng ý nhưng bộ dữ liệu vẫn lưu họ tên, địa chỉ hoặc số điện thoại của họ. Xóa các thông tin đó, trừ khi có căn cứ pháp lý khác để tiếp tục xử lý; `redact` luôn bỏ chúng khi chia sẻ.",
      en: "The person withdrew their consent but the dataset still holds their name, address or phone. Delete those details unless another legal basis allows keeping them; `redact` always leaves them out of what it shares.",
    },
  },
} as const satisfies ProblemEntries;
