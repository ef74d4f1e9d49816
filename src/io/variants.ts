// Internal: the other headers people write for a column, beside the field's Vietnamese and
// English labels (which IMPORT_HEADERS always accepts). Keyed by the column's dotted key; a
// test checks that every key is a column, so a renamed field cannot leave a dead variant.
import type { ImportKind } from "./columns.js";

const UNIT = [
  "Đơn vị",
  "Tên đơn vị",
  "Mã đơn vị",
  "Xã, phường",
  "Xã",
  "Mã xã",
  "Đơn vị hành chính",
];
const ID = ["Mã", "Mã số", "ID"];

export const HEADER_VARIANTS: {
  readonly [K in ImportKind]: Readonly<Record<string, readonly string[]>>;
} = {
  models: {
    id: ["Mã mô hình", ...ID],
    name: ["Tên mô hình", "Tên"],
    kind: ["Loại mô hình", "Loại"],
    unitCode: UNIT,
    launchedOn: ["Ngày ra mắt", "Ngày thành lập"],
    status: ["Tình trạng", "Trạng thái"],
  },
  sites: { id: ID, unitCode: UNIT, name: ["Tên điểm", "Tên"] },
  reviews: { id: ID, unitCode: UNIT },
  recognitions: { id: ID, unitCode: UNIT, year: ["Năm"] },
  teams: {
    id: ["Mã tổ", ...ID],
    name: ["Tên tổ", "Tên"],
    kind: ["Loại tổ", "Loại"],
    unitCode: UNIT,
    village: ["Thôn", "Tổ dân phố", "Thôn, xóm"],
    foundedOn: ["Ngày thành lập"],
  },
  cameras: {
    id: ["Mã camera", "Mã điểm", ...ID],
    unitCode: UNIT,
    village: ["Thôn", "Tổ dân phố", "Thôn, xóm"],
    address: ["Địa chỉ", "Vị trí lắp đặt", "Nơi lắp đặt"],
    ownerKind: ["Chủ sở hữu camera", "Loại chủ sở hữu", "Chủ camera"],
    installedOn: ["Ngày lắp", "Thời gian lắp đặt"],
    connectedToDutyRoom: ["Kết nối trực ban", "Kết nối về phòng trực ban", "Kết nối"],
    sharingTier: ["Mức chia sẻ", "Chia sẻ hình ảnh"],
    coverage: ["Phạm vi", "Khu vực ghi hình"],
    noticePosted: ["Biển thông báo", "Niêm yết thông báo"],
    retentionDays: ["Số ngày lưu trữ", "Thời gian lưu trữ (ngày)", "Lưu trữ (ngày)"],
    status: ["Tình trạng", "Trạng thái", "Tình trạng camera"],
    lenses: ["Số mắt", "Số mắt cam", "Số lượng mắt camera", "Số camera", "Mắt camera"],
    recorders: ["Số đầu ghi", "Đầu ghi"],
    dutyRoomScreens: ["Số màn hình", "Màn hình giám sát"],
    direction: ["Hướng"],
  },
  incidents: {
    id: ["Mã vụ việc", ...ID],
    category: ["Loại vụ việc", "Phân loại", "Loại"],
    unitCode: UNIT,
    occurredAt: ["Thời gian xảy ra", "Ngày xảy ra", "Thời điểm xảy ra"],
    status: ["Tình trạng", "Kết quả giải quyết"],
    description: ["Tóm tắt", "Nội dung", "Mô tả"],
  },
  extractions: {
    id: ID,
    unitCode: UNIT,
    requestedAt: ["Ngày yêu cầu", "Thời gian yêu cầu"],
    purpose: ["Mục đích"],
    outcome: ["Kết quả"],
    cameraIds: ["Camera", "Mã camera"],
  },
  activities: {
    id: ID,
    kind: ["Loại hoạt động", "Loại"],
    unitCode: UNIT,
    note: ["Ghi chú"],
  },
  contributions: { id: ID, unitCode: UNIT, amount: ["Số tiền", "Thành tiền"] },
  expenses: { id: ID, unitCode: UNIT, amount: ["Số tiền", "Thành tiền"] },
  forces: {
    id: ID,
    unitCode: UNIT,
    kind: ["Lực lượng", "Loại lực lượng"],
    members: ["Số người", "Số thành viên", "Quân số"],
  },
};
