// Internal: the Vietnamese and English labels of the fields of incidents, their
// clarification and footage extractions, as people write them on registers and
// spreadsheet headers. Not part of the public API.
import type { Label } from "../core/labels.js";

export const CLARIFICATION_FIELDS = {
  on: { vi: "Ngày làm rõ", en: "Clarified on" },
  by: { vi: "Biện pháp làm rõ", en: "Means" },
} as const satisfies Readonly<Record<string, Label>>;

export const CASUALTIES_FIELDS = {
  deaths: { vi: "Số người chết", en: "Deaths" },
  injuries: { vi: "Số người bị thương", en: "Injuries" },
} as const satisfies Readonly<Record<string, Label>>;

export const INCIDENT_FIELDS = {
  id: { vi: "Mã vụ việc", en: "Incident id" },
  category: { vi: "Loại vụ việc", en: "Category" },
  legalClass: { vi: "Tính chất pháp lý", en: "Legal class" },
  occurredAt: { vi: "Thời điểm xảy ra", en: "Occurred at" },
  reportedAt: { vi: "Thời điểm tiếp nhận", en: "Reported at" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  location: { vi: "Vị trí (tọa độ)", en: "Location" },
  address: { vi: "Nơi xảy ra", en: "Address" },
  detectedBy: { vi: "Nguồn phát hiện", en: "Detected by" },
  cameraIds: { vi: "Điểm camera liên quan", en: "Camera point" },
  status: { vi: "Tình trạng giải quyết", en: "Status" },
  clarified: { vi: "Kết quả làm rõ", en: "Clarification" },
  suspects: { vi: "Số đối tượng", en: "Suspects" },
  victims: { vi: "Số người bị hại", en: "Victims" },
  damageVnd: { vi: "Giá trị thiệt hại", en: "Damage" },
  casualties: { vi: "Thiệt hại về người", en: "Casualties" },
  cause: { vi: "Nguyên nhân", en: "Cause" },
  trafficSeverity: { vi: "Tai nạn hay va chạm giao thông", en: "Accident or collision" },
  description: { vi: "Tóm tắt nội dung vụ việc", en: "Description" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App-specific data" },
} as const satisfies Readonly<Record<string, Label>>;

export const FOOTAGE_EXTRACTION_FIELDS = {
  id: { vi: "Mã lượt trích xuất", en: "Extraction id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  cameraIds: { vi: "Điểm camera", en: "Camera point" },
  requestedAt: { vi: "Thời điểm yêu cầu", en: "Requested at" },
  requestedBy: { vi: "Đơn vị, người yêu cầu", en: "Requested by" },
  requestedByUnitCode: { vi: "Mã đơn vị yêu cầu", en: "Requesting unit code" },
  footageFrom: { vi: "Dữ liệu từ thời điểm", en: "Footage from" },
  footageTo: { vi: "Dữ liệu đến thời điểm", en: "Footage to" },
  purpose: { vi: "Mục đích trích xuất", en: "Purpose" },
  legalBasis: { vi: "Căn cứ pháp lý", en: "Legal basis" },
  incidentId: { vi: "Mã vụ việc", en: "Incident id" },
  outcome: { vi: "Kết quả trích xuất", en: "Outcome" },
  caseRef: { vi: "Số hồ sơ vụ việc", en: "Case reference" },
  area: { vi: "Khu vực yêu cầu", en: "Area requested" },
  refusalReason: { vi: "Lý do từ chối", en: "Reason for refusal" },
  custody: { vi: "Nhật ký quản lý, truy cập dữ liệu", en: "Custody log" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App-specific data" },
} as const satisfies Readonly<Record<string, Label>>;

export const EXTRACTION_AREA_FIELDS = {
  centre: { vi: "Tâm khu vực (tọa độ)", en: "Centre" },
  radiusMetres: { vi: "Bán kính (mét)", en: "Radius (metres)" },
} as const satisfies Readonly<Record<string, Label>>;

export const CUSTODY_ENTRY_FIELDS = {
  at: { vi: "Thời điểm", en: "At" },
  action: { vi: "Thao tác", en: "Action" },
  by: { vi: "Người thực hiện", en: "By" },
  reason: { vi: "Lý do", en: "Reason" },
  caseRef: { vi: "Số hồ sơ vụ việc", en: "Case reference" },
  to: { vi: "Người, đơn vị nhận", en: "Handed to" },
  copy: { vi: "Tên bản sao", en: "Copy" },
  retainUntil: { vi: "Lưu bản sao đến ngày", en: "Retain until" },
} as const satisfies Readonly<Record<string, Label>>;
