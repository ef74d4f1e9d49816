// The problems of the core's own rules: a period whose key does not name its days, and the
// app's own data (`ext`) with a forbidden key or too many keys. Numbers 150–199.
import type { ProblemEntries } from "../types.js";

export const CORE_PROBLEMS = {
  "invalid-period-key": {
    id: "ANTT-E151",
    severity: "error",
    title: { vi: "Mã kỳ báo cáo không hợp lệ", en: "Invalid period key" },
    description: {
      vi: "Mã kỳ (`key`) không phải một kỳ báo cáo có thật. Ghi mã kỳ theo một trong các dạng 2024, 2024-H1, 2024-Q1, 2024-03, 2024-W10, 2024-03-07 hoặc 2024-01-01..2024-06-30.",
      en: "The period key (`key`) names no real period. Write it in one of the forms 2024, 2024-H1, 2024-Q1, 2024-03, 2024-W10, 2024-03-07 or 2024-01-01..2024-06-30.",
    },
  },
  "period-key-mismatch": {
    id: "ANTT-E152",
    severity: "error",
    title: { vi: "Mã kỳ không khớp với ngày", en: "Period key does not match its days" },
    description: {
      vi: "Mã kỳ (`key`) chỉ một kỳ khác với loại kỳ (`unit`), ngày bắt đầu (`start`) hoặc ngày kết thúc (`end`) đã ghi. Sửa mã kỳ hoặc các ngày cho khớp nhau, tốt nhất là lập kỳ từ mã kỳ.",
      en: "The period key (`key`) names another period than the unit (`unit`), first day (`start`) or last day (`end`) given. Make them agree, best by building the period from its key.",
    },
  },
  "ext-proto-key": {
    id: "ANTT-E153",
    severity: "error",
    title: { vi: "Dùng khóa __proto__ trong dữ liệu riêng", en: "Key __proto__ in app data" },
    description: {
      vi: "Dữ liệu riêng của ứng dụng (`ext`) có khóa __proto__, khóa này bị cấm vì có thể làm sai lệch dữ liệu. Đổi tên khóa khác.",
      en: "The app's own data (`ext`) has the key __proto__, which is forbidden because it can corrupt data. Rename the key.",
    },
  },
  "ext-too-many-keys": {
    id: "ANTT-E154",
    severity: "error",
    title: { vi: "Dữ liệu riêng có quá nhiều khóa", en: "Too many keys in app data" },
    description: {
      vi: "Dữ liệu riêng của ứng dụng (`ext`) có hơn 64 khóa. Gộp hoặc bỏ bớt các khóa không cần thiết.",
      en: "The app's own data (`ext`) has more than 64 keys. Merge or drop the keys that are not needed.",
    },
  },
} as const satisfies ProblemEntries;
