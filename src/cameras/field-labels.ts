// Internal: the Vietnamese and English labels of the camera point's fields, as people write
// them on registers and spreadsheet headers. Not part of the public API.
import type { Label } from "../core/labels.js";

export const CAMERA_POINT_FIELDS = {
  id: { vi: "Mã điểm camera", en: "Camera point id" },
  unitCode: { vi: "Mã đơn vị hành chính", en: "Unit code" },
  unitCodeAsOf: { vi: "Ngày áp dụng mã đơn vị", en: "Unit code as of" },
  village: { vi: "Thôn, tổ dân phố", en: "Village or residential group" },
  modelId: { vi: "Mã mô hình", en: "Model id" },
  modelSiteId: { vi: "Mã điểm mô hình", en: "Model site id" },
  location: { vi: "Vị trí (tọa độ)", en: "Location" },
  direction: { vi: "Hướng quan sát", en: "Viewing direction" },
  address: { vi: "Địa chỉ lắp đặt", en: "Address" },
  ownerKind: { vi: "Chủ sở hữu", en: "Owner" },
  funding: { vi: "Nguồn kinh phí", en: "Funding" },
  installedOn: { vi: "Ngày lắp đặt", en: "Installed on" },
  plannedOn: { vi: "Ngày phê duyệt kế hoạch lắp đặt", en: "Planned on" },
  plannedInstallOn: { vi: "Ngày dự kiến lắp đặt", en: "Planned installation day" },
  connectedToDutyRoom: { vi: "Kết nối phòng trực ban", en: "Connected to the duty room" },
  sharingTier: { vi: "Mức chia sẻ hình ảnh", en: "Sharing tier" },
  sharingCommitment: { vi: "Cam kết chia sẻ dữ liệu", en: "Sharing commitment" },
  coverage: { vi: "Phạm vi ghi hình", en: "Coverage" },
  noticePosted: { vi: "Đã niêm yết thông báo ghi hình", en: "Recording notice posted" },
  ipCamera: { vi: "Camera IP", en: "IP camera" },
  retentionDays: { vi: "Số ngày lưu trữ hình ảnh", en: "Retention days" },
  status: { vi: "Tình trạng hoạt động", en: "Status" },
  removedOn: { vi: "Ngày tháo dỡ", en: "Removed on" },
  lenses: { vi: "Số mắt camera", en: "Lenses" },
  recorders: { vi: "Số đầu ghi hình", en: "Recorders" },
  dutyRoomScreens: { vi: "Số màn hình giám sát tại phòng trực", en: "Duty-room screens" },
  ext: { vi: "Dữ liệu riêng của ứng dụng", en: "App-specific data" },
} as const satisfies Readonly<Record<string, Label>>;
