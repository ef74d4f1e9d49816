// The problems only the command line (`npx antt …`) reports: arguments it cannot act on,
// files it cannot read or write. Numbers 840–849.
import type { ProblemEntries } from "../types.js";

export const CLI_PROBLEMS = {
  "cli-missing-file": {
    id: "ANTT-E840",
    severity: "error",
    title: { vi: "Không tìm thấy tệp", en: "File not found" },
    description: {
      vi: "Tệp ghi trong lệnh không có hoặc không đọc được. Kiểm tra đường dẫn và quyền đọc tệp.",
      en: "A file named on the command line does not exist or cannot be read. Check its path and that it can be read.",
    },
  },
  "cli-wrong-format": {
    id: "ANTT-E841",
    severity: "error",
    title: { vi: "Định dạng tệp không phù hợp", en: "Wrong file format" },
    description: {
      vi: "Lệnh không đọc hoặc ghi được định dạng này. Dùng JSON, NDJSON, CSV hoặc XLSX cho dữ liệu; tên tệp nên có đuôi đúng định dạng.",
      en: "The command does not read or write this format. Use JSON, NDJSON, CSV or XLSX for data; name the file with the extension of its format.",
    },
  },
  "cli-unknown-unit": {
    id: "ANTT-E842",
    severity: "error",
    title: { vi: "Không có đơn vị này", en: "Unknown unit" },
    description: {
      vi: "Mã hoặc tên đơn vị không có trong danh sách đơn vị của bộ dữ liệu (hoặc trong bảng đơn vị hành chính). Tra mã bằng `antt units find <tên>`.",
      en: "The unit code or name is not among the dataset's units (or the table of administrative units). Look the code up with `antt units find <name>`.",
    },
  },
  "cli-ambiguous-unit": {
    id: "ANTT-E843",
    severity: "error",
    title: { vi: "Tên đơn vị trùng nhiều đơn vị", en: "Ambiguous unit name" },
    description: {
      vi: 'Nhiều đơn vị có cùng tên này. Ghi mã đơn vị, hoặc thêm loại đơn vị vào tên ("Huyện Thọ Xuân").',
      en: 'Several units have this name. Give the unit\'s code, or put its type in the name ("Huyện Thọ Xuân").',
    },
  },
  "cli-unknown-kind": {
    id: "ANTT-E844",
    severity: "error",
    title: { vi: "Không có loại bản ghi này", en: "Unknown record kind" },
    description: {
      vi: "Loại bản ghi (hoặc tên mẫu) ghi trong lệnh không có. Lệnh liệt kê các loại có thể dùng.",
      en: "The record kind (or schema name) given is not one the command knows. The message lists the ones it does.",
    },
  },
  "cli-invalid-period": {
    id: "ANTT-E845",
    severity: "error",
    title: { vi: "Kỳ báo cáo không hợp lệ", en: "Invalid period" },
    description: {
      vi: "Kỳ báo cáo hoặc kỳ so sánh viết sai. Viết năm (2024), 6 tháng (2024-H1), quý (2024-Q3) hoặc tháng (2024-03).",
      en: "The reporting or comparison period is not written as one. Write a year (2024), a half (2024-H1), a quarter (2024-Q3) or a month (2024-03).",
    },
  },
  "cli-usage": {
    id: "ANTT-E846",
    severity: "error",
    title: { vi: "Lệnh viết sai", en: "Usage error" },
    description: {
      vi: "Thiếu tham số, tuỳ chọn không có hoặc giá trị tuỳ chọn sai. Xem `antt <lệnh> --help`.",
      en: "A missing argument, an unknown option or a wrong option value. See `antt <command> --help`.",
    },
  },
  "cli-write-failed": {
    id: "ANTT-E847",
    severity: "error",
    title: { vi: "Không ghi được tệp kết quả", en: "Cannot write the output file" },
    description: {
      vi: "Không ghi được tệp kết quả (thư mục không có, không có quyền ghi, hết chỗ trống). Tệp cũ, nếu có, được giữ nguyên.",
      en: "The output file could not be written (no such folder, no permission, no space left). An earlier file of that name is left as it was.",
    },
  },
  "cli-not-available": {
    id: "ANTT-E848",
    severity: "error",
    title: { vi: "Chức năng chưa có", en: "Not available" },
    description: {
      vi: "Bản cài đặt này chưa có phần đọc bảng tính hoặc xuất văn bản mà lệnh cần.",
      en: "This installation does not have the spreadsheet or document part the command needs.",
    },
  },
  "cli-interrupted": {
    id: "ANTT-E849",
    severity: "error",
    title: { vi: "Đã dừng theo yêu cầu", en: "Interrupted" },
    description: {
      vi: "Lệnh bị dừng (Ctrl-C) trước khi xong. Không có tệp kết quả dở dang nào được để lại; tệp cũ, nếu có, được giữ nguyên.",
      en: "The command was stopped (Ctrl-C) before it finished. No half-written output file is left; an earlier file of that name is left as it was.",
    },
  },
} as const satisfies ProblemEntries;
