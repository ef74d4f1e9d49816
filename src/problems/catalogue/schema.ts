// The problems any schema of the library can report through zod's own checks: a value of
// the wrong type, out of range, of the wrong form, not in a code list, an unknown field.
// Their codes are zod's (`invalid_type`...), kept as they are. Numbers 100–149.
import type { ProblemEntries } from "../types.js";

export const SCHEMA_PROBLEMS = {
  invalid_type: {
    id: "ANTT-E101",
    severity: "error",
    title: { vi: "Sai kiểu dữ liệu", en: "Wrong type of value" },
    description: {
      vi: "Giá trị không đúng loại mà trường yêu cầu: ví dụ ghi chữ vào ô phải là số, hoặc bỏ trống một trường bắt buộc. Ghi lại giá trị đúng loại.",
      en: "The value is not of the kind the field needs: text where a number is expected, for example, or a required field left empty. Enter a value of the right kind.",
    },
  },
  too_small: {
    id: "ANTT-E102",
    severity: "error",
    title: { vi: "Giá trị quá nhỏ hoặc quá ngắn", en: "Too small or too short" },
    description: {
      vi: "Số nhỏ hơn mức tối thiểu (ví dụ số âm ở ô đếm), chuỗi ký tự quá ngắn hoặc danh sách có ít mục hơn yêu cầu. Kiểm tra lại số liệu.",
      en: "A number below the minimum (a negative count, for example), text that is too short, or a list with fewer items than needed. Check the figure.",
    },
  },
  too_big: {
    id: "ANTT-E103",
    severity: "error",
    title: { vi: "Giá trị quá lớn hoặc quá dài", en: "Too big or too long" },
    description: {
      vi: "Số lớn hơn mức tối đa, chuỗi ký tự quá dài hoặc danh sách có quá nhiều mục. Kiểm tra lại số liệu, có thể do nhập thừa chữ số.",
      en: "A number above the maximum, text that is too long, or a list with too many items. Check the figure: a digit may have been typed twice.",
    },
  },
  invalid_format: {
    id: "ANTT-E104",
    severity: "error",
    title: { vi: "Sai định dạng", en: "Wrong format" },
    description: {
      vi: "Giá trị không đúng định dạng: ngày phải ghi dạng YYYY-MM-DD, thời điểm phải có múi giờ, mã đơn vị hành chính phải là mã số của Tổng cục Thống kê. Ghi lại theo định dạng được nêu trong thông báo.",
      en: "The value is not in the required form: days as YYYY-MM-DD, instants with a time zone, unit codes as the statistics office's digits. Write it in the form the message gives.",
    },
  },
  invalid_value: {
    id: "ANTT-E105",
    severity: "error",
    title: { vi: "Giá trị không có trong danh mục", en: "Not a code of the list" },
    description: {
      vi: "Giá trị không thuộc danh mục mã của trường này. Chọn một mã trong danh mục; thông báo gợi ý mã gần nhất khi có.",
      en: "The value is not one of the field's codes. Pick a code of the list; the message suggests the closest one where there is one.",
    },
  },
  unrecognized_keys: {
    id: "ANTT-E106",
    severity: "error",
    title: { vi: "Trường không có trong mẫu", en: "Unknown field" },
    description: {
      vi: "Bản ghi có một trường mà mẫu dữ liệu không có, thường do gõ sai tên trường. Sửa tên theo gợi ý hoặc bỏ trường đó; trường riêng của ứng dụng đặt trong `ext`.",
      en: "The record has a field the schema does not know, usually a misspelt name. Rename it as suggested or remove it; an app's own fields go in `ext`.",
    },
  },
  invalid_union: {
    id: "ANTT-E107",
    severity: "error",
    title: { vi: "Không khớp loại bản ghi nào", en: "Matches no kind of record" },
    description: {
      vi: "Giá trị không khớp với dạng nào được chấp nhận, thường do trường phân loại (như `kind`) sai hoặc thiếu. Kiểm tra trường phân loại.",
      en: "The value matches none of the accepted forms, usually because the field that tells them apart (such as `kind`) is wrong or missing. Check that field.",
    },
  },
  not_multiple_of: {
    id: "ANTT-E108",
    severity: "error",
    title: { vi: "Không phải bội số yêu cầu", en: "Not a multiple of the step" },
    description: {
      vi: "Số phải là bội số của một bước nhất định. Làm tròn theo bước được nêu.",
      en: "The number must be a multiple of a given step. Round it to that step.",
    },
  },
  invalid_key: {
    id: "ANTT-E109",
    severity: "error",
    title: { vi: "Khóa không hợp lệ", en: "Invalid key" },
    description: {
      vi: "Một khóa của bảng tra không hợp lệ. Sửa khóa theo thông báo.",
      en: "A key of a map is not valid. Correct the key as the message says.",
    },
  },
  invalid_element: {
    id: "ANTT-E110",
    severity: "error",
    title: { vi: "Phần tử không hợp lệ", en: "Invalid element" },
    description: {
      vi: "Một phần tử của tập hợp không hợp lệ. Sửa phần tử theo thông báo.",
      en: "An element of a set or map is not valid. Correct it as the message says.",
    },
  },
  custom: {
    id: "ANTT-E111",
    severity: "error",
    title: { vi: "Vi phạm quy tắc của lược đồ", en: "A rule of the schema is broken" },
    description: {
      vi: "Giá trị vi phạm một quy tắc riêng của lược đồ do ứng dụng tự khai báo. Đọc thông báo để biết quy tắc nào.",
      en: "The value breaks a rule an app added to its own schema. The message says which.",
    },
  },
} as const satisfies ProblemEntries;
