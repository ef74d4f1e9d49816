// The problems of footage requests (issue 18): the rules of an extraction's refusal and
// custody log that FootageExtractionSchema checks, what checkExtraction finds against a
// footage policy, what custodyFindings finds on a given day, and the policy's own rules
// (antt/footage). Numbers 940–959.
import type { ProblemEntries } from "../types.js";

export const FOOTAGE_PROBLEMS = {
  "extraction-refusal-reason-not-refused": {
    id: "ANTT-E940",
    severity: "error",
    title: {
      vi: "Có lý do từ chối nhưng không bị từ chối",
      en: "Refusal reason on a request not refused",
    },
    description: {
      vi: "Lượt trích xuất ghi lý do từ chối (`refusalReason`) nhưng kết quả không phải “yêu cầu bị từ chối”. Sửa kết quả thành `refused`, hoặc xóa lý do từ chối.",
      en: "The extraction gives a reason for refusal (refusalReason) but its outcome is not refused. Set the outcome to refused, or delete the reason.",
    },
  },
  "custody-out-of-order": {
    id: "ANTT-E941",
    severity: "error",
    title: { vi: "Nhật ký ghi không theo thứ tự", en: "Custody log out of order" },
    description: {
      vi: "Một mục của nhật ký quản lý, truy cập dữ liệu sớm hơn mục ghi trước nó. Nhật ký chỉ được ghi nối tiếp: không sửa, không chèn mục cũ vào giữa. Kiểm tra thời điểm của mục theo sổ sách; nếu thiếu một mục cũ, ghi thêm một mục mới nói rõ việc ghi bổ sung.",
      en: "An entry of the custody log is earlier than the entry before it. The log is append-only: entries are never edited or inserted in the middle. Check the entry's time against the register; a forgotten entry is added at the end, saying it is added late.",
    },
  },
  "custody-before-request": {
    id: "ANTT-E942",
    severity: "error",
    title: { vi: "Nhật ký trước thời điểm yêu cầu", en: "Custody entry before the request" },
    description: {
      vi: "Một mục của nhật ký sớm hơn thời điểm yêu cầu trích xuất (`requestedAt`): dữ liệu chưa được trích xuất thì chưa thể xem, sao chép hay bàn giao. Sửa lại thời điểm của mục hoặc thời điểm yêu cầu.",
      en: "An entry of the custody log is before the footage was requested (requestedAt): footage not yet extracted cannot be viewed, copied or handed over. Correct the entry's time or the request's.",
    },
  },
  "custody-copy-without-retain-until": {
    id: "ANTT-E943",
    severity: "error",
    title: { vi: "Bản sao không có hạn lưu", en: "Copy without a retain-until date" },
    description: {
      vi: "Mục sao chép dữ liệu không ghi hạn lưu bản sao (`retainUntil`). Mỗi bản sao phải có ngày phải xóa; ghi ngày đó theo quyết định của người có thẩm quyền.",
      en: "A copied entry does not say until when the copy may be kept (retainUntil). Every copy has a day it must be deleted by; enter it as the decision that allowed the copy says.",
    },
  },
  "custody-retain-until-before-copy": {
    id: "ANTT-E944",
    severity: "error",
    title: { vi: "Hạn lưu trước ngày sao chép", en: "Retain-until before the copy" },
    description: {
      vi: "Hạn lưu bản sao (`retainUntil`) sớm hơn ngày tạo bản sao. Sửa hạn lưu hoặc thời điểm sao chép.",
      en: "The copy is to be kept until a day (retainUntil) before it was made. Correct the retain-until day or the time of the copy.",
    },
  },
  "custody-retain-until-not-copy": {
    id: "ANTT-E945",
    severity: "error",
    title: {
      vi: "Hạn lưu ghi cho mục không phải sao chép",
      en: "Retain-until on an entry that is not a copy",
    },
    description: {
      vi: "Chỉ mục sao chép mới có hạn lưu (`retainUntil`); mục xem, bàn giao hay xóa thì không. Xóa hạn lưu, hoặc sửa thao tác thành sao chép.",
      en: "Only a copied entry carries a retain-until day (retainUntil); a view, hand-over or deletion does not. Delete the day, or set the action to copied.",
    },
  },
  "custody-unknown-copy": {
    id: "ANTT-E946",
    severity: "error",
    title: { vi: "Bản sao không rõ nguồn", en: "Unknown copy" },
    description: {
      vi: "Mục nhật ký ghi tên một bản sao (`copy`) mà không có mục sao chép nào trước đó tạo ra bản sao này. Ghi đúng tên bản sao như ở mục sao chép, hoặc ghi thêm mục sao chép còn thiếu.",
      en: "A custody entry names a copy (copy) that no earlier copied entry made. Use the name the copied entry gave, or add the missing copied entry.",
    },
  },
  "custody-handover-without-recipient": {
    id: "ANTT-E947",
    severity: "error",
    title: { vi: "Bàn giao không ghi người nhận", en: "Hand-over without a recipient" },
    description: {
      vi: "Mục bàn giao dữ liệu không ghi người, đơn vị nhận (`to`). Ghi người, đơn vị nhận theo biên bản bàn giao.",
      en: "A hand-over entry does not say to whom the footage went (to). Enter the recipient from the hand-over record.",
    },
  },
  "custody-copy-overdue": {
    id: "ANTT-E948",
    severity: "error",
    title: { vi: "Bản sao quá hạn lưu chưa xóa", en: "Copy kept past its date" },
    description: {
      vi: "Một bản sao dữ liệu đã quá hạn lưu (`retainUntil`) mà nhật ký chưa ghi việc xóa. Xóa bản sao và ghi mục xóa vào nhật ký, hoặc, nếu người có thẩm quyền đã cho lưu thêm, ghi một mục sao chép mới với hạn lưu mới.",
      en: "A copy of the footage is past its retain-until day and the log records no deletion. Delete the copy and log the deletion or, if keeping it longer was authorised, log a new copy with the new date.",
    },
  },
  "footage-purpose-forbidden": {
    id: "ANTT-E949",
    severity: "error",
    title: { vi: "Mục đích bị cấm", en: "Forbidden purpose" },
    description: {
      vi: "Mục đích của yêu cầu trích xuất thuộc danh sách mục đích bị cấm của quy định (ví dụ theo dõi người tham gia tụ tập, hội họp hợp pháp). Từ chối yêu cầu và ghi kết quả “yêu cầu bị từ chối”.",
      en: "The request's purpose is one the footage policy forbids (watching people at a lawful assembly, for example). Refuse the request and record its outcome as refused.",
    },
  },
  "footage-purpose-not-allowed": {
    id: "ANTT-E950",
    severity: "error",
    title: { vi: "Mục đích không có trong quy định", en: "Purpose not allowed" },
    description: {
      vi: "Mục đích của yêu cầu không thuộc các mục đích mà quy định cho phép. Xem lại mục đích, hoặc từ chối yêu cầu.",
      en: "The request's purpose is not among those the footage policy allows. Check the purpose, or refuse the request.",
    },
  },
  "footage-case-ref-missing": {
    id: "ANTT-E951",
    severity: "error",
    title: { vi: "Thiếu số hồ sơ vụ việc", en: "Case reference missing" },
    description: {
      vi: "Quy định đòi hỏi yêu cầu với mục đích này ghi số hồ sơ vụ việc (`caseRef`). Ghi số hồ sơ trước khi trích xuất.",
      en: "The footage policy requires a case reference (caseRef) for requests of this purpose. Enter the case number before extracting.",
    },
  },
  "footage-legal-basis-missing": {
    id: "ANTT-E952",
    severity: "error",
    title: { vi: "Thiếu căn cứ pháp lý", en: "Legal basis missing" },
    description: {
      vi: "Quy định đòi hỏi yêu cầu với mục đích này ghi căn cứ pháp lý (`legalBasis`), ví dụ quyết định hay công văn yêu cầu. Ghi căn cứ trước khi trích xuất.",
      en: "The footage policy requires a legal basis (legalBasis) for requests of this purpose, such as the decision or letter asking for the footage. Enter it before extracting.",
    },
  },
  "footage-window-too-long": {
    id: "ANTT-E953",
    severity: "error",
    title: { vi: "Khoảng thời gian quá dài", en: "Time window too long" },
    description: {
      vi: "Đoạn dữ liệu yêu cầu (từ `footageFrom` đến `footageTo`) dài hơn mức tối đa của quy định. Thu hẹp khoảng thời gian về quanh thời điểm xảy ra vụ việc, hoặc tách thành các yêu cầu có lý do riêng.",
      en: "The footage requested (footageFrom to footageTo) is longer than the policy's longest window. Narrow it to the time around the incident, or make separate requests, each with its own reason.",
    },
  },
  "footage-too-many-cameras": {
    id: "ANTT-E954",
    severity: "error",
    title: { vi: "Quá nhiều camera", en: "Too many cameras" },
    description: {
      vi: "Yêu cầu trích xuất dữ liệu của nhiều điểm camera hơn mức tối đa của quy định. Chỉ chọn các điểm camera ghi được nơi xảy ra vụ việc.",
      en: "The request covers more camera points than the policy allows. Choose only the points that recorded the place of the incident.",
    },
  },
  "footage-radius-too-wide": {
    id: "ANTT-E955",
    severity: "error",
    title: { vi: "Khu vực yêu cầu quá rộng", en: "Area too wide" },
    description: {
      vi: "Bán kính khu vực yêu cầu (`area.radiusMetres`) lớn hơn mức tối đa của quy định. Thu hẹp khu vực quanh nơi xảy ra vụ việc.",
      en: "The radius of the area requested (area.radiusMetres) is wider than the policy allows. Narrow the area around the place of the incident.",
    },
  },
  "footage-case-request-limit": {
    id: "ANTT-E956",
    severity: "error",
    title: { vi: "Vượt số lần yêu cầu cho một vụ việc", en: "Too many requests for one case" },
    description: {
      vi: "Số yêu cầu trích xuất của cùng một hồ sơ vụ việc (`caseRef`) vượt mức tối đa của quy định. Gộp các yêu cầu, hoặc trình người có thẩm quyền xem xét trước khi yêu cầu thêm.",
      en: "One case (caseRef) has made more footage requests than the policy allows. Combine the requests, or have a senior officer review the case before asking again.",
    },
  },
  "footage-policy-purpose-conflict": {
    id: "ANTT-E957",
    severity: "error",
    title: { vi: "Mục đích vừa được phép vừa bị cấm", en: "Purpose both allowed and forbidden" },
    description: {
      vi: "Quy định trích xuất dữ liệu ghi cùng một mục đích ở cả danh sách được phép và danh sách bị cấm. Xóa mục đích khỏi một trong hai danh sách.",
      en: "The footage policy lists one purpose as both allowed and forbidden. Remove it from one of the two lists.",
    },
  },
  "footage-policy-window-order": {
    id: "ANTT-E958",
    severity: "error",
    title: {
      vi: "Khoảng thời gian tối thiểu lớn hơn tối đa",
      en: "Shortest window above the longest",
    },
    description: {
      vi: "Trong quy định trích xuất dữ liệu, khoảng thời gian tối thiểu (`minWindowMinutes`) lớn hơn khoảng thời gian tối đa (`maxWindowMinutes`). Sửa một trong hai giá trị.",
      en: "In the footage policy, the shortest window (minWindowMinutes) is longer than the longest (maxWindowMinutes). Correct one of them.",
    },
  },
  "policy-purpose-repeated": {
    id: "ANTT-E959",
    severity: "error",
    title: { vi: "Mục đích bị lặp trong quy định", en: "Purpose listed twice in the policy" },
    description: {
      vi: "Một danh sách mục đích của quy định trích xuất dữ liệu ghi cùng một mục đích hai lần. Mỗi mục đích chỉ ghi một lần; xóa mục lặp.",
      en: "A purpose list of the footage policy names the same purpose twice. List each purpose once; delete the repeat.",
    },
  },
  "footage-window-short": {
    id: "ANTT-W940",
    severity: "warning",
    title: { vi: "Khoảng thời gian rất ngắn", en: "Time window very short" },
    description: {
      vi: "Đoạn dữ liệu yêu cầu ngắn hơn mức tối thiểu của quy định, nên có thể không ghi được sự việc. Kiểm tra lại thời điểm bắt đầu và kết thúc.",
      en: "The footage requested is shorter than the policy's shortest window and may miss the event. Check its start and end.",
    },
  },
  "footage-area-missing": {
    id: "ANTT-W941",
    severity: "warning",
    title: { vi: "Không ghi khu vực yêu cầu", en: "Area not given" },
    description: {
      vi: "Quy định giới hạn bán kính khu vực yêu cầu nhưng yêu cầu không ghi khu vực (`area`), nên không kiểm tra được. Ghi tâm và bán kính khu vực.",
      en: "The policy limits the radius of a request but the request gives no area, so it cannot be checked. Enter the area's centre and radius.",
    },
  },
  "custody-copy-deleted-late": {
    id: "ANTT-W942",
    severity: "warning",
    title: { vi: "Bản sao xóa sau hạn lưu", en: "Copy deleted after its date" },
    description: {
      vi: "Bản sao dữ liệu đã được xóa nhưng sau hạn lưu (`retainUntil`). Xem lại quy trình xóa bản sao để lần sau xóa đúng hạn.",
      en: "A copy of the footage was deleted, but after its retain-until day. Review how copies are deleted so that they go on time.",
    },
  },
} as const satisfies ProblemEntries;
