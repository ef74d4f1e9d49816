// The problems of the rules of the models' records: a model and its sites, gradings and
// reviews, "An toàn về ANTT" recognitions, and the figures an evaluation reads. Numbers
// 500–549.
import type { ProblemEntries } from "../types.js";

export const MODEL_PROBLEMS = {
  "model-participants-missing": {
    id: "ANTT-E501",
    severity: "error",
    title: { vi: "Thiếu số hộ, số người tham gia", en: "No households or people given" },
    description: {
      vi: "Mục tham gia (`participants`) có nhưng không ghi số hộ (`households`) lẫn số người (`people`). Ghi ít nhất một trong hai số, hoặc bỏ cả mục.",
      en: "The participants (`participants`) give neither households (`households`) nor people (`people`). Give at least one, or leave the whole field out.",
    },
  },
  "model-custom-kind-name-missing": {
    id: "ANTT-E502",
    severity: "error",
    title: { vi: "Thiếu tên loại mô hình khác", en: "Custom kind without its name" },
    description: {
      vi: "Mô hình thuộc loại khác (`custom`) phải ghi tên loại mô hình (`customKindName`) theo hồ sơ ra mắt. Bổ sung tên loại, hoặc chọn một loại có trong danh mục.",
      en: "A model of kind custom (`custom`) needs the name of its kind (`customKindName`), as its dossier gives it. Add the name, or pick a kind of the list.",
    },
  },
  "model-custom-kind-name-listed": {
    id: "ANTT-E503",
    severity: "error",
    title: { vi: "Tên loại khác trùng loại trong danh mục", en: "Custom kind is a listed kind" },
    description: {
      vi: "Tên loại mô hình khác (`customKindName`) trùng với tên một loại đã có trong danh mục, làm số liệu theo loại bị tách đôi. Chọn loại đó trong trường `kind` và bỏ tên loại khác.",
      en: "The custom kind name (`customKindName`) is the name of a listed kind, which would split the counts by kind. Use that kind in `kind` and leave the custom name out.",
    },
  },
  "model-custom-kind-name-not-custom": {
    id: "ANTT-E504",
    severity: "error",
    title: {
      vi: "Tên loại riêng cho mô hình có trong danh mục",
      en: "Custom name on a listed kind",
    },
    description: {
      vi: "Chỉ mô hình thuộc loại khác (`custom`) mới ghi tên loại mô hình riêng (`customKindName`). Bỏ tên loại riêng, hoặc đổi loại mô hình thành loại khác.",
      en: "Only a model of kind custom (`custom`) has its own kind name (`customKindName`). Leave the name out, or change the kind to custom.",
    },
  },
  "model-graded-before-launch": {
    id: "ANTT-E505",
    severity: "error",
    title: { vi: "Xếp loại trước ngày ra mắt", en: "Graded before launch" },
    description: {
      vi: "Ngày xếp loại (`grade.reviewedOn`) sớm hơn ngày ra mắt mô hình (`launchedOn`). Sửa một trong hai ngày theo hồ sơ.",
      en: "The grading day (`grade.reviewedOn`) is before the model's launch (`launchedOn`). Correct one of the two days from the dossier.",
    },
  },
  "model-duty-repeated": {
    id: "ANTT-E506",
    severity: "error",
    title: { vi: "Nhiệm vụ của mô hình bị lặp", en: "Model duty repeated" },
    description: {
      vi: "Một nhiệm vụ được ghi hai lần trong danh sách nhiệm vụ (`duties`) của mô hình. Bỏ mục lặp.",
      en: "A duty is listed twice in the model's duties (`duties`). Remove the repeat.",
    },
  },
  "model-partner-repeated": {
    id: "ANTT-E507",
    severity: "error",
    title: { vi: "Tổ chức phối hợp bị lặp", en: "Model partner repeated" },
    description: {
      vi: "Một tổ chức được ghi hai lần trong danh sách tổ chức phối hợp (`partners`) của mô hình. Bỏ mục lặp.",
      en: "An organisation is listed twice in the model's partners (`partners`). Remove the repeat.",
    },
  },
  "model-launched-while-proposed": {
    id: "ANTT-E508",
    severity: "error",
    title: { vi: "Mô hình đang đề xuất đã có ngày ra mắt", en: "Proposed but launched" },
    description: {
      vi: "Mô hình hoặc điểm mô hình ở trạng thái đang đề xuất (`proposed`) thì chưa ra mắt, nhưng lại có ngày ra mắt (`launchedOn`). Bỏ ngày ra mắt, hoặc sửa trạng thái nếu đã ra mắt.",
      en: "A model or site still proposed (`proposed`) has not been launched, yet it has a launch day (`launchedOn`). Leave the day out, or correct the status if it was launched.",
    },
  },
  "model-launch-date-missing": {
    id: "ANTT-E509",
    severity: "error",
    title: { vi: "Thiếu ngày ra mắt", en: "Launch day missing" },
    description: {
      vi: "Mô hình hoặc điểm mô hình đang hoạt động, tạm dừng hoặc đã thanh loại phải có ngày ra mắt (`launchedOn`). Bổ sung ngày ra mắt theo hồ sơ.",
      en: "An active, suspended or ended model or site needs its launch day (`launchedOn`). Add it from the dossier.",
    },
  },
  "model-end-date-missing": {
    id: "ANTT-E510",
    severity: "error",
    title: { vi: "Thiếu ngày thanh loại", en: "End day missing" },
    description: {
      vi: "Mô hình hoặc điểm mô hình đã thanh loại (`ended`) phải có ngày thanh loại (`endedOn`). Bổ sung ngày theo quyết định thanh loại.",
      en: "An ended model or site (`ended`) needs the day it was ended (`endedOn`). Add it from the decision.",
    },
  },
  "model-end-reason-missing": {
    id: "ANTT-E511",
    severity: "error",
    title: { vi: "Thiếu lý do thanh loại", en: "End reason missing" },
    description: {
      vi: "Mô hình hoặc điểm mô hình đã thanh loại (`ended`) phải ghi lý do thanh loại (`endReason`). Bổ sung lý do theo quyết định thanh loại.",
      en: "An ended model or site (`ended`) needs the reason it was ended (`endReason`). Add it from the decision.",
    },
  },
  "model-end-date-not-ended": {
    id: "ANTT-E512",
    severity: "error",
    title: { vi: "Có ngày thanh loại khi chưa thanh loại", en: "End day while not ended" },
    description: {
      vi: "Chỉ mô hình hoặc điểm mô hình đã thanh loại mới có ngày thanh loại (`endedOn`). Bỏ ngày thanh loại, hoặc sửa trạng thái thành đã thanh loại.",
      en: "Only an ended model or site has an end day (`endedOn`). Leave it out, or set the status to ended.",
    },
  },
  "model-end-reason-not-ended": {
    id: "ANTT-E513",
    severity: "error",
    title: { vi: "Có lý do thanh loại khi chưa thanh loại", en: "End reason while not ended" },
    description: {
      vi: "Chỉ mô hình hoặc điểm mô hình đã thanh loại mới có lý do thanh loại (`endReason`). Bỏ lý do, hoặc sửa trạng thái thành đã thanh loại.",
      en: "Only an ended model or site has an end reason (`endReason`). Leave it out, or set the status to ended.",
    },
  },
  "model-ended-before-launch": {
    id: "ANTT-E514",
    severity: "error",
    title: { vi: "Thanh loại trước ngày ra mắt", en: "Ended before launch" },
    description: {
      vi: "Ngày thanh loại (`endedOn`) sớm hơn ngày ra mắt (`launchedOn`) của mô hình hoặc điểm mô hình. Sửa một trong hai ngày theo hồ sơ.",
      en: "The end day (`endedOn`) is before the launch day (`launchedOn`) of the model or site. Correct one of the two from the dossier.",
    },
  },
  "site-replicated-from-itself": {
    id: "ANTT-E515",
    severity: "error",
    title: { vi: "Điểm mô hình nhân rộng từ chính nó", en: "Site replicated from itself" },
    description: {
      vi: "Mã điểm được nhân rộng từ (`replicatedFromSiteId`) trùng với mã của chính điểm mô hình này. Ghi mã của điểm gốc, hoặc bỏ trống nếu đây là điểm đầu tiên.",
      en: "The site it was replicated from (`replicatedFromSiteId`) is the site itself. Give the id of the original site, or leave it out for a first site.",
    },
  },
  "unknown-model-grade": {
    id: "ANTT-E516",
    severity: "error",
    title: { vi: "Xếp loại không có trong thang mặc định", en: "Grade not on the default scale" },
    description: {
      vi: "Khi không ghi thang xếp loại riêng (`scale`), xếp loại (`grade`) phải là tốt (good), khá (fair), trung bình (average), yếu (weak) hoặc chưa xếp loại (not-graded). Sửa mã xếp loại, hoặc ghi tên thang xếp loại riêng của địa phương.",
      en: "Without a scale of its own (`scale`), the grade (`grade`) is good, fair, average, weak or not-graded. Correct the grade, or name the locality's own scale.",
    },
  },
  "recognition-subject-name-missing": {
    id: "ANTT-E517",
    severity: "error",
    title: { vi: "Thiếu tên đơn vị được công nhận", en: "Recognised subject's name missing" },
    description: {
      vi: "Công nhận cơ quan, doanh nghiệp hoặc nhà trường phải ghi tên đơn vị được công nhận (`subjectName`). Bổ sung tên theo quyết định công nhận.",
      en: "A recognition of an agency, business or school needs the subject's name (`subjectName`). Add it from the decision.",
    },
  },
  "recognition-decided-before-assessment": {
    id: "ANTT-E518",
    severity: "error",
    title: { vi: "Quyết định trước kỳ đánh giá", en: "Decided before the assessment" },
    description: {
      vi: "Ngày quyết định công nhận (`decidedOn`) sớm hơn ngày bắt đầu kỳ đánh giá của năm công nhận: 01/11 năm trước với khu dân cư, 01/01 với các đối tượng khác. Sửa ngày quyết định hoặc năm công nhận (`year`).",
      en: "The decision day (`decidedOn`) is before the assessment of the year began: 1 November of the year before for a residential area, 1 January otherwise. Correct the day or the year (`year`).",
    },
  },
  "clarified-exceeds-total": {
    id: "ANTT-E519",
    severity: "error",
    title: { vi: "Số vụ làm rõ lớn hơn tổng số vụ", en: "More clarified than incidents" },
    description: {
      vi: "Số vụ làm rõ (`clarified`) lớn hơn tổng số vụ việc xảy ra trong kỳ (`total`). Kiểm tra lại hai số liệu từ cùng một bảng tổng hợp.",
      en: "More incidents are clarified (`clarified`) than occurred in the period (`total`). Check both figures against the same summary.",
    },
  },
  "participating-households-exceed-area": {
    id: "ANTT-E520",
    severity: "error",
    title: {
      vi: "Số hộ tham gia lớn hơn số hộ trên địa bàn",
      en: "More households than the area has",
    },
    description: {
      vi: "Số hộ tham gia mô hình (`households`) lớn hơn số hộ trên địa bàn mô hình phục vụ (`householdsInArea`). Kiểm tra lại hai số liệu.",
      en: "More households take part (`households`) than live in the area the model serves (`householdsInArea`). Check both figures.",
    },
  },
  "registered-households-exceed-total": {
    id: "ANTT-E521",
    severity: "error",
    title: { vi: "Số hộ đăng ký lớn hơn tổng số hộ", en: "More registered than households" },
    description: {
      vi: "Số hộ đăng ký tham gia (`registered`) lớn hơn tổng số hộ của khu dân cư (`total`). Kiểm tra lại danh sách đăng ký và số hộ.",
      en: "More households registered (`registered`) than the residential area has (`total`). Check the registration list and the count.",
    },
  },
  "briefed-staff-exceed-total": {
    id: "ANTT-E522",
    severity: "error",
    title: {
      vi: "Số người được quán triệt lớn hơn tổng số",
      en: "More staff briefed than employed",
    },
    description: {
      vi: "Số cán bộ, nhân viên được quán triệt (`briefed`) lớn hơn tổng số cán bộ, nhân viên của cơ quan, doanh nghiệp (`total`). Kiểm tra lại hai số liệu.",
      en: "More staff are briefed (`briefed`) than the agency or business employs (`total`). Check both figures.",
    },
  },
  "model-participants-below-sites": {
    id: "ANTT-E523",
    severity: "error",
    title: {
      vi: "Số tham gia của mô hình nhỏ hơn tổng của các điểm",
      en: "Model participants below its sites' total",
    },
    description: {
      vi: "Số hộ (`participants.households`) hoặc số người tham gia (`participants.people`) ghi cho cả mô hình là tổng số, nên không thể nhỏ hơn tổng số ghi ở các điểm mô hình của nó. Sửa số của mô hình thành tổng số, hoặc sửa số của các điểm; nếu chưa có tổng số, bỏ số của mô hình để thư viện cộng các điểm.",
      en: "The households (`participants.households`) or people (`participants.people`) given for the whole model are its total, so they cannot be fewer than its sites' counts together. Give the model its total, or correct the sites' counts; without a total, leave the model's count out and the library adds up the sites.",
    },
  },
} as const satisfies ProblemEntries;
