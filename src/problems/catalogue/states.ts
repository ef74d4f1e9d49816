// The problems of summary states that cross a boundary (parseState: a file, a worker, a
// network) and of the report submissions of units below (mergeSubmissions). Numbers
// 700–749.
import type { ProblemEntries } from "../types.js";

export const STATE_PROBLEMS = {
  "not-a-state": {
    id: "ANTT-E701",
    severity: "error",
    title: { vi: "Không phải gói trạng thái", en: "Not a state envelope" },
    description: {
      vi: "Dữ liệu nhận được không phải gói trạng thái { kind, version, state } do exportState tạo ra. Gửi lại đúng tệp trạng thái đã xuất.",
      en: "The input is not a state envelope { kind, version, state } as exportState writes it. Send the exported state file again.",
    },
  },
  "foreign-state": {
    id: "ANTT-E702",
    severity: "error",
    title: { vi: "Trạng thái của bộ tổng hợp khác", en: "State of another aggregator" },
    description: {
      vi: "Gói trạng thái thuộc một loại tổng hợp khác (`kind`), ví dụ trạng thái tổng hợp camera đưa vào phép đếm vụ việc. Dùng đúng bộ tổng hợp đã tạo ra trạng thái, hoặc gửi đúng tệp.",
      en: "The state is of another kind of aggregation (`kind`), such as a camera summary given to an incident count. Use the aggregator that made it, or send the right file.",
    },
  },
  "state-version": {
    id: "ANTT-E703",
    severity: "error",
    title: { vi: "Phiên bản trạng thái không đọc được", en: "Unsupported state version" },
    description: {
      vi: "Gói trạng thái có phiên bản (`version`) khác phiên bản mà thư viện này đọc, thường do hai đơn vị dùng hai phiên bản phần mềm khác nhau. Cập nhật phần mềm cho cùng phiên bản rồi xuất lại trạng thái.",
      en: "The state's version (`version`) is not the one this release reads, usually because two units run different releases. Update to the same release and export the state again.",
    },
  },
  "tampered-state": {
    id: "ANTT-E704",
    severity: "error",
    title: { vi: "Trạng thái bị sửa đổi hoặc hỏng", en: "Tampered or corrupt state" },
    description: {
      vi: "Nội dung trạng thái không đúng cấu trúc của bộ tổng hợp: số đếm ghi dạng chữ hoặc số âm, thiếu hay thừa trường, một nhóm xuất hiện hai lần, tử số lớn hơn mẫu số. Không sửa tay tệp trạng thái; xuất lại từ dữ liệu gốc.",
      en: "The state does not have the aggregator's structure: a count written as text or negative, a field missing or extra, a group twice, a numerator above its denominator. Never edit a state by hand; export it again from the records.",
    },
  },
  "invalid-submission": {
    id: "ANTT-E705",
    severity: "error",
    title: { vi: "Báo cáo gửi lên không hợp lệ", en: "Invalid submission" },
    description: {
      vi: "Một báo cáo gửi lên không đúng mẫu, trạng thái báo cáo bên trong không đọc được, hoặc trạng thái thuộc đơn vị khác với đơn vị ghi ở báo cáo. Đề nghị đơn vị cấp dưới lập và gửi lại báo cáo; các lỗi cụ thể có trong danh sách kèm theo.",
      en: "A submission is not of the submission form, its report state cannot be read, or the state is of another unit than the submission says. Ask the unit below to make and send it again; the issues listed say what is wrong.",
    },
  },
  "duplicate-submission": {
    id: "ANTT-E706",
    severity: "error",
    title: { vi: "Hai báo cáo của cùng một đơn vị", en: "Two submissions of one unit" },
    description: {
      vi: "Có hai báo cáo gửi lên của cùng một đơn vị cho cùng kỳ báo cáo. Giữ lại bản mới nhất và bỏ bản còn lại trước khi tổng hợp.",
      en: "Two submissions are of the same unit for the same period. Keep the latest and drop the other before merging.",
    },
  },
  "different-options": {
    id: "ANTT-E707",
    severity: "error",
    title: { vi: "Báo cáo gửi lên khác kỳ", en: "Submission of another period" },
    description: {
      vi: "Một báo cáo gửi lên được lập cho kỳ báo cáo hoặc kỳ so sánh khác với kỳ đang tổng hợp. Đề nghị đơn vị cấp dưới lập lại báo cáo đúng kỳ.",
      en: "A submission was made for another period or comparison period than the one being merged. Ask the unit below for a report of the right period.",
    },
  },
} as const satisfies ProblemEntries;
