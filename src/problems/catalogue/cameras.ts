// The problems of a camera point record that its own rules find (cross-field rules of
// CameraPointSchema and its sharing commitment). Numbers 300–349.
import type { ProblemEntries } from "../types.js";

export const CAMERA_PROBLEMS = {
  "camera-removed-before-installed": {
    id: "ANTT-E301",
    severity: "error",
    title: { vi: "Ngày tháo dỡ trước ngày lắp đặt", en: "Removed before installed" },
    description: {
      vi: "Ngày tháo dỡ (`removedOn`) sớm hơn ngày lắp đặt (`installedOn`). Đối chiếu sổ theo dõi camera và sửa lại một trong hai ngày.",
      en: "The day the point was removed (removedOn) is before the day it was installed (installedOn). Correct one of the two days from the register.",
    },
  },
  "camera-model-site-without-model": {
    id: "ANTT-E302",
    severity: "error",
    title: { vi: "Có điểm mô hình nhưng thiếu mô hình", en: "Model site without its model" },
    description: {
      vi: "Điểm camera ghi thuộc một điểm mô hình (`modelSiteId`) nhưng không ghi mô hình (`modelId`). Ghi thêm mã mô hình mà điểm mô hình đó áp dụng.",
      en: "The point names a model site (modelSiteId) but not the model (modelId). Add the id of the model that site applies.",
    },
  },
  "camera-live-view-not-connected": {
    id: "ANTT-E303",
    severity: "error",
    title: {
      vi: "Xem trực tiếp nhưng chưa kết nối phòng trực ban",
      en: "Live view without a duty-room link",
    },
    description: {
      vi: "Mức chia sẻ là xem hình ảnh trực tiếp nhưng camera chưa kết nối về phòng trực ban của Công an xã. Ghi đúng tình trạng kết nối, hoặc chuyển mức chia sẻ sang cung cấp dữ liệu khi có yêu cầu.",
      en: "The point shares live view, but it is not connected to the commune police duty room. Record the connection, or set the sharing tier to on request.",
    },
  },
  "camera-removed-without-date": {
    id: "ANTT-E304",
    severity: "error",
    title: { vi: "Đã tháo dỡ nhưng thiếu ngày tháo dỡ", en: "Removed without a removal day" },
    description: {
      vi: "Camera có tình trạng đã tháo dỡ nhưng không ghi ngày tháo dỡ (`removedOn`). Ghi ngày tháo dỡ theo sổ theo dõi camera.",
      en: "The point's status is removed but the day it was removed (removedOn) is missing. Enter that day from the register.",
    },
  },
  "camera-removal-date-not-removed": {
    id: "ANTT-E305",
    severity: "error",
    title: {
      vi: "Có ngày tháo dỡ nhưng tình trạng chưa tháo",
      en: "Removal day on a point not removed",
    },
    description: {
      vi: "Camera có ghi ngày tháo dỡ nhưng tình trạng vẫn là đang hoạt động hoặc hỏng, mất kết nối. Chuyển tình trạng sang đã tháo dỡ, hoặc xóa ngày tháo dỡ nếu ghi nhầm.",
      en: "The point has a removal day but its status is active or offline. Set the status to removed, or delete the removal day if it was entered by mistake.",
    },
  },
  "camera-coverage-repeated": {
    id: "ANTT-E306",
    severity: "error",
    title: { vi: "Phạm vi ghi hình bị lặp", en: "Coverage listed twice" },
    description: {
      vi: "Một loại phạm vi ghi hình (đường giao thông, nơi công cộng, khu vực riêng) được ghi hai lần cho cùng một điểm camera. Mỗi loại chỉ ghi một lần; xóa mục lặp.",
      en: "A kind of coverage (road, public place, private area) is listed twice for the same point. List each kind once; delete the repeat.",
    },
  },
  "camera-commitment-withdrawn-before-signed": {
    id: "ANTT-E307",
    severity: "error",
    title: { vi: "Rút cam kết trước ngày ký", en: "Commitment withdrawn before signed" },
    description: {
      vi: "Ngày rút cam kết chia sẻ dữ liệu (`withdrawnOn`) sớm hơn ngày ký cam kết (`signedOn`). Đối chiếu bản cam kết và sửa lại ngày cho đúng.",
      en: "The day the sharing commitment was withdrawn (withdrawnOn) is before the day it was signed (signedOn). Correct the days from the signed commitment.",
    },
  },
  "camera-planned-installed": {
    id: "ANTT-E308",
    severity: "error",
    title: {
      vi: "Chưa lắp đặt nhưng có ngày lắp đặt",
      en: "Planned point with an installation day",
    },
    description: {
      vi: "Camera có tình trạng chưa lắp đặt (đã có kế hoạch) nhưng lại ghi ngày lắp đặt (`installedOn`). Nếu camera đã lắp, chuyển tình trạng sang đang hoạt động; nếu chưa, xóa ngày lắp đặt và ghi ngày dự kiến lắp đặt (`plannedInstallOn`).",
      en: "The point's status is planned, yet it has an installation day (installedOn). If it is installed, set its status to active; if not, delete the day and record the planned day (plannedInstallOn).",
    },
  },
  "camera-planned-without-date": {
    id: "ANTT-E309",
    severity: "error",
    title: { vi: "Chưa lắp đặt nhưng thiếu ngày phê duyệt", en: "Planned point without its day" },
    description: {
      vi: "Camera chưa lắp đặt phải ghi ngày phê duyệt kế hoạch, kinh phí lắp đặt (`plannedOn`), để báo cáo biết từ kỳ nào camera đã có kinh phí.",
      en: "A planned point records the day its installation and funding were decided (plannedOn), so that reports know from which period it is planned.",
    },
  },
  "camera-installed-date-missing": {
    id: "ANTT-E310",
    severity: "error",
    title: { vi: "Thiếu ngày lắp đặt", en: "Installation day missing" },
    description: {
      vi: "Camera đang hoạt động, hỏng hoặc đã tháo dỡ phải có ngày lắp đặt (`installedOn`). Ghi ngày lắp đặt theo sổ theo dõi; nếu camera chưa lắp, ghi tình trạng chưa lắp đặt.",
      en: "A point that is active, offline or removed needs the day it was installed (installedOn). Enter it from the register; a point not yet installed has status planned.",
    },
  },
  "camera-planned-after-installed": {
    id: "ANTT-E311",
    severity: "error",
    title: { vi: "Phê duyệt sau ngày lắp đặt", en: "Planned after installed" },
    description: {
      vi: "Ngày phê duyệt kế hoạch lắp đặt (`plannedOn`) muộn hơn ngày lắp đặt (`installedOn`). Đối chiếu hồ sơ và sửa lại một trong hai ngày.",
      en: "The day the point was planned (plannedOn) is after the day it was installed (installedOn). Correct one of the two days from the records.",
    },
  },
} as const satisfies ProblemEntries;
