// The problems validateDataset and datasetFromJSON report across records: ids, references,
// unit codes, dates that must follow each other, amounts, hierarchies, completeness
// declarations, and input that cannot be read. Numbers 600–649.
import type { ProblemEntries } from "../types.js";

export const DATASET_PROBLEMS = {
  "duplicate-id": {
    id: "ANTT-E601",
    severity: "error",
    title: { vi: "Trùng mã bản ghi", en: "Duplicate id" },
    description: {
      vi: "Hai bản ghi cùng loại có cùng mã (với đơn vị hành chính: cùng mã trong cùng thời gian hiệu lực). Đặt cho mỗi bản ghi một mã riêng, hoặc xóa bản ghi nhập hai lần.",
      en: "Two records of one collection have the same id (for units: the same code with overlapping validity). Give each record an id of its own, or remove the one entered twice.",
    },
  },
  "unknown-reference": {
    id: "ANTT-E602",
    severity: "error",
    title: { vi: "Tham chiếu đến bản ghi không có", en: "Reference to a missing record" },
    description: {
      vi: "Bản ghi nhắc đến một mã (mô hình, điểm mô hình, tổ, camera, vụ việc) mà bộ dữ liệu không có. Sửa mã cho đúng, hoặc bổ sung bản ghi được nhắc đến.",
      en: "The record names an id (a model, site, team, camera or incident) that the dataset does not hold. Correct the id, or add the record it names.",
    },
  },
  "unknown-unit": {
    id: "ANTT-E603",
    severity: "error",
    title: { vi: "Mã đơn vị hành chính không có trong danh sách", en: "Unit code not listed" },
    description: {
      vi: "Bộ dữ liệu có danh sách đơn vị hành chính nhưng không có đơn vị mang mã này (mã thôn được đối chiếu qua mã xã). Sửa mã đơn vị, hoặc bổ sung đơn vị vào danh sách.",
      en: "The dataset lists its units, but none has this code (a village code is checked through its commune's). Correct the code, or add the unit to the list.",
    },
  },
  "replicated-across-models": {
    id: "ANTT-E604",
    severity: "error",
    title: { vi: "Nhân rộng từ điểm của mô hình khác", en: "Replicated from another model's site" },
    description: {
      vi: "Điểm mô hình ghi là được nhân rộng từ một điểm thuộc mô hình khác. Một điểm chỉ nhân rộng từ điểm của cùng mô hình: sửa `replicatedFromSiteId` hoặc `modelId`.",
      en: "The site says it replicates a site of another model. A site replicates a site of its own model: correct `replicatedFromSiteId` or `modelId`.",
    },
  },
  "replication-cycle": {
    id: "ANTT-E605",
    severity: "error",
    title: { vi: "Nhân rộng vòng tròn", en: "Replication in a circle" },
    description: {
      vi: "Chuỗi nhân rộng giữa các điểm mô hình quay lại chính nó, nên không có điểm gốc. Sửa `replicatedFromSiteId` của một điểm trong chuỗi.",
      en: "The chain of replicated sites comes back to itself, so it has no original. Correct `replicatedFromSiteId` of one site of the chain.",
    },
  },
  "site-launched-before-original": {
    id: "ANTT-E606",
    severity: "error",
    title: {
      vi: "Điểm nhân rộng ra mắt trước điểm gốc",
      en: "Replica launched before its original",
    },
    description: {
      vi: "Điểm nhân rộng có ngày ra mắt sớm hơn điểm mà nó nhân rộng. Kiểm tra lại ngày ra mắt của hai điểm.",
      en: "A replicated site was launched before the site it replicates. Check the launch days of both sites.",
    },
  },
  "footage-requested-before-incident": {
    id: "ANTT-E607",
    severity: "error",
    title: {
      vi: "Trích xuất trước khi vụ việc xảy ra",
      en: "Footage requested before the incident",
    },
    description: {
      vi: "Lượt trích xuất hình ảnh được yêu cầu trước thời điểm xảy ra vụ việc mà nó phục vụ. Kiểm tra lại thời điểm yêu cầu hoặc vụ việc được nhắc đến.",
      en: "The footage was requested before the incident it served happened. Check the time of the request, or the incident it names.",
    },
  },
  "camera-site-of-other-model": {
    id: "ANTT-E608",
    severity: "error",
    title: { vi: "Camera gắn với điểm của mô hình khác", en: "Camera at another model's site" },
    description: {
      vi: "Điểm camera ghi thuộc một mô hình nhưng lại gắn với điểm mô hình của mô hình khác. Sửa `modelId` hoặc `modelSiteId` cho khớp nhau.",
      en: "The camera point belongs to one model but names a site of another. Make `modelId` and `modelSiteId` agree.",
    },
  },
  "overlapping-unit-versions": {
    id: "ANTT-E609",
    severity: "error",
    title: { vi: "Hai phiên bản đơn vị chồng thời gian", en: "Unit versions overlap" },
    description: {
      vi: "Hai bản ghi của cùng một mã đơn vị hành chính có thời gian hiệu lực chồng lên nhau. Sửa ngày hiệu lực để mỗi ngày chỉ có một phiên bản.",
      en: "Two records of one unit code are valid on the same days. Correct their validity so that each day has one version.",
    },
  },
  "self-succession": {
    id: "ANTT-E610",
    severity: "error",
    title: { vi: "Đơn vị kế thừa chính nó", en: "A unit succeeds itself" },
    description: {
      vi: "Liên kết sắp xếp đơn vị có mã cũ và mã mới giống nhau. Sửa mã mới, hoặc bỏ liên kết.",
      en: "A succession link has the same old and new code. Correct the new code, or remove the link.",
    },
  },
  "amounts-too-large": {
    id: "ANTT-E611",
    severity: "error",
    title: { vi: "Tổng số tiền quá lớn", en: "Amounts too large to add" },
    description: {
      vi: "Các khoản tiền của bộ dữ liệu cộng lại vượt quá mức có thể cộng chính xác. Gần như chắc chắn có khoản tiền bị ghi sai đơn vị: kiểm tra các khoản được cảnh báo là lớn bất thường.",
      en: "The dataset's amounts add up to more than can be added exactly. An amount is almost surely in the wrong unit: check those flagged as unusually large.",
    },
  },
  "coverage-outside-dataset": {
    id: "ANTT-E612",
    severity: "error",
    title: {
      vi: "Xác nhận đầy đủ vượt thời gian bộ dữ liệu",
      en: "Declaration beyond the dataset's days",
    },
    description: {
      vi: "Bản xác nhận báo cáo đầy đủ nói về những ngày mà bộ dữ liệu không bao gồm, nên không thể đúng. Thu hẹp thời gian của bản xác nhận, hoặc mở rộng `covers` của bộ dữ liệu.",
      en: "The completeness declaration speaks of days the dataset does not cover, so it cannot hold. Narrow the declaration, or widen the dataset's `covers`.",
    },
  },
  "coverage-ends-before-start": {
    id: "ANTT-E613",
    severity: "error",
    title: {
      vi: "Xác nhận đầy đủ kết thúc trước khi bắt đầu",
      en: "Declaration ends before it starts",
    },
    description: {
      vi: "Ngày cuối của bản xác nhận báo cáo đầy đủ sớm hơn ngày đầu. Sửa lại một trong hai ngày.",
      en: "The completeness declaration's last day is before its first. Correct one of the two.",
    },
  },
  "coverage-collection-repeated": {
    id: "ANTT-E614",
    severity: "error",
    title: { vi: "Tập bản ghi được xác nhận hai lần", en: "Collection declared twice" },
    description: {
      vi: "Một tập bản ghi được liệt kê hai lần trong cùng bản xác nhận đầy đủ. Bỏ lần liệt kê thừa.",
      en: "A collection is listed twice in one completeness declaration. Remove the repeat.",
    },
  },
  "covers-ends-before-start": {
    id: "ANTT-E615",
    severity: "error",
    title: {
      vi: "Thời gian dữ liệu kết thúc trước khi bắt đầu",
      en: "Dataset ends before it starts",
    },
    description: {
      vi: "Ngày cuối trong `covers` của bộ dữ liệu sớm hơn ngày đầu. Sửa lại một trong hai ngày.",
      en: "The last day of the dataset's `covers` is before its first. Correct one of the two.",
    },
  },
  "unreadable-input": {
    id: "ANTT-E616",
    severity: "error",
    title: { vi: "Không đọc được dữ liệu đầu vào", en: "Input cannot be read" },
    description: {
      vi: "Dữ liệu đầu vào không đọc được (một thuộc tính báo lỗi khi đọc). Xuất lại dữ liệu dưới dạng JSON thuần rồi kiểm tra lại.",
      en: "The input could not be read (a property failed when read). Export the data again as plain JSON and check it again.",
    },
  },
  "invalid-json": {
    id: "ANTT-E617",
    severity: "error",
    title: { vi: "Không phải JSON hợp lệ", en: "Not valid JSON" },
    description: {
      vi: "Tệp hoặc dòng không phải văn bản JSON hợp lệ (hoặc không phải văn bản UTF-8). Xuất lại tệp từ phần mềm gốc; nếu sửa bằng tay, kiểm tra dấu phẩy, ngoặc và dấu nháy.",
      en: "The file or line is not valid JSON (or not UTF-8 text). Export the file again from its source; if edited by hand, check commas, brackets and quotes.",
    },
  },
  "site-launched-before-model": {
    id: "ANTT-W630",
    severity: "warning",
    title: { vi: "Điểm ra mắt trước mô hình", en: "Site launched before its model" },
    description: {
      vi: "Điểm mô hình ra mắt trước ngày ra mắt mô hình. Có thể xảy ra khi điểm có trước rồi mới được gộp vào mô hình; nếu không, sửa một trong hai ngày.",
      en: "The site was launched before its model. This happens when a site came first and joined the model later; if not, correct one of the two days.",
    },
  },
  "camera-planned-in-use": {
    id: "ANTT-E618",
    severity: "error",
    title: { vi: "Camera chưa lắp đặt đã được sử dụng", en: "Planned camera in use" },
    description: {
      vi: "Một vụ việc hoặc lượt trích xuất dữ liệu nhắc đến camera có tình trạng chưa lắp đặt (đã có kế hoạch). Camera chưa lắp thì chưa ghi hình: kiểm tra lại mã camera, hoặc cập nhật tình trạng và ngày lắp đặt của camera.",
      en: "An incident or a footage extraction names a camera whose status is planned. A camera not yet installed records nothing: check the camera's id, or update its status and installation day.",
    },
  },
  "camera-installed-after-incident": {
    id: "ANTT-W631",
    severity: "warning",
    title: { vi: "Camera lắp sau vụ việc", en: "Camera installed after the incident" },
    description: {
      vi: "Vụ việc nhắc đến một camera được lắp đặt sau khi vụ việc xảy ra. Kiểm tra lại mã camera hoặc ngày lắp đặt.",
      en: "The incident names a camera installed after it happened. Check the camera's id or its installation day.",
    },
  },
  "extraction-clarified-unclarified": {
    id: "ANTT-W632",
    severity: "warning",
    title: {
      vi: "Giúp làm rõ vụ việc chưa được làm rõ",
      en: "Helped clarify an unclarified incident",
    },
    description: {
      vi: "Lượt trích xuất ghi là đã giúp làm rõ vụ việc, nhưng vụ việc chưa được ghi là đã làm rõ. Cập nhật kết quả của vụ việc, hoặc kết quả của lượt trích xuất.",
      en: "The extraction says it helped clarify an incident that is not recorded as clarified. Update the incident's outcome, or the extraction's.",
    },
  },
  "unusually-large-amount": {
    id: "ANTT-W633",
    severity: "warning",
    title: { vi: "Số tiền lớn bất thường", en: "Unusually large amount" },
    description: {
      vi: "Một khoản tiền lớn bất thường cho một bản ghi, thường do ghi theo nghìn đồng hoặc nhập thừa chữ số. Kiểm tra lại số tiền (tính bằng đồng).",
      en: "An amount is unusually large for one record, usually written in thousands or with a digit too many. Check the amount (in đồng).",
    },
  },
} as const satisfies ProblemEntries;
