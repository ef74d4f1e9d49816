// The problems of activity records that their own rules find (cross-field rules of the
// activity kinds: patrols, ambushes, awards). Numbers 450–499.
import type { ProblemEntries } from "../types.js";

export const ACTIVITY_PROBLEMS = {
  "activity-ended-before-start": {
    id: "ANTT-E451",
    severity: "error",
    title: { vi: "Kết thúc không sau lúc bắt đầu", en: "Ends before it starts" },
    description: {
      vi: "Thời điểm kết thúc ca tuần tra hoặc mật phục (`endedAt`) không sau thời điểm bắt đầu (`startedAt`). Kiểm tra lại giờ và ngày; ca qua nửa đêm thì ngày kết thúc là ngày hôm sau.",
      en: "The patrol or ambush ends (endedAt) at or before it starts (startedAt). Check the hours and the day; a shift past midnight ends on the next day.",
    },
  },
  "award-cash-without-amount": {
    id: "ANTT-E452",
    severity: "error",
    title: { vi: "Thưởng tiền nhưng thiếu số tiền", en: "Cash award without an amount" },
    description: {
      vi: "Hình thức khen thưởng là tiền thưởng nhưng không ghi số tiền, hoặc ghi 0 đồng. Ghi số tiền thưởng theo quyết định khen thưởng (`amountVnd`).",
      en: "The award is in cash but its amount is missing or 0 đồng. Enter the amount (amountVnd) from the award decision.",
    },
  },
} as const satisfies ProblemEntries;
