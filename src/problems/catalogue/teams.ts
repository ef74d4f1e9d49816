// The problems of the rules of a team's record: its counts and lists agreeing, the
// statutory rules of security teams and fire-safety groups, its dates, its repeats.
// Numbers 550–599.
import type { ProblemEntries } from "../types.js";

export const TEAM_PROBLEMS = {
  "security-team-village-missing": {
    id: "ANTT-E551",
    severity: "error",
    title: { vi: "Tổ bảo vệ ANTT chưa ghi thôn", en: "Security team without its village" },
    description: {
      vi: "Tổ bảo vệ ANTT được lập ở một thôn, tổ dân phố, nhưng bản ghi không có tên thôn (`village`) và mã đơn vị (`unitCode`) chỉ là mã xã. Ghi tên thôn, hoặc dùng mã đơn vị cấp thôn như 15532.thon-3.",
      en: "A security team serves one village, but the record has no village name (`village`) and its unit code (`unitCode`) is a commune's. Give the village, or a village-level unit code such as 15532.thon-3.",
    },
  },
  "team-dissolved-before-founded": {
    id: "ANTT-E552",
    severity: "error",
    title: { vi: "Giải thể trước ngày thành lập", en: "Dissolved before founded" },
    description: {
      vi: "Ngày giải thể (`dissolvedOn`) sớm hơn ngày thành lập (`foundedOn`) của tổ. Sửa một trong hai ngày theo quyết định.",
      en: "The team's dissolution day (`dissolvedOn`) is before its founding day (`foundedOn`). Correct one of the two from the decisions.",
    },
  },
  "training-after-dissolution": {
    id: "ANTT-E553",
    severity: "error",
    title: { vi: "Tập huấn sau ngày giải thể", en: "Training after dissolution" },
    description: {
      vi: "Một buổi tập huấn, diễn tập (`trainings`) diễn ra sau ngày tổ giải thể (`dissolvedOn`). Sửa ngày tổ chức hoặc ngày giải thể.",
      en: "A training or drill (`trainings`) was held after the team was dissolved (`dissolvedOn`). Correct its day or the dissolution day.",
    },
  },
  "team-duty-repeated": {
    id: "ANTT-E554",
    severity: "error",
    title: { vi: "Nhiệm vụ của tổ bị lặp", en: "Team duty repeated" },
    description: {
      vi: "Một nhiệm vụ được ghi hai lần trong danh sách nhiệm vụ (`duties`) của tổ. Bỏ mục lặp.",
      en: "A duty is listed twice in the team's duties (`duties`). Remove the repeat.",
    },
  },
  "team-equipment-repeated": {
    id: "ANTT-E555",
    severity: "error",
    title: { vi: "Loại trang bị bị lặp", en: "Equipment kind repeated" },
    description: {
      vi: "Một loại trang bị (với loại khác: cùng tên) được ghi hai lần trong danh sách trang bị (`equipment`). Gộp thành một mục và cộng số lượng.",
      en: "A kind of equipment (for kind other, the same name) is listed twice in the equipment (`equipment`). Merge them into one entry and add up the counts.",
    },
  },
  "team-household-count-missing": {
    id: "ANTT-E556",
    severity: "error",
    title: { vi: "Thiếu số hộ tham gia", en: "Household count missing" },
    description: {
      vi: "Tổ liên gia, tổ tự quản, và mọi tổ có danh sách hộ (`households`), phải ghi số hộ tham gia (`householdCount`). Bổ sung số hộ.",
      en: "A fire-safety group, a self-governing team, and any team with a households list (`households`), needs its number of member households (`householdCount`). Add it.",
    },
  },
  "team-households-count-mismatch": {
    id: "ANTT-E557",
    severity: "error",
    title: { vi: "Danh sách hộ không khớp số hộ", en: "Households list does not match the count" },
    description: {
      vi: "Số hộ trong danh sách hộ (`households`) khác số hộ tham gia đã khai (`householdCount`). Bổ sung hoặc bỏ bớt hộ trong danh sách, hoặc sửa số hộ.",
      en: "The households list (`households`) has another number of households than the count (`householdCount`). Add or remove households, or correct the count.",
    },
  },
  "fire-group-household-range": {
    id: "ANTT-E558",
    severity: "error",
    title: { vi: "Tổ liên gia PCCC sai số hộ", en: "Fire-safety group of the wrong size" },
    description: {
      vi: "Tổ liên gia an toàn PCCC gồm từ 5 đến 15 hộ liền kề, nhưng số hộ tham gia (`householdCount`) nằm ngoài khoảng đó. Sửa số hộ hoặc chia, gộp tổ.",
      en: "A fire-safety group links 5 to 15 neighbouring households, but its count (`householdCount`) is outside that range. Correct the count, or split or merge the groups.",
    },
  },
  "team-household-repeated": {
    id: "ANTT-E559",
    severity: "error",
    title: { vi: "Mã hộ bị lặp", en: "Household id repeated" },
    description: {
      vi: "Hai hộ trong danh sách hộ (`households`) có cùng mã hộ (`id`). Sửa mã cho mỗi hộ khác nhau hoặc bỏ hộ ghi trùng.",
      en: "Two households of the list (`households`) have the same id (`id`). Give each its own id, or remove the repeat.",
    },
  },
  "served-unit-outside-commune": {
    id: "ANTT-E560",
    severity: "error",
    title: { vi: "Thôn phụ trách ngoài xã của tổ", en: "Served village outside the commune" },
    description: {
      vi: "Một thôn, tổ dân phố tổ phụ trách thêm (`servesUnitCodes`) không thuộc xã của tổ, hoặc mã ghi không phải mã cấp thôn. Ghi mã thôn, tổ dân phố cùng xã, như 15532.thon-4.",
      en: "A village the team also serves (`servesUnitCodes`) is not in the team's commune, or the code is not a village's. Give village codes of the same commune, such as 15532.thon-4.",
    },
  },
  "served-unit-repeated": {
    id: "ANTT-E561",
    severity: "error",
    title: { vi: "Thôn phụ trách bị lặp", en: "Served village repeated" },
    description: {
      vi: "Một thôn, tổ dân phố được ghi hai lần trong danh sách phụ trách thêm (`servesUnitCodes`), hoặc trùng với đơn vị của chính tổ (`unitCode`). Bỏ mục lặp.",
      en: "A village is listed twice among those the team also serves (`servesUnitCodes`), or is the team's own unit (`unitCode`). Remove the repeat.",
    },
  },
  "team-member-counts-missing": {
    id: "ANTT-E562",
    severity: "error",
    title: { vi: "Thiếu số thành viên theo chức danh", en: "Member counts missing" },
    description: {
      vi: "Tổ bảo vệ ANTT, và mọi tổ có danh sách thành viên (`members`), phải ghi số tổ trưởng, tổ phó, tổ viên (`memberCounts`). Bổ sung số thành viên theo chức danh.",
      en: "A security team, and any team with a members list (`members`), needs its number of leaders, deputies and members (`memberCounts`). Add them.",
    },
  },
  "team-members-count-mismatch": {
    id: "ANTT-E563",
    severity: "error",
    title: {
      vi: "Danh sách thành viên không khớp số đã khai",
      en: "Members list does not match the counts",
    },
    description: {
      vi: "Số người theo từng chức danh trong danh sách thành viên (`members`) khác số đã khai (`memberCounts`). Sửa danh sách hoặc số theo chức danh cho khớp nhau.",
      en: "The members list (`members`) has another number of people in a role than the counts (`memberCounts`). Make the list and the counts agree.",
    },
  },
  "security-team-leaders": {
    id: "ANTT-E564",
    severity: "error",
    title: { vi: "Tổ bảo vệ ANTT có hơn một tổ trưởng", en: "Security team with several leaders" },
    description: {
      vi: "Tổ bảo vệ ANTT chỉ có một tổ trưởng (Luật số 30/2023/QH15), nhưng số tổ trưởng (`memberCounts.leader`) lớn hơn 1. Sửa số tổ trưởng, ghi những người còn lại là tổ phó hoặc tổ viên.",
      en: "A security team has one leader (Law 30/2023/QH15), but its leader count (`memberCounts.leader`) is above 1. Correct it, counting the others as deputies or members.",
    },
  },
  "team-member-repeated": {
    id: "ANTT-E565",
    severity: "error",
    title: { vi: "Mã thành viên bị lặp", en: "Member id repeated" },
    description: {
      vi: "Hai người trong danh sách thành viên (`members`) có cùng mã (`id`). Sửa mã cho mỗi người khác nhau hoặc bỏ người ghi trùng.",
      en: "Two people of the members list (`members`) have the same id (`id`). Give each their own id, or remove the repeat.",
    },
  },
  "trained-count-with-members": {
    id: "ANTT-E566",
    severity: "error",
    title: {
      vi: "Ghi số người tập huấn khi có danh sách",
      en: "Trained count with a members list",
    },
    description: {
      vi: "Tổ đã có danh sách thành viên (`members`) thì ghi ngày tập huấn (`trainedOn`) của từng người, không ghi số người được tập huấn (`trainedCount`). Bỏ số người được tập huấn.",
      en: "A team that lists its members (`members`) gives each one's training day (`trainedOn`), not a trained count (`trainedCount`). Leave the count out.",
    },
  },
  "trained-count-without-member-counts": {
    id: "ANTT-E567",
    severity: "error",
    title: {
      vi: "Số người tập huấn thiếu số thành viên",
      en: "Trained count without member counts",
    },
    description: {
      vi: "Có số người được tập huấn (`trainedCount`) thì phải có số thành viên theo chức danh (`memberCounts`) để so sánh. Bổ sung số thành viên theo chức danh.",
      en: "A trained count (`trainedCount`) needs the member counts (`memberCounts`) it is a share of. Add them.",
    },
  },
  "trained-count-exceeds-members": {
    id: "ANTT-E568",
    severity: "error",
    title: { vi: "Số người tập huấn nhiều hơn thành viên", en: "More trained than members" },
    description: {
      vi: "Số người được tập huấn (`trainedCount`) nhiều hơn tổng số tổ trưởng, tổ phó, tổ viên (`memberCounts`). Kiểm tra lại hai số liệu.",
      en: "More people are trained (`trainedCount`) than the team's leaders, deputies and members (`memberCounts`) together. Check both figures.",
    },
  },
  "equipment-name-missing": {
    id: "ANTT-E569",
    severity: "error",
    title: { vi: "Trang bị loại khác thiếu tên", en: "Other equipment without a name" },
    description: {
      vi: "Trang bị thuộc loại khác (`other`) phải ghi tên trang bị (`name`), như Thang dây. Bổ sung tên, hoặc chọn một loại có trong danh mục.",
      en: "Equipment of kind other (`other`) needs its name (`name`), such as Thang dây. Add it, or pick a kind of the list.",
    },
  },
  "scenario-scale-on-training": {
    id: "ANTT-E580",
    severity: "error",
    title: { vi: "Tập huấn ghi quy mô diễn tập", en: "Scenario scale on a training" },
    description: {
      vi: "Quy mô tình huống diễn tập (`scenarioScale`) chỉ ghi cho buổi diễn tập, nhưng buổi này là tập huấn (`kind`). Bỏ quy mô, hoặc sửa loại thành diễn tập.",
      en: "A scenario scale (`scenarioScale`) belongs to a drill, but this entry is a training (`kind`). Leave the scale out, or make the entry a drill.",
    },
  },
  "team-exercise-activity-kind": {
    id: "ANTT-E581",
    severity: "error",
    title: {
      vi: "Buổi diễn tập của tổ dẫn đến hoạt động khác loại",
      en: "Team drill linked to another kind of activity",
    },
    description: {
      vi: "Mã hoạt động (`activityId`) của buổi diễn tập, tập huấn của tổ phải là một hoạt động cùng loại (diễn tập với diễn tập, tập huấn với tập huấn), nhưng hoạt động đó thuộc loại khác. Sửa mã hoạt động cho đúng.",
      en: "The activity id (`activityId`) of a team's drill or training must name an activity of the same kind (a drill for a drill, a training for a training), but it names another kind. Correct the id.",
    },
  },
  "team-drill-duplicates-activity": {
    id: "ANTT-W582",
    severity: "warning",
    title: {
      vi: "Buổi diễn tập của tổ trùng với hoạt động diễn tập",
      en: "Team drill duplicates a drill activity",
    },
    description: {
      vi: "Buổi diễn tập của tổ không ghi mã hoạt động (`activityId`) nhưng cùng ngày, cùng đơn vị, cùng nội dung với một hoạt động diễn tập: cuộc diễn tập có thể bị đếm hai lần. Nếu là cùng một cuộc, ghi mã hoạt động đó vào `activityId` để chỉ đếm một lần.",
      en: "A team's drill gives no activity id (`activityId`) but falls on the day, in the unit and on the topic of a drill activity: the drill may be counted twice. If it is the same drill, give that activity's id in `activityId` so that it is counted once.",
    },
  },
} as const satisfies ProblemEntries;
