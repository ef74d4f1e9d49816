// The sentences of evaluation and recognition in Vietnamese, as data (see wording.ts).
import type { EvaluationWording } from "./wording.js";

export const VI: EvaluationWording = {
  reason: {
    unknown: "{label}: chưa đánh giá được, thiếu số liệu {needs} (không tính là 0)",
    anyFigure: "của tiêu chí",
    judged: "{label}: {value} ({requirement}): {outcome}",
    atLeast: "yêu cầu từ {threshold} trở lên",
    atMost: "yêu cầu không quá {threshold}",
    met: "đạt",
    notMet: "chưa đạt",
  },
  verdict: {
    rules: {
      ended: "Mô hình đã thanh loại{on}{reason}",
      "not-launched":
        "Mô hình chưa ra mắt trong kỳ: cần xây dựng, ra mắt trước khi đánh giá, xếp loại",
      "not-graded":
        "Chưa đủ số liệu để xếp loại mô hình (thiếu: {unknown}): cần bổ sung trước khi kết luận",
      "weak-twice": "Xếp loại yếu{score} hai kỳ liên tiếp: đề nghị thanh loại mô hình",
      weak: "Xếp loại yếu{score}: cần củng cố, kiện toàn; nếu kỳ sau vẫn yếu sẽ đề nghị thanh loại",
      suspended:
        "Mô hình đang tạm ngừng hoạt động{score}: cần củng cố, kiện toàn để hoạt động trở lại",
      "good-proven": "Xếp loại tốt{score}, đủ số liệu, {trend} kỳ trước: đề nghị nhân rộng mô hình",
      good: "Xếp loại tốt{score}; chưa nhân rộng vì {why}: duy trì mô hình",
      fair: "Xếp loại khá{score}: duy trì mô hình",
      average: "Xếp loại trung bình{score}: cần củng cố, kiện toàn mô hình",
    },
    score: " (đạt {points}/100 điểm)",
    endedOn: " ngày {date}",
    endReason: ": {reason}",
    trend: { up: "tiến bộ so với", steady: "giữ vững như" },
    unknownFigures: "còn thiếu số liệu ({unknown})",
    noEarlierGrade: "chưa có kết quả kỳ trước để so sánh",
  },
  recognition: {
    missing: "Chưa rõ: thiếu số liệu {what}",
    noShare: "Chưa rõ: số liệu ghi 0 {what}, không tính được tỷ lệ",
    households: {
      what: "hộ gia đình",
      met: "{part}/{total} hộ gia đình (100%) đã đăng ký tham gia",
      notMet: "Mới có {part}/{total} hộ gia đình ({rate}%) đăng ký tham gia; yêu cầu 100%",
    },
    staff: {
      what: "cán bộ, người lao động",
      met: "{part}/{total} người (100%) đã được quán triệt",
      notMet: "Mới có {part}/{total} người ({rate}%) được quán triệt; yêu cầu 100%",
    },
    effectiveModels: {
      what: "số mô hình phát huy hiệu quả",
      met: "Có {count} mô hình phát huy hiệu quả (yêu cầu ít nhất 01)",
      notMet: "Không có mô hình nào phát huy hiệu quả (yêu cầu ít nhất 01)",
    },
    outcome: {
      none: "Không có tiêu chí bắt buộc nào áp dụng cho {kind}: cần bổ sung tiêu chí để xét",
      failed: "Không đủ điều kiện công nhận năm {year} ({window}): chưa đạt {list}",
      unknown: "Chưa đủ căn cứ kết luận năm {year} ({window}): thiếu số liệu {list}",
      recognized: "Đạt tất cả tiêu chí bắt buộc năm {year} ({window})",
    },
  },
};
