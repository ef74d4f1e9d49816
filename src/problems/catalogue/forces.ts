// The problems of force strength records (lực lượng): the dates Law 30/2023/QH15 draws
// between the forces, and a force counted twice on one day. Numbers 850–899 (800–849 are
// kept for spreadsheet import).
import type { ProblemEntries } from "../types.js";

export const FORCE_PROBLEMS = {
  "force-before-law": {
    id: "ANTT-E851",
    severity: "error",
    title: {
      vi: "Lực lượng được thống kê trước khi thành lập",
      en: "Force counted before it was set up",
    },
    description: {
      vi: "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được thành lập từ ngày 01/07/2024 theo Luật 30/2023/QH15, nên không thể có số liệu trước ngày đó. Nếu là số liệu bảo vệ dân phố hoặc công an xã bán chuyên trách, hãy ghi đúng lực lượng; nếu ngày thống kê sai, hãy sửa ngày.",
      en: "The grassroots security and order protection force was set up on 1 July 2024 by Law 30/2023/QH15, so it has no count before that day. If the count is of the ward protection force or the part-time commune police, record that force; if the day is wrong, correct it.",
    },
  },
  "force-after-law": {
    id: "ANTT-E852",
    severity: "error",
    title: {
      vi: "Lực lượng được thống kê sau khi kết thúc",
      en: "Force counted after it ended",
    },
    description: {
      vi: "Bảo vệ dân phố và công an xã bán chuyên trách kết thúc hoạt động từ ngày 01/07/2024 (Luật 30/2023/QH15), được thay bằng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Số liệu từ ngày đó ghi cho lực lượng mới (grassroots-protection); nếu ngày thống kê sai, hãy sửa ngày.",
      en: "The ward protection force and the part-time commune police ended on 1 July 2024 (Law 30/2023/QH15), replaced by the grassroots security and order protection force. From that day, record counts for the new force (grassroots-protection); if the day is wrong, correct it.",
    },
  },
  "force-counted-twice": {
    id: "ANTT-E853",
    severity: "error",
    title: {
      vi: "Một lực lượng được thống kê hai lần trong một ngày",
      en: "Force counted twice on one day",
    },
    description: {
      vi: "Hai bản ghi cùng thống kê một lực lượng của cùng một đơn vị vào cùng một ngày. Báo cáo chỉ lấy số liệu mới nhất của mỗi lực lượng ở mỗi đơn vị, nên không biết lấy bản ghi nào. Hãy giữ một bản ghi, hoặc sửa ngày thống kê của bản ghi kia.",
      en: "Two records count the same force of the same unit on the same day. A report takes the latest count of each force in each unit, so it cannot tell which one stands. Keep one record, or correct the other's day.",
    },
  },
} as const satisfies ProblemEntries;
