// The problems of administrative units: the rules of a unit record (200–212), the
// problems an AdminIndex finds across units and succession links (213–249), and those the
// loaders of official files report (250–299).
import type { ProblemEntries } from "../types.js";

export const ADMIN_PROBLEMS = {
  "unit-code-wrong-level": {
    id: "ANTT-E201",
    severity: "error",
    title: { vi: "Mã đơn vị không đúng cấp", en: "Unit code does not fit its level" },
    description: {
      vi: "Mã đơn vị (`code`) không đúng dạng của cấp hành chính đã ghi (`level`): cấp tỉnh 2 chữ số, cấp huyện 3 chữ số, cấp xã 5 chữ số, thôn, tổ dân phố là mã xã, dấu chấm và mã thôn (15532.thon-3). Sửa mã hoặc cấp cho đúng.",
      en: "The unit code (`code`) does not have the form of its level (`level`): 2 digits for a province, 3 for a district, 5 for a commune, the commune code, a dot and a local part for a village (15532.thon-3). Correct the code or the level.",
    },
  },
  "unit-type-wrong-level": {
    id: "ANTT-E202",
    severity: "error",
    title: { vi: "Loại đơn vị không thuộc cấp này", en: "Unit type of another level" },
    description: {
      vi: "Loại đơn vị hành chính (`type`) thuộc một cấp khác với cấp đã ghi (`level`), ví dụ ghi phường cho đơn vị cấp huyện. Chọn loại đơn vị đúng cấp hoặc sửa cấp.",
      en: "The unit type (`type`) belongs to another level than the one given (`level`), such as a ward given for a district. Pick a type of that level or correct the level.",
    },
  },
  "province-has-parent": {
    id: "ANTT-E203",
    severity: "error",
    title: { vi: "Đơn vị cấp tỉnh có đơn vị cấp trên", en: "Province with a parent unit" },
    description: {
      vi: "Tỉnh, thành phố trực thuộc trung ương không có đơn vị cấp trên. Bỏ trống mã đơn vị cấp trên (`parentCode`).",
      en: "A province or centrally-run city has no parent unit. Leave out the parent code (`parentCode`).",
    },
  },
  "village-parent-mismatch": {
    id: "ANTT-E204",
    severity: "error",
    title: { vi: "Thôn không thuộc xã ở đầu mã", en: "Village outside the commune of its code" },
    description: {
      vi: "Mã thôn, tổ dân phố bắt đầu bằng mã xã quản lý nó (15532.thon-3 thuộc xã 15532), nhưng mã đơn vị cấp trên (`parentCode`) lại ghi xã khác. Sửa mã đơn vị cấp trên hoặc mã thôn.",
      en: "A village's code starts with the code of its commune (15532.thon-3 is in commune 15532), but the parent code (`parentCode`) names another commune. Correct the parent code or the village code.",
    },
  },
  "unit-parent-level-not-allowed": {
    id: "ANTT-E205",
    severity: "error",
    title: { vi: "Đơn vị cấp trên sai cấp", en: "Parent unit of the wrong level" },
    description: {
      vi: "Mã đơn vị cấp trên (`parentCode`) không thuộc cấp có thể quản lý đơn vị này: huyện thuộc tỉnh, xã thuộc huyện (trước 01/07/2025) hoặc thuộc tỉnh (từ 01/07/2025), thôn thuộc xã. Sửa mã đơn vị cấp trên.",
      en: "The parent code (`parentCode`) is not of a level that can hold this unit: a district is in a province, a commune in a district (before 1 July 2025) or a province (since), a village in a commune. Correct the parent code.",
    },
  },
  "unit-parent-code-missing": {
    id: "ANTT-E206",
    severity: "error",
    title: { vi: "Thiếu mã đơn vị cấp trên", en: "Parent code missing" },
    description: {
      vi: "Mọi đơn vị, trừ cấp tỉnh, phải ghi mã đơn vị cấp trên (`parentCode`). Bổ sung mã tỉnh, huyện hoặc xã quản lý đơn vị.",
      en: "Every unit but a province must give its parent code (`parentCode`). Add the code of the province, district or commune it belongs to.",
    },
  },
  "unit-ends-before-start": {
    id: "ANTT-E207",
    severity: "error",
    title: {
      vi: "Ngày hết hiệu lực trước ngày có hiệu lực",
      en: "Unit ends before it starts",
    },
    description: {
      vi: "Ngày hết hiệu lực (`validTo`) của đơn vị sớm hơn ngày có hiệu lực (`validFrom`). Sửa lại một trong hai ngày theo nghị quyết thành lập, sắp xếp đơn vị.",
      en: "The unit's last valid day (`validTo`) is before its first (`validFrom`). Correct one of the two from the resolution that created or reorganised it.",
    },
  },
  "unit-history-start-missing": {
    id: "ANTT-E208",
    severity: "error",
    title: { vi: "Giai đoạn lịch sử thiếu ngày bắt đầu", en: "History entry without a start" },
    description: {
      vi: "Chỉ giai đoạn lịch sử đầu tiên mới được bỏ trống ngày bắt đầu (`validFrom`), khi đơn vị cũng không ghi ngày có hiệu lực. Ghi ngày bắt đầu cho các giai đoạn sau.",
      en: "Only the first history entry may leave out its first day (`validFrom`), when the unit has none either. Give the first day of every later entry.",
    },
  },
  "unit-history-ends-before-start": {
    id: "ANTT-E209",
    severity: "error",
    title: {
      vi: "Giai đoạn lịch sử kết thúc trước khi bắt đầu",
      en: "History entry ends before it starts",
    },
    description: {
      vi: "Ngày kết thúc (`validTo`) của một giai đoạn lịch sử sớm hơn ngày bắt đầu của giai đoạn đó. Sửa lại ngày của giai đoạn.",
      en: "A history entry's last day (`validTo`) is before its first day. Correct the entry's days.",
    },
  },
  "unit-history-outside-validity": {
    id: "ANTT-E210",
    severity: "error",
    title: {
      vi: "Giai đoạn lịch sử ngoài thời gian hiệu lực",
      en: "History entry outside the unit's validity",
    },
    description: {
      vi: "Một giai đoạn lịch sử bắt đầu trước ngày có hiệu lực hoặc kết thúc sau ngày hết hiệu lực của đơn vị. Sửa ngày để giai đoạn nằm trong thời gian hiệu lực của đơn vị.",
      en: "A history entry starts before the unit's first valid day or ends after its last. Correct the entry's days so that it lies within the unit's validity.",
    },
  },
  "unit-history-overlap": {
    id: "ANTT-E211",
    severity: "error",
    title: { vi: "Các giai đoạn lịch sử trùng nhau", en: "History entries overlap" },
    description: {
      vi: "Hai giai đoạn lịch sử của đơn vị có ngày trùng nhau. Sửa ngày để mỗi giai đoạn bắt đầu sau khi giai đoạn trước kết thúc.",
      en: "Two history entries of the unit share some days. Correct them so that each starts after the one before ends.",
    },
  },
  "unit-history-entry-empty": {
    id: "ANTT-E212",
    severity: "error",
    title: { vi: "Giai đoạn lịch sử không ghi thay đổi", en: "History entry without a change" },
    description: {
      vi: "Mỗi giai đoạn lịch sử phải ghi tên, loại hoặc mã đơn vị cấp trên mà đơn vị có trong giai đoạn đó. Bổ sung thông tin khác biệt hoặc bỏ giai đoạn này.",
      en: "Every history entry gives the name, type or parent code the unit had then. Add what was different, or remove the entry.",
    },
  },
  "overlapping-versions": {
    id: "ANTT-E213",
    severity: "error",
    title: { vi: "Hai phiên bản đơn vị trùng thời gian", en: "Unit versions overlap" },
    description: {
      vi: "Cùng một mã đơn vị được ghi hai lần, khác nội dung, với thời gian hiệu lực trùng nhau; bản ghi sau không được đưa vào chỉ mục. Sửa ngày có hiệu lực, ngày hết hiệu lực hoặc bỏ bản ghi thừa.",
      en: "One unit code is given twice, differently, for some of the same days; the later record is left out of the index. Correct the validity days or remove the extra record.",
    },
  },
  "unknown-parent": {
    id: "ANTT-E214",
    severity: "error",
    title: { vi: "Không tìm thấy đơn vị cấp trên", en: "Parent unit not found" },
    description: {
      vi: "Mã đơn vị cấp trên (`parentCode`) không có trong danh sách đơn vị, không còn hiệu lực vào ngày cuối của đơn vị, hoặc không ở cấp cao hơn. Bổ sung đơn vị cấp trên vào danh sách hoặc sửa mã.",
      en: "The parent code (`parentCode`) is not among the units, is not valid on the unit's last day, or is not of a higher level. Add the parent unit to the list or correct the code.",
    },
  },
  "unknown-predecessor": {
    id: "ANTT-E215",
    severity: "error",
    title: { vi: "Không tìm thấy đơn vị cũ", en: "Old unit of a succession not found" },
    description: {
      vi: "Liên kết sắp xếp ghi mã đơn vị cũ (`oldCode`) mà không có đơn vị nào mang mã đó còn hiệu lực vào ngày trước ngày sắp xếp. Bổ sung đơn vị cũ với ngày hết hiệu lực đúng, hoặc sửa mã, ngày của liên kết.",
      en: "A succession link names an old unit (`oldCode`) that no unit of the list is on the day before the change. Add the old unit with its right last day, or correct the link's code or date.",
    },
  },
  "unknown-successor": {
    id: "ANTT-E216",
    severity: "error",
    title: { vi: "Không tìm thấy đơn vị mới", en: "New unit of a succession not found" },
    description: {
      vi: "Liên kết sắp xếp ghi mã đơn vị mới (`newCode`) mà không có đơn vị nào mang mã đó có hiệu lực vào ngày sắp xếp (`effectiveDate`). Bổ sung đơn vị mới với ngày có hiệu lực đúng, hoặc sửa mã, ngày của liên kết.",
      en: "A succession link names a new unit (`newCode`) that no unit of the list is on the day of the change (`effectiveDate`). Add the new unit with its right first day, or correct the link's code or date.",
    },
  },
  "conflicting-succession": {
    id: "ANTT-E217",
    severity: "error",
    title: {
      vi: "Đơn vị vừa nhập toàn bộ vừa sắp xếp nơi khác",
      en: "Unit merged whole and also elsewhere",
    },
    description: {
      vi: "Một đơn vị được ghi là nhập toàn bộ vào một đơn vị mới nhưng cùng ngày lại được sắp xếp vào đơn vị khác. Nếu đơn vị được chia, ghi mọi liên kết là nhập một phần (`partial`); nếu không, bỏ liên kết thừa.",
      en: "A unit goes wholly into one new unit and, on the same day, into another. If it was divided, give every link as partial (`partial`); otherwise remove the extra link.",
    },
  },
  "succession-kind-conflict": {
    id: "ANTT-E218",
    severity: "error",
    title: { vi: "Liên kết sắp xếp ghi hai hình thức", en: "Succession link given two kinds" },
    description: {
      vi: "Cùng một liên kết từ đơn vị cũ sang đơn vị mới, cùng ngày, được ghi hai lần, một lần nhập toàn bộ, một lần nhập một phần; liên kết được giữ là nhập một phần. Bỏ bản ghi sai.",
      en: "The same link from an old unit to a new one, on the same day, is given twice, once whole and once partial; it is kept as partial. Remove the wrong record.",
    },
  },
  "invalid-option": {
    id: "ANTT-E251",
    severity: "error",
    title: { vi: "Tùy chọn ngày không hợp lệ", en: "Invalid date option" },
    description: {
      vi: "Tùy chọn ngày truyền cho hàm đọc tệp (như `effectiveDate`, `validTo`) không phải ngày dạng YYYY-MM-DD nên không có gì được đọc. Sửa tùy chọn.",
      en: "A date option given to the loader (such as `effectiveDate` or `validTo`) is not a YYYY-MM-DD date, so nothing was read. Correct the option.",
    },
  },
  "invalid-input": {
    id: "ANTT-E252",
    severity: "error",
    title: { vi: "Dữ liệu CSV không đọc được", en: "Not CSV input" },
    description: {
      vi: "Dữ liệu đưa vào không phải nội dung tệp CSV (dạng văn bản hoặc dạng byte) nên không có gì được đọc. Truyền nội dung tệp, không truyền đường dẫn hay đối tượng khác.",
      en: "The input is not the content of a CSV file, as text or bytes, so nothing was read. Give the file's content.",
    },
  },
  "invalid-encoding": {
    id: "ANTT-E253",
    severity: "error",
    title: { vi: "Tệp không ở bảng mã UTF-8", en: "File not in UTF-8" },
    description: {
      vi: "Các byte của tệp không phải văn bản UTF-8, thường do tệp được lưu bằng bảng mã cũ (TCVN3, VNI, Windows-1258), nên không có gì được đọc. Mở tệp và lưu lại ở dạng UTF-8.",
      en: "The file's bytes are not UTF-8 text, usually because it was saved in an older encoding (TCVN3, VNI, Windows-1258), so nothing was read. Save the file again as UTF-8.",
    },
  },
  "not-a-reorganisation-file": {
    id: "ANTT-E254",
    severity: "error",
    title: { vi: "Không phải tệp sắp xếp đơn vị", en: "Not a reorganisation file" },
    description: {
      vi: "Dữ liệu đưa vào không có mảng `data` như tệp merges.json hoặc splits.json nên không có gì được đọc. Kiểm tra đã chọn đúng tệp và truyền nội dung đã đọc của tệp.",
      en: "The input has no `data` array as merges.json and splits.json do, so nothing was read. Check that the right file was read, and give its parsed content.",
    },
  },
  "invalid-entry": {
    id: "ANTT-E255",
    severity: "error",
    title: { vi: "Mục dữ liệu sai dạng", en: "Malformed entry" },
    description: {
      vi: "Một mục của tệp JSON không có dạng mong đợi: thiếu trường, trường ghi sai loại giá trị hoặc danh sách quá dài; mục đó không được đọc. Sửa mục theo mẫu của tệp.",
      en: "An entry of the JSON file is not of the expected form: a field missing, of the wrong kind of value, or a list too long; it was not read. Correct the entry after the file's layout.",
    },
  },
  "invalid-link-type": {
    id: "ANTT-E256",
    severity: "error",
    title: { vi: "Loại liên kết không hợp lệ", en: "Invalid link type" },
    description: {
      vi: 'Loại liên kết sắp xếp phải là "full" (nhập toàn bộ) hoặc "partial" (nhập một phần); liên kết không được đọc. Sửa loại liên kết.',
      en: 'The type of a succession link must be "full" (whole) or "partial"; the link was not read. Correct the type.',
    },
  },
  "no-successor-listed": {
    id: "ANTT-E257",
    severity: "error",
    title: { vi: "Đơn vị cũ không có đơn vị mới", en: "Old unit without a new unit" },
    description: {
      vi: "Một đơn vị cũ trong splits.json không ghi đơn vị mới nào tiếp nhận nó. Bổ sung đơn vị mới theo nghị quyết sắp xếp.",
      en: "An old unit of splits.json names no new unit it went into. Add the new units from the reorganisation resolution.",
    },
  },
  "missing-header": {
    id: "ANTT-E258",
    severity: "error",
    title: { vi: "Thiếu dòng tiêu đề hoặc cột", en: "Header row or column missing" },
    description: {
      vi: "Tệp CSV trống, hoặc dòng tiêu đề không đọc được hay thiếu cột bắt buộc (province_code, province_name, district_code, district_name, commune_code, commune_name), nên không dòng nào được đọc. Bổ sung dòng tiêu đề đủ các cột.",
      en: "The CSV file is empty, or its header row cannot be read or lacks a required column (province_code, province_name, district_code, district_name, commune_code, commune_name), so no row was read. Add a header row with every column.",
    },
  },
  "duplicate-column": {
    id: "ANTT-E259",
    severity: "error",
    title: { vi: "Cột bị lặp", en: "Column given twice" },
    description: {
      vi: "Dòng tiêu đề có một cột bắt buộc xuất hiện hơn một lần nên không biết phải đọc cột nào; không dòng nào được đọc. Xóa hoặc đổi tên cột thừa.",
      en: "A required column appears more than once in the header row, so which to read is not known; no row was read. Remove or rename the extra column.",
    },
  },
  "ignored-column": {
    id: "ANTT-W260",
    severity: "warning",
    title: { vi: "Cột không được đọc", en: "Column not read" },
    description: {
      vi: "Dòng tiêu đề có cột không thuộc mẫu; dữ liệu trong cột đó bị bỏ qua. Không cần sửa nếu cột không chứa thông tin cần nạp.",
      en: "The header row has a column outside the layout; its data is ignored. Nothing to correct if the column holds nothing to load.",
    },
  },
  "malformed-csv": {
    id: "ANTT-E261",
    severity: "error",
    title: { vi: "Dòng CSV sai cấu trúc", en: "Malformed CSV row" },
    description: {
      vi: "Một dòng của tệp CSV đặt dấu ngoặc kép sai hoặc có số trường khác dòng tiêu đề; dòng đó không được đọc. Sửa dòng, thường do tên có dấu phẩy mà không đặt trong ngoặc kép.",
      en: "A row of the CSV file has a misplaced double quote or another number of fields than the header; it was not read. Correct the row: often a name with a comma is not quoted.",
    },
  },
  "swapped-names": {
    id: "ANTT-W262",
    severity: "warning",
    title: { vi: "Tên huyện và tên xã bị đảo cột", en: "District and commune names swapped" },
    description: {
      vi: "Ở một dòng, tên huyện và tên xã bị ghi ngược cột; dòng đã được đọc lại cho đúng. Nên sửa tệp gốc để tên nằm đúng cột.",
      en: "On a row the district and commune names are in each other's column; the row was read the right way round. Correct the source file.",
    },
  },
  "duplicate-code": {
    id: "ANTT-E263",
    severity: "error",
    title: { vi: "Mã đơn vị bị lặp", en: "Unit code repeated" },
    description: {
      vi: "Một mã đơn vị đã được đọc ở dòng hoặc mục trước; dòng hoặc mục này không được đọc. Bỏ bản ghi trùng hoặc sửa mã.",
      en: "A unit code was already read on an earlier row or entry; this one was not read. Remove the repeat or correct the code.",
    },
  },
  "inconsistent-parent": {
    id: "ANTT-E264",
    severity: "error",
    title: { vi: "Đơn vị thuộc hai đơn vị cấp trên", en: "Unit under two parents" },
    description: {
      vi: "Cùng một tỉnh hoặc huyện, ở các dòng khác nhau, lại thuộc đơn vị cấp trên khác nhau; dòng sau không được đọc. Sửa mã đơn vị cấp trên cho thống nhất.",
      en: "The same province or district is under different parents on different rows; the later row was not read. Make the parent codes agree.",
    },
  },
  "inconsistent-name": {
    id: "ANTT-W265",
    severity: "warning",
    title: { vi: "Đơn vị có hai tên khác nhau", en: "Unit with two names" },
    description: {
      vi: "Cùng một mã đơn vị được ghi tên khác nhau ở các dòng; tên ở dòng đầu tiên được giữ. Sửa tên cho thống nhất.",
      en: "The same unit code has different names on different rows; the first is kept. Make the names agree.",
    },
  },
  "invalid-parent": {
    id: "ANTT-E266",
    severity: "error",
    title: { vi: "Đơn vị cấp trên không hợp lệ", en: "Invalid parent unit" },
    description: {
      vi: "Đơn vị cấp trên của dòng hoặc mục này không hợp lệ nên các đơn vị, liên kết thuộc nó không được đọc. Sửa lỗi của đơn vị cấp trên trước, theo thông báo ở dòng hoặc mục của đơn vị đó.",
      en: "The unit above this row or entry is invalid, so what belongs to it was not read. Correct the unit above first, as its own problem says.",
    },
  },
  "unknown-unit-type": {
    id: "ANTT-E267",
    severity: "error",
    title: { vi: "Tên đơn vị thiếu loại đơn vị", en: "Unit name without a type word" },
    description: {
      vi: "Tên đơn vị không bắt đầu bằng từ chỉ loại đơn vị của cấp đó (Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn...); đơn vị không được đọc. Ghi tên đầy đủ kèm loại đơn vị, ví dụ Xã Xuân Sinh.",
      en: "The unit's name does not start with a type word of its level (Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn...); it was not read. Give the full name with its type word, such as Xã Xuân Sinh.",
    },
  },
  "duplicate-link": {
    id: "ANTT-W268",
    severity: "warning",
    title: { vi: "Liên kết sắp xếp bị lặp", en: "Succession link repeated" },
    description: {
      vi: "Một đơn vị ghi cùng một đơn vị cũ hoặc mới hai lần; liên kết chỉ được đọc một lần, theo lần ghi đầu. Bỏ liên kết thừa; nếu hai lần ghi khác loại liên kết, kiểm tra lại loại đúng.",
      en: "A unit lists the same old or new unit twice; the link is read once, as first given. Remove the repeat, and if the two differ in type, check which is right.",
    },
  },
  "unit-population-empty": {
    id: "ANTT-E219",
    severity: "error",
    title: { vi: "Số liệu dân số trống", en: "Empty population count" },
    description: {
      vi: "Một mục dân số của đơn vị chỉ có ngày mà không có số nhân khẩu (`residents`) hay số hộ (`households`). Ghi ít nhất một trong hai số, hoặc bỏ mục này.",
      en: "A population entry of the unit has a day but neither residents nor households. Give at least one of the two, or remove the entry.",
    },
  },
  "unit-households-exceed-residents": {
    id: "ANTT-E220",
    severity: "error",
    title: { vi: "Số hộ lớn hơn số nhân khẩu", en: "More households than residents" },
    description: {
      vi: "Số hộ gia đình lớn hơn số nhân khẩu của đơn vị trong cùng một lần thống kê: mỗi hộ có ít nhất một người. Kiểm tra lại hai số, thường do nhập nhầm cột.",
      en: "The unit has more households than residents in the same count, while every household has at least one member. Check the two numbers; they are often swapped.",
    },
  },
  "unit-population-day-repeated": {
    id: "ANTT-E221",
    severity: "error",
    title: { vi: "Hai số liệu dân số cùng ngày", en: "Two population counts on one day" },
    description: {
      vi: "Đơn vị có hai mục dân số cùng một ngày thống kê (`asOf`), nên báo cáo không biết dùng số nào. Giữ một mục cho mỗi ngày.",
      en: "The unit has two population entries for the same day (asOf), so a report cannot tell which to use. Keep one entry per day.",
    },
  },
} as const satisfies ProblemEntries;
