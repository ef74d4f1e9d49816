// The problems of incident and footage extraction records that their own rules find
// (cross-field rules of IncidentSchema, ClarificationSchema and FootageExtractionSchema).
// Numbers 400–449.
import type { ProblemEntries } from "../types.js";

export const INCIDENT_PROBLEMS = {
  "incident-reported-before-occurred": {
    id: "ANTT-E401",
    severity: "error",
    title: { vi: "Tiếp nhận trước khi xảy ra", en: "Reported before it happened" },
    description: {
      vi: "Thời điểm tiếp nhận tin báo (`reportedAt`) sớm hơn thời điểm xảy ra vụ việc (`occurredAt`). Kiểm tra lại ngày, giờ và múi giờ của hai thời điểm theo sổ tiếp nhận.",
      en: "The incident is reported (reportedAt) before it happened (occurredAt). Check the days, hours and time zones of both against the intake register.",
    },
  },
  "incident-clarified-without-details": {
    id: "ANTT-E402",
    severity: "error",
    title: { vi: "Đã làm rõ nhưng thiếu kết quả làm rõ", en: "Clarified without the details" },
    description: {
      vi: "Vụ việc có tình trạng đã làm rõ nhưng không ghi ngày và biện pháp làm rõ (`clarified`). Ghi ngày làm rõ và ít nhất một biện pháp, ví dụ trích xuất dữ liệu camera.",
      en: "The incident's status is clarified but the clarified block (day and means) is missing. Enter the day and at least one means, such as camera footage.",
    },
  },
  "incident-clarified-status-open": {
    id: "ANTT-E403",
    severity: "error",
    title: {
      vi: "Có kết quả làm rõ nhưng tình trạng chưa làm rõ",
      en: "Clarified but still open",
    },
    description: {
      vi: "Vụ việc đã có ngày và biện pháp làm rõ nhưng tình trạng vẫn là đã tiếp nhận hoặc đang xác minh, giải quyết. Cập nhật tình trạng, hoặc xóa phần làm rõ nếu vụ việc chưa được làm rõ.",
      en: "The incident has a clarified block but its status is still received or under investigation. Update the status, or remove the clarified block if it is not clarified yet.",
    },
  },
  "incident-clarified-before-occurred": {
    id: "ANTT-E404",
    severity: "error",
    title: { vi: "Làm rõ trước khi xảy ra", en: "Clarified before it happened" },
    description: {
      vi: "Ngày làm rõ (`clarified.on`) sớm hơn ngày xảy ra vụ việc (tính theo giờ Việt Nam). Sửa lại ngày làm rõ hoặc thời điểm xảy ra theo hồ sơ vụ việc.",
      en: "The day the incident was clarified (clarified.on) is before the day it happened, in Vietnam. Correct either day from the case file.",
    },
  },
  "clarification-means-repeated": {
    id: "ANTT-E405",
    severity: "error",
    title: { vi: "Biện pháp làm rõ bị lặp", en: "Means listed twice" },
    description: {
      vi: "Một biện pháp làm rõ được ghi hai lần cho cùng một vụ việc. Mỗi biện pháp chỉ ghi một lần; xóa mục lặp.",
      en: "A means of clarification is listed twice for the same incident. List each means once; delete the repeat.",
    },
  },
  "incident-camera-repeated": {
    id: "ANTT-E406",
    severity: "error",
    title: { vi: "Điểm camera của vụ việc bị lặp", en: "Camera listed twice" },
    description: {
      vi: "Cùng một mã điểm camera được ghi hai lần trong danh sách camera liên quan đến vụ việc. Mỗi điểm camera chỉ ghi một lần; xóa mục lặp.",
      en: "The same camera point id is listed twice among the incident's cameras. List each point once; delete the repeat.",
    },
  },
  "extraction-footage-ends-before-start": {
    id: "ANTT-E407",
    severity: "error",
    title: {
      vi: "Đoạn dữ liệu kết thúc không sau lúc bắt đầu",
      en: "Footage ends before it starts",
    },
    description: {
      vi: "Thời điểm kết thúc đoạn dữ liệu trích xuất (`footageTo`) không sau thời điểm bắt đầu (`footageFrom`). Ghi lại khoảng thời gian của đoạn dữ liệu theo biên bản trích xuất.",
      en: "The extracted footage ends (footageTo) at or before it starts (footageFrom). Enter the span of the footage from the extraction record.",
    },
  },
  "extraction-footage-after-request": {
    id: "ANTT-E408",
    severity: "error",
    title: {
      vi: "Đoạn dữ liệu bắt đầu sau lúc yêu cầu",
      en: "Footage starts after the request",
    },
    description: {
      vi: "Đoạn dữ liệu được trích xuất bắt đầu (`footageFrom`) sau thời điểm có yêu cầu trích xuất (`requestedAt`), trong khi chỉ trích xuất được hình ảnh đã ghi. Kiểm tra lại hai thời điểm và múi giờ.",
      en: "The footage starts (footageFrom) after the extraction was requested (requestedAt), but only footage already recorded can be extracted. Check both instants and their time zones.",
    },
  },
  "extraction-camera-repeated": {
    id: "ANTT-E409",
    severity: "error",
    title: { vi: "Điểm camera trích xuất bị lặp", en: "Camera listed twice" },
    description: {
      vi: "Cùng một mã điểm camera được ghi hai lần trong một lượt trích xuất. Mỗi điểm camera chỉ ghi một lần; xóa mục lặp.",
      en: "The same camera point id is listed twice in one extraction. List each point once; delete the repeat.",
    },
  },
  "extraction-helped-search-for-incident": {
    id: "ANTT-E410",
    severity: "error",
    title: {
      vi: "Kết quả tìm kiếm ghi cho lượt phục vụ vụ việc",
      en: "Search outcome on an incident extraction",
    },
    description: {
      vi: "Kết quả “góp phần tìm được người, tài sản” chỉ dùng cho lượt tìm kiếm không phục vụ vụ việc nào. Lượt trích xuất phục vụ xác minh vụ việc hoặc giải quyết tai nạn giao thông mà có kết quả thì ghi “góp phần làm rõ vụ việc”.",
      en: "The outcome helped-search is for searches that served no incident (a missing person, lost property). An extraction for an incident or a traffic accident that helped is recorded as helped-clarify.",
    },
  },
  "incident-cause-not-applicable": {
    id: "ANTT-E411",
    severity: "error",
    title: {
      vi: "Nguyên nhân ghi cho vụ việc không phải cháy, tai nạn",
      en: "Cause on an incident that is not a fire or an accident",
    },
    description: {
      vi: "Nguyên nhân (`cause`: chập điện, sử dụng lửa trần, vi phạm quy định giao thông...) chỉ ghi cho vụ cháy, nổ và vụ tai nạn, va chạm giao thông. Xóa nguyên nhân, hoặc sửa loại vụ việc nếu ghi nhầm.",
      en: "A cause (cause: electrical fault, open flame, traffic violation...) is recorded for fires and traffic accidents only. Remove the cause, or correct the category if it is wrong.",
    },
  },
  "incident-traffic-severity-not-applicable": {
    id: "ANTT-E412",
    severity: "error",
    title: {
      vi: "Tai nạn hay va chạm ghi cho vụ việc không phải giao thông",
      en: "Accident or collision on an incident that is not a traffic accident",
    },
    description: {
      vi: "Mục tai nạn hay va chạm giao thông (`trafficSeverity`) chỉ ghi cho vụ việc loại tai nạn, va chạm giao thông. Xóa mục này, hoặc sửa loại vụ việc nếu ghi nhầm.",
      en: "Whether it was a traffic accident or a collision (trafficSeverity) is recorded for traffic accidents only. Remove it, or correct the category if it is wrong.",
    },
  },
  "incident-collision-with-deaths": {
    id: "ANTT-E413",
    severity: "error",
    title: { vi: "Va chạm giao thông có người chết", en: "Traffic collision with deaths" },
    description: {
      vi: "Va chạm giao thông là vụ việc có thiệt hại dưới mức tai nạn giao thông ít nghiêm trọng, nên không có người chết (Thông tư 58/2009/TT-BCA(C11), Điều 5). Vụ có người chết ghi là tai nạn giao thông (`trafficSeverity` là `accident`), hoặc sửa số người chết.",
      en: "A traffic collision is harm below the threshold of a less serious traffic accident, so nobody died (Circular 58/2009/TT-BCA(C11), Art. 5). Record an incident with deaths as a traffic accident (trafficSeverity accident), or correct the number of deaths.",
    },
  },
} as const satisfies ProblemEntries;
