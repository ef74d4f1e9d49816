// Internal: the Vietnamese and English labels of a team's fields, as people write them on
// registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../../core/labels.js";

export const TEAM_FIELDS = {
  id: { vi: "Mã tổ", en: "Team id" },
  kind: { vi: "Loại tổ", en: "Kind of team" },
  name: { vi: "Tên tổ", en: "Team name" },
  modelSiteId: { vi: "Mã điểm mô hình", en: "Model site id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  servesUnitCodes: { vi: "Thôn, tổ dân phố phụ trách thêm", en: "Other village served" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  village: { vi: "Thôn, tổ dân phố", en: "Village or residential group" },
  householdCount: { vi: "Số hộ tham gia", en: "Member households" },
  households: { vi: "Hộ gia đình", en: "Household" },
  memberCounts: { vi: "Số thành viên theo chức danh", en: "Members by role" },
  trainedCount: { vi: "Số người được tập huấn", en: "People trained" },
  members: { vi: "Thành viên", en: "Member" },
  duties: { vi: "Nhiệm vụ", en: "Duty" },
  equipment: { vi: "Trang bị", en: "Equipment" },
  chatGroup: { vi: "Nhóm liên lạc", en: "Chat group" },
  trainings: { vi: "Buổi tập huấn, diễn tập", en: "Training or drill" },
  foundedOn: { vi: "Ngày thành lập", en: "Founded on" },
  dissolvedOn: { vi: "Ngày giải thể", en: "Dissolved on" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
