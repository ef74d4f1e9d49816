// The problems only the spreadsheet and CSV import reports (antt/io): cells that hold no
// value of their column's kind, headers of no column, unit names that cannot be resolved.
// Numbers 800–829.
import type { ProblemEntries } from "../types.js";

export const IO_PROBLEMS = {
  "import-not-a-number": {
    id: "ANTT-E800",
    severity: "error",
    title: { vi: "Ô không chứa số", en: "Not a number" },
    description: {
      vi: "Cột cần một số nhưng ô chứa chữ. Ghi số như 1.234.567, 12,5 hoặc 12,5 triệu; có thể kèm đ hoặc đồng.",
      en: "The column needs a number but the cell holds text. Write it as 1.234.567, 12,5 or 12,5 triệu; đ or đồng may follow.",
    },
  },
  "import-not-a-boolean": {
    id: "ANTT-E801",
    severity: "error",
    title: { vi: "Ô không phải Có/Không", en: "Not yes or no" },
    description: {
      vi: "Cột cần Có hoặc Không. Ghi Có, x hoặc 1 cho có; Không, 0 hoặc để trống cho không biết.",
      en: "The column needs yes or no. Write Có, x or 1 for yes and Không or 0 for no; leave it empty when unknown.",
    },
  },
  "import-not-a-date": {
    id: "ANTT-E802",
    severity: "error",
    title: { vi: "Ô không chứa ngày hợp lệ", en: "Not a date" },
    description: {
      vi: "Cột cần một ngày nhưng ô không đọc được thành ngày, hoặc ngày không có thật (31/02). Ghi theo dạng ngày/tháng/năm, ví dụ 07/03/2024, hoặc định dạng ô là ngày.",
      en: "The column needs a date but the cell is not one, or the day does not exist (31/02). Write day/month/year, such as 07/03/2024, or format the cell as a date.",
    },
  },
  "import-unknown-code": {
    id: "ANTT-E803",
    severity: "error",
    title: { vi: "Giá trị không có trong danh mục", en: "Not in the code list" },
    description: {
      vi: "Ô chứa một giá trị không có trong danh mục của cột. Chọn một mục trong danh sách thả xuống của mẫu, bằng tên hoặc mã.",
      en: "The cell holds a value that is not in the column's code list. Choose an item of the template's drop-down list, by label or by code.",
    },
  },
  "import-cell-error": {
    id: "ANTT-E804",
    severity: "error",
    title: { vi: "Ô có lỗi", en: "Cell error" },
    description: {
      vi: "Ô chứa lỗi công thức (#VALUE!, #REF!...) hoặc giá trị không đọc được. Sửa công thức hoặc ghi giá trị trực tiếp.",
      en: "The cell holds a formula error (#VALUE!, #REF!...) or a value that cannot be read. Correct the formula or write the value itself.",
    },
  },
  "import-unit-ambiguous": {
    id: "ANTT-E805",
    severity: "error",
    title: { vi: "Tên đơn vị trùng nhiều đơn vị", en: "Ambiguous unit name" },
    description: {
      vi: "Tên đơn vị trong ô khớp với nhiều đơn vị hành chính; thông báo liệt kê từng đơn vị. Ghi mã đơn vị, hoặc ghi rõ loại (xã, phường) để chọn một đơn vị.",
      en: "The unit name in the cell matches several administrative units; the message lists them. Write the unit's code, or its type word (xã, phường) to choose one.",
    },
  },
  "import-unit-unknown": {
    id: "ANTT-E806",
    severity: "error",
    title: { vi: "Không có đơn vị tên này", en: "Unknown unit name" },
    description: {
      vi: "Không có đơn vị hành chính nào mang tên trong ô. Kiểm tra chính tả, hoặc ghi mã đơn vị.",
      en: "No administrative unit bears the name in the cell. Check the spelling, or write the unit's code.",
    },
  },
  "import-unit-name-without-index": {
    id: "ANTT-E807",
    severity: "error",
    title: { vi: "Tên đơn vị mà không có danh mục đơn vị", en: "Unit name without a unit index" },
    description: {
      vi: "Ô ghi tên đơn vị thay cho mã, nhưng việc nhập không được cung cấp danh mục đơn vị hành chính để tra tên. Ghi mã đơn vị, hoặc nhập kèm danh mục đơn vị.",
      en: "The cell gives a unit's name in place of its code, but the import was given no unit index to look names up in. Write the code, or import with the unit index.",
    },
  },
  "import-no-header": {
    id: "ANTT-E808",
    severity: "error",
    title: { vi: "Không tìm thấy dòng tiêu đề", en: "No header row" },
    description: {
      vi: "Không dòng nào trong các dòng đầu có ít nhất hai tiêu đề cột của mẫu, nên không dòng nào được đọc. Dùng mẫu trống của thư viện, hoặc đặt tiêu đề cột ở dòng đầu.",
      en: "None of the first rows has at least two headers of the template, so no row was read. Start from the library's blank template, or put the headers in the first row.",
    },
  },
  "import-no-sheet": {
    id: "ANTT-E809",
    severity: "error",
    title: { vi: "Không có trang tính", en: "No such sheet" },
    description: {
      vi: "Tệp không có trang tính được yêu cầu. Kiểm tra tên trang tính.",
      en: "The workbook has no sheet of the name asked for. Check the sheet's name.",
    },
  },
  "import-unreadable-file": {
    id: "ANTT-E810",
    severity: "error",
    title: { vi: "Không đọc được tệp", en: "Unreadable file" },
    description: {
      vi: "Tệp không phải bảng tính XLSX hoặc đã hỏng. Mở tệp bằng Excel và lưu lại dưới dạng .xlsx.",
      en: "The file is not an XLSX workbook, or it is damaged. Open it in Excel and save it as .xlsx.",
    },
  },
  "import-csv-malformed": {
    id: "ANTT-E811",
    severity: "error",
    title: { vi: "Tệp CSV hỏng", en: "Malformed CSV" },
    description: {
      vi: "Tệp CSV có dấu ngoặc kép không đóng hoặc lỗi định dạng, nên phần sau chỗ lỗi không đọc được. Sửa dòng được chỉ ra, hoặc xuất lại tệp.",
      en: "The CSV file has an unclosed quote or another format error, so what follows it cannot be read. Correct the row shown, or export the file again.",
    },
  },
  "import-unknown-column": {
    id: "ANTT-W800",
    severity: "warning",
    title: { vi: "Cột không thuộc mẫu", en: "Unknown column" },
    description: {
      vi: "Tiêu đề cột không khớp cột nào của mẫu nên cột không được đọc. Sửa tiêu đề theo mẫu nếu cột cần được nhập.",
      en: "The column's header matches no column of the template, so the column is not read. Correct the header as the template writes it if the column is needed.",
    },
  },
  "import-duplicate-column": {
    id: "ANTT-W801",
    severity: "warning",
    title: { vi: "Cột trùng", en: "Repeated column" },
    description: {
      vi: "Hai cột cùng chỉ một trường; chỉ cột đầu tiên được đọc. Xóa hoặc đổi tên cột thừa.",
      en: "Two columns name the same field; only the first is read. Delete or rename the other.",
    },
  },
  "import-missing-column": {
    id: "ANTT-W802",
    severity: "warning",
    title: { vi: "Thiếu cột bắt buộc", en: "Missing required column" },
    description: {
      vi: "Tệp không có cột của một trường bắt buộc, nên mọi dòng sẽ báo thiếu giá trị. Thêm cột theo mẫu.",
      en: "The file has no column for a required field, so every row will lack it. Add the column as the template has it.",
    },
  },
  "import-time-assumed": {
    id: "ANTT-W803",
    severity: "warning",
    title: { vi: "Không có giờ", en: "Time assumed" },
    description: {
      vi: "Cột cần ngày và giờ nhưng ô chỉ có ngày; giờ được lấy là 00:00 giờ Việt Nam. Ghi thêm giờ nếu biết, ví dụ 07/03/2024 22:15.",
      en: "The column needs a date and a time but the cell has a date only; 00:00 Vietnam time is assumed. Add the time when known, such as 07/03/2024 22:15.",
    },
  },
} as const satisfies ProblemEntries;
