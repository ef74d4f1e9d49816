// The problems of contribution and expense records that their own rules find (cross-field
// rules of FundsTargetSchema, what the money is for). Numbers 350–399.
import type { ProblemEntries } from "../types.js";

export const FUNDING_PROBLEMS = {
  "funds-camera-repeated": {
    id: "ANTT-E351",
    severity: "error",
    title: { vi: "Điểm camera được chi bị lặp", en: "Camera funded twice in one record" },
    description: {
      vi: "Cùng một mã điểm camera được ghi hai lần trong danh sách camera mà khoản đóng góp hoặc khoản chi sử dụng cho. Mỗi điểm camera chỉ ghi một lần; số tiền không chia theo từng camera nên xóa mục lặp là đủ.",
      en: "The same camera point id is listed twice among the cameras a contribution or an expense is for. List each point once; the amount is not split among them, so deleting the repeat is enough.",
    },
  },
} as const satisfies ProblemEntries;
