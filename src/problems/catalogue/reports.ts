// The warnings a unit's report carries (ReportWarning: what its reader should know before
// trusting a figure) and the errors that stop a report from being built (UnitReportError).
// Numbers 750–799.
import type { ProblemEntries } from "../types.js";

export const REPORT_PROBLEMS = {
  "period-not-covered": {
    id: "ANTT-W751",
    severity: "warning",
    title: { vi: "Dữ liệu không gồm kỳ báo cáo", en: "Data does not cover the period" },
    description: {
      vi: "Khoảng thời gian bộ dữ liệu ghi nhận (`covers`) không có ngày nào của kỳ báo cáo, nên số liệu của kỳ có thể thiếu hoàn toàn. Nạp dữ liệu của kỳ hoặc sửa khoảng thời gian `covers` của bộ dữ liệu.",
      en: "The days the dataset covers (`covers`) include none of the report's period, so its figures may be missing altogether. Load the period's records, or correct the dataset's `covers`.",
    },
  },
  "period-partly-covered": {
    id: "ANTT-W752",
    severity: "warning",
    title: { vi: "Dữ liệu chỉ gồm một phần kỳ báo cáo", en: "Data covers part of the period" },
    description: {
      vi: "Khoảng thời gian bộ dữ liệu ghi nhận (`covers`) chỉ gồm một phần kỳ báo cáo, nên số liệu của kỳ có thể chưa đầy đủ. Nạp thêm dữ liệu còn thiếu hoặc ghi rõ trong báo cáo.",
      en: "The days the dataset covers (`covers`) include only part of the report's period, so its figures may be incomplete. Load the missing records, or say so in the report.",
    },
  },
  "comparison-not-covered": {
    id: "ANTT-W753",
    severity: "warning",
    title: { vi: "Dữ liệu không gồm kỳ so sánh", en: "Data does not cover the comparison" },
    description: {
      vi: "Khoảng thời gian bộ dữ liệu ghi nhận (`covers`) không có ngày nào của kỳ so sánh, nên các số tăng, giảm so với kỳ đó không đáng tin cậy. Nạp dữ liệu của kỳ so sánh hoặc bỏ phần so sánh.",
      en: "The days the dataset covers (`covers`) include none of the comparison period, so the changes from it cannot be trusted. Load that period's records, or leave the comparison out.",
    },
  },
  "comparison-partly-covered": {
    id: "ANTT-W754",
    severity: "warning",
    title: { vi: "Dữ liệu chỉ gồm một phần kỳ so sánh", en: "Data covers part of the comparison" },
    description: {
      vi: "Khoảng thời gian bộ dữ liệu ghi nhận (`covers`) chỉ gồm một phần kỳ so sánh, nên các số tăng, giảm so với kỳ đó không đáng tin cậy. Nạp thêm dữ liệu của kỳ so sánh.",
      en: "The days the dataset covers (`covers`) include only part of the comparison period, so the changes from it cannot be trusted. Load the rest of that period's records.",
    },
  },
  "unit-not-valid-in-period": {
    id: "ANTT-W755",
    severity: "warning",
    title: { vi: "Đơn vị không tồn tại trong kỳ", en: "Unit not valid in the period" },
    description: {
      vi: "Đơn vị được lập báo cáo không có hiệu lực trong kỳ báo cáo (đã sáp nhập, giải thể hoặc chưa thành lập); các bản ghi mang mã đơn vị này vẫn được tính. Kiểm tra lại mã đơn vị, hoặc lập báo cáo cho đơn vị có hiệu lực trong kỳ.",
      en: "The unit reported on was not valid in the period (merged, dissolved or not yet created); records under its code are still counted. Check the code, or report on the unit valid in the period.",
    },
  },
  "unknown-unit-codes": {
    id: "ANTT-W756",
    severity: "warning",
    title: { vi: "Bản ghi có mã đơn vị không rõ", en: "Records with unknown unit codes" },
    description: {
      vi: "Một số bản ghi mang mã đơn vị không có trong danh sách đơn vị của bộ dữ liệu nên không được tính vào báo cáo. Sửa mã đơn vị của các bản ghi đó, hoặc bổ sung đơn vị vào danh sách.",
      en: "Some records name unit codes that are not among the dataset's units, so they are not counted. Correct those records' unit codes, or add the units to the list.",
    },
  },
  "admin-index-problems": {
    id: "ANTT-W757",
    severity: "warning",
    title: { vi: "Danh sách đơn vị có lỗi", en: "The unit list has problems" },
    description: {
      vi: "Danh sách đơn vị hành chính hoặc liên kết sắp xếp của bộ dữ liệu có lỗi, nên việc xếp bản ghi vào đơn vị có thể sai. Xem và sửa các lỗi của danh sách đơn vị trước khi dùng số liệu.",
      en: "The dataset's units or succession links have problems, so records may be placed under the wrong unit. Review and correct the unit list's problems before using the figures.",
    },
  },
  "completeness-differs": {
    id: "ANTT-W758",
    severity: "warning",
    title: { vi: "Mức đầy đủ khác nhau giữa hai kỳ", en: "Completeness differs between periods" },
    description: {
      vi: "Các loại bản ghi được xác nhận đầy đủ ở kỳ báo cáo khác với kỳ so sánh, nên số tăng, giảm có thể do cách ghi nhận chứ không do tình hình thực tế. Xác nhận đầy đủ cùng các loại bản ghi cho cả hai kỳ, hoặc ghi chú khi báo cáo.",
      en: "The records declared complete differ between the period and the comparison period, so a change may come from what was recorded, not from what happened. Declare the same collections complete for both, or note it in the report.",
    },
  },
  "invalid-period": {
    id: "ANTT-E759",
    severity: "error",
    title: { vi: "Kỳ báo cáo không hợp lệ", en: "Invalid report period" },
    description: {
      vi: "Kỳ báo cáo yêu cầu không phải một kỳ có thật nên không lập được báo cáo. Ghi kỳ theo dạng 2024, 2024-H1, 2024-Q1, 2024-03 hoặc 2024-01-01..2024-06-30.",
      en: "The period asked for is not a real period, so no report was built. Give it as 2024, 2024-H1, 2024-Q1, 2024-03 or 2024-01-01..2024-06-30.",
    },
  },
  "invalid-comparison": {
    id: "ANTT-E760",
    severity: "error",
    title: { vi: "Kỳ so sánh không hợp lệ", en: "Invalid comparison period" },
    description: {
      vi: "Kỳ so sánh yêu cầu không phải một kỳ có thật nên không lập được báo cáo. Chọn cùng kỳ năm trước, kỳ liền trước, hoặc ghi một kỳ theo dạng 2023, 2023-H1, 2023-Q4.",
      en: "The comparison period asked for is not a real period, so no report was built. Pick the same period last year, the period before, or give a period such as 2023, 2023-H1 or 2023-Q4.",
    },
  },
} as const satisfies ProblemEntries;
