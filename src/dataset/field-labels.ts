// Internal: the Vietnamese and English labels of a dataset's envelope and its completeness
// declarations, as people write them. A collection is labelled with the noun of one record,
// so that a location reads "Điểm camera thứ 4, ...". Not part of the public API.
import type { Label } from "../core/labels.js";

export const DATASET_FIELDS = {
  schemaVersion: { vi: "Phiên bản định dạng", en: "Format version" },
  name: { vi: "Tên bộ dữ liệu", en: "Dataset name" },
  description: { vi: "Mô tả", en: "Description" },
  area: { vi: "Địa bàn", en: "Area" },
  covers: { vi: "Thời gian dữ liệu", en: "Days covered" },
  generatedAt: { vi: "Thời điểm lập", en: "Written at" },
  units: { vi: "Đơn vị hành chính", en: "Unit" },
  successions: { vi: "Liên kết sắp xếp đơn vị", en: "Succession" },
  models: { vi: "Mô hình", en: "Model" },
  sites: { vi: "Điểm mô hình", en: "Site" },
  reviews: { vi: "Sơ kết, tổng kết", en: "Review" },
  recognitions: { vi: "Công nhận an toàn về ANTT", en: "Recognition" },
  teams: { vi: "Tổ", en: "Team" },
  cameras: { vi: "Điểm camera", en: "Camera point" },
  incidents: { vi: "Vụ việc", en: "Incident" },
  extractions: { vi: "Lượt trích xuất", en: "Footage extraction" },
  activities: { vi: "Hoạt động", en: "Activity" },
  contributions: { vi: "Khoản đóng góp", en: "Contribution" },
  expenses: { vi: "Khoản chi", en: "Expense" },
  forces: { vi: "Lực lượng", en: "Force strength" },
  coverage: { vi: "Xác nhận báo cáo đầy đủ", en: "Completeness declaration" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;

export const DATASET_AREA_FIELDS = {
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  name: { vi: "Tên đơn vị", en: "Unit name" },
} as const satisfies Readonly<Record<string, Label>>;

export const DATASET_COVERS_FIELDS = {
  start: { vi: "Từ ngày", en: "First day" },
  end: { vi: "Đến ngày", en: "Last day" },
} as const satisfies Readonly<Record<string, Label>>;

export const COVERAGE_FIELDS = {
  id: { vi: "Mã bản xác nhận", en: "Declaration id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  start: { vi: "Từ ngày", en: "First day" },
  end: { vi: "Đến ngày", en: "Last day" },
  complete: { vi: "Tập bản ghi đầy đủ", en: "Complete collection" },
  declaredBy: { vi: "Đơn vị xác nhận", en: "Declared by" },
  declaredOn: { vi: "Ngày xác nhận", en: "Declared on" },
  note: { vi: "Ghi chú", en: "Note" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App data" },
} as const satisfies Readonly<Record<string, Label>>;
