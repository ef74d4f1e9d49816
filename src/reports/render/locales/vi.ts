// The Vietnamese report: its words and sentences, as published reports write them.
import { ADMIN_UNIT_TYPE_LABELS, type AdminUnitType } from "../../../admin/labels.js";
import { DATASET_COLLECTION_LABELS } from "../../../dataset/labels.js";
import type { ReportLocale } from "../locale.js";
import { after, exactFirst, sentence } from "./text.js";

/** A unit type's area word, and its label in lower case as a type of child unit. */
const unit = (type: AdminUnitType, area: string) => ({
  area,
  children: ADMIN_UNIT_TYPE_LABELS[type].vi.toLowerCase(),
});

const since = (ref: string | null) => after(" so với ", ref);

/**
 * The Vietnamese report locale (báo cáo tiếng Việt): what {@link renderReport} writes with
 * `locale: "vi"`.
 *
 * @description Start from it to write a province's own wording: replace the messages that
 * differ and pass the result as `locale`.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_LOCALE_VI } from "antt";
 * REPORT_LOCALE_VI.messages.common.whole("huyện"); // "Toàn huyện"
 * ```
 */
export const REPORT_LOCALE_VI: ReportLocale = {
  tag: "vi",
  style: "vi",
  nouns: {
    model: "mô hình",
    site: "điểm",
    team: "tổ",
    household: "hộ",
    lens: "mắt camera",
    lensShort: "mắt",
    point: "điểm",
    extraction: "lượt",
    incident: "vụ việc",
    case: "vụ",
    clarifiedCase: "vụ việc",
    categoryCase: "vụ",
    extractionChange: "lượt",
    clarifiedChange: "vụ",
    patrol: "lượt",
    ambush: "lượt",
    tip: "nguồn tin",
    mediation: "vụ",
    session: "buổi",
    audience: "lượt người",
    drill: "cuộc",
    training: "lớp",
    award: "lượt",
    contribution: "khoản",
    suspect: "đối tượng",
  },
  units: {
    province: unit("province", "tỉnh"),
    "centrally-run-city": unit("centrally-run-city", "thành phố"),
    "provincial-city": unit("provincial-city", "thành phố"),
    "municipal-city": unit("municipal-city", "thành phố"),
    "rural-district": unit("rural-district", "huyện"),
    "urban-district": unit("urban-district", "quận"),
    "district-town": unit("district-town", "thị xã"),
    commune: unit("commune", "xã"),
    ward: unit("ward", "phường"),
    township: unit("township", "thị trấn"),
    "special-zone": unit("special-zone", "đặc khu"),
    village: unit("village", "thôn"),
    "mountain-village": unit("mountain-village", "thôn"),
    "urban-block": unit("urban-block", "khối phố"),
    "residential-group": unit("residential-group", "tổ dân phố"),
    hamlet: unit("hamlet", "ấp"),
    "other-village": unit("other-village", "khu dân cư"),
  },
  ownerGroups: {
    "agencies-businesses-schools": "do cơ quan, doanh nghiệp, trường học lắp đặt",
    households: "do hộ gia đình lắp đặt",
    public: "camera công cộng (xã hội hóa)",
    police: "của lực lượng Công an",
  },
  collections: {
    models: DATASET_COLLECTION_LABELS.models.vi,
    sites: DATASET_COLLECTION_LABELS.sites.vi,
    reviews: DATASET_COLLECTION_LABELS.reviews.vi,
    recognitions: DATASET_COLLECTION_LABELS.recognitions.vi,
    teams: DATASET_COLLECTION_LABELS.teams.vi,
    cameras: DATASET_COLLECTION_LABELS.cameras.vi,
    incidents: DATASET_COLLECTION_LABELS.incidents.vi,
    extractions: DATASET_COLLECTION_LABELS.extractions.vi,
    activities: DATASET_COLLECTION_LABELS.activities.vi,
    contributions: DATASET_COLLECTION_LABELS.contributions.vi,
    expenses: DATASET_COLLECTION_LABELS.expenses.vi,
    forces: DATASET_COLLECTION_LABELS.forces.vi,
  },
  messages: {
    common: {
      unassigned: "Chưa phân loại",
      unassignedKind: "chưa phân loại",
      unknownModel: "mô hình không có trong dữ liệu",
      quoted: (name) => `“${name}”`,
      whole: (area) => `Toàn ${area}`,
      unitList: (words) => words.join(", "),
      ofThese: (parts) => `Trong đó: ${parts.join("; ")}.`,
      clauses: (parts) => `${parts.join("; ")}.`,
    },
    header: {
      title: "BÁO CÁO KẾT QUẢ PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
      unitAndPeriod: ({ unit, parent, period }) =>
        `${unit}${parent === null ? "" : ` (${parent})`}, ${period}`,
      now: ({ units, kind }) =>
        kind === "became"
          ? `Nay là ${units[0]}.`
          : kind === "divided"
            ? `Nay đơn vị đã được sắp xếp vào: ${units.join("; ")}.`
            : `Nay thuộc một trong các đơn vị (dữ liệu chưa xác định được): ${units.join("; ")}.`,
      dateRange: ({ start, end }) => `từ ngày ${start} đến ngày ${end}`,
      comparedWith: (ref) => `so sánh với ${ref}`,
      notCompared: "không so sánh với kỳ khác",
      periodLine: ({ range, compared, code }) =>
        `Kỳ báo cáo: ${range}; ${compared}. Đơn vị: mã ${code}.`,
      dataSource: (name) => `Nguồn số liệu: ${name}.`,
      numbersExact: "Cách ghi số: số liệu chính xác.",
      numbersRoundedMarkdown:
        "Cách ghi số: số trong lời văn được làm tròn (trên, hơn, gần), số chính xác ghi trong ngoặc đơn và trong các bảng.",
      numbersRoundedText:
        "Cách ghi số: số trong lời văn được làm tròn (trên, hơn, gần); số chính xác ở báo cáo dạng bảng (markdown) và dữ liệu JSON.",
    },
    changes: {
      samePeriodYearEarlier: "cùng kỳ năm trước",
      samePeriodOf: ({ year }) => `cùng kỳ năm ${year}`,
      previousPeriod: ({ period }) => period,
      significant: ", có ý nghĩa thống kê",
      notSignificant: ", chưa có ý nghĩa thống kê",
      unchanged: "không thay đổi",
      sameAs: (ref) => `bằng ${ref}`,
      upFromNone: ({ amount, exact, ref, significance }) =>
        `tăng ${amount}${since(ref)} (${exactFirst(exact)}khi đó chưa có)${significance}`,
      up: ({ amount, exact, percent, ref, significance }) =>
        `tăng ${amount} (${exactFirst(exact)}+${percent})${since(ref)}${significance}`,
      down: ({ amount, exact, percent, ref, significance }) =>
        `giảm ${amount} (${exactFirst(exact)}−${percent})${since(ref)}${significance}`,
      curbed: ({ amount, exact, percent, ref, significance }) =>
        `được kiềm chế ${amount} (${exactFirst(exact)}giảm ${percent} số vụ)${since(ref)}${significance}`,
      cellWasNone: "cùng kỳ: 0",
      cellSignificant: (p) => `có (p = ${p})`,
      cellNotSignificant: (p) => `chưa (p = ${p})`,
    },
    models: {
      title: "Mô hình, tổ tự quản",
      none: "Chưa ghi nhận mô hình, điểm mô hình hay tổ nào.",
      ofThemReplicated: ({ sites }) => `, trong đó ${sites} nhân rộng`,
      onlyHigherLevel: ({ whole, sites, above, replicated, end }) =>
        `${whole} có ${sites} áp dụng mô hình của đơn vị cấp trên${above === null ? "" : ` (${above})`}${replicated}; không có mô hình riêng đang hoạt động (tính đến ${end}).`,
      active: ({ whole, models, kinds, end, change, sites, replicated }) =>
        `${whole} có ${models}${kinds === null ? "" : ` thuộc ${kinds} loại hình`} đang hoạt động (tính đến ${end})${change}; ${sites} áp dụng mô hình${replicated}.`,
      types: ({ types, groups }) => `các mô hình thuộc ${types} loại, ${groups} nhóm`,
      withDossier: ({ models }) => `${models} có hồ sơ`,
      exemplars: ({ models }) => `${models} là điển hình tiên tiến`,
      facts: (parts) => `${sentence(parts.join("; "), "vi")}.`,
      kindCount: ({ kind, count }) => `${kind} (${count})`,
      byKind: ({ kinds, others }) =>
        `Theo loại hình: ${kinds.join(", ")}${others > 0 ? ` và ${others} loại hình khác` : ""}.`,
      everyUnit: ({ total, children, model }) =>
        `${total}/${total} ${children} có mô hình “${model}”`,
      everyUnitOfKind: ({ total, children, kind, models }) =>
        `${total}/${total} ${children} có mô hình loại hình “${kind}” (${models} cộng lại)`,
      unitsWithSite: ({ count, total, children }) =>
        `${count}/${total} ${children} có điểm mô hình`,
      widest: ({ model, count, total }) => `rộng nhất là mô hình “${model}” (${count}/${total})`,
      widestKind: ({ kind, count, total, models }) =>
        `rộng nhất là loại hình “${kind}” (${count}/${total}, ${models} cộng lại)`,
      participants: ({ households, people }) =>
        `Có ${[households === null ? null : `${households} hộ`, people === null ? null : `${people} người`].filter((x) => x !== null).join(", ")} tham gia các mô hình.`,
      noChanges: "Trong kỳ không có mô hình xây dựng mới, nhân rộng hay thanh loại.",
      launched: (models) => `xây dựng mới ${models}`,
      replicated: (sites) => `nhân rộng ${sites}`,
      ended: (models) => `thanh loại ${models}`,
      closed: (sites) => `dừng ${sites}`,
      changesInPeriod: ({ parts, total }) =>
        `Trong kỳ: ${parts.join(", ")} (tổng số mô hình xây dựng mới, nhân rộng: ${total}).`,
      newSites: ({ kind, active, launched }) => `${kind}: ${active}, ${launched} xây dựng trong kỳ`,
      replicatedModel: ({ name, sites, replicated }) =>
        `“${name}” ${sites} (${replicated} điểm nhân rộng)`,
      mostReplicated: (models) => `Mô hình được nhân rộng nhiều nhất: ${models.join("; ")}.`,
      grade: ({ grade, count }) => `${grade} ${count}`,
      grades: (grades) => `Xếp loại mô hình: ${grades.join(", ")}.`,
      recommendation: ({ recommendation, count }) => `${recommendation} ${count}`,
      partners: (parts) => `Phối hợp xây dựng mô hình: ${parts.join("; ")}.`,
      modelCameras: (parts) => `Camera thuộc mô hình: ${parts.join("; ")}.`,
      modelCamera: ({ model, lenses, points }) => `${model} ${lenses} (${points})`,
      partner: ({ partner, models }) => `${partner} (${models})`,
      reviews: ({ held, recommendations }) =>
        `Đã sơ kết, tổng kết ${held} lượt mô hình${recommendations.length > 0 ? `; đề xuất: ${recommendations.join(", ")}` : ""}.`,
      teamKind: ({ kind, count }) => `${kind}: ${count}`,
      teams: ({ teams, kinds, households, change, founded }) =>
        `Có ${teams} đang hoạt động${kinds.length > 0 ? ` (${kinds.join("; ")})` : ""}${households === null ? "" : `, gồm ${households} tham gia`}${change}${founded === null ? "" : `; thành lập mới ${founded} trong kỳ`}.`,
      fireSafety: ({ groups, founded, households, combined }) =>
        `${groups} Tổ liên gia an toàn PCCC (${founded} thành lập trong kỳ${combined === null ? "" : `; ${combined} tổ kết hợp bảo đảm ANTT`}) liên kết ${households}.`,
      securityVillages: (villages) =>
        `Tổ bảo vệ ANTT ở cơ sở phụ trách ${villages} thôn, tổ dân phố.`,
      trained: ({ trained, of, rate }) => `Có ${trained}/${of} thành viên được tập huấn (${rate}).`,
      forces: (forces) => `Lực lượng: ${forces.join("; ")}.`,
      force: ({ force, members, teams, police, until }) =>
        `${force} ${members} ${police ? "cán bộ, chiến sĩ" : "thành viên"}${teams === null ? "" : ` (${teams} tổ)`}${until === null ? "" : ` (hoạt động đến ${until})`}`,
      table: ["Loại hình mô hình", "Mô hình", "Điểm", "So với kỳ so sánh"],
    },
    cameras: {
      title: "Camera an ninh",
      none: "Chưa ghi nhận camera nào.",
      allFacing: ({ whole, lenses, change }) =>
        `${whole} có ${lenses} hướng ra nơi công cộng, đường giao thông${change}.`,
      someFacing: ({ whole, lenses, change, facing }) =>
        `${whole} có ${lenses}${change}, trong đó ${facing} hướng ra nơi công cộng, đường giao thông.`,
      police: {
        commune: "Công an xã",
        ward: "Công an phường",
        township: "Công an thị trấn",
        communeAndWard: "Công an xã, phường",
      },
      dutyRoom: ({ lenses, police }) => `${lenses} kết nối về phòng trực ban ${police}`,
      byOwner: ({ lenses, owner }) => `${lenses} ${owner}`,
      installed: ({ points, removed }) =>
        `Trong kỳ lắp mới ${points}${after(", tháo dỡ ", removed)}.`,
      costSource: ({ source, amount }) => `${source} ${amount}`,
      cost: ({ points, total, split, sources }) =>
        `Kinh phí lắp đặt đã ghi nhận của ${points}: ${total}${split === null ? "" : `, trong đó ${split}`} (${sources.join(", ")}).`,
      equipment: ({ recorders, screens, police }) =>
        `Hệ thống gồm ${[
          recorders === null ? null : `${recorders} đầu ghi`,
          screens === null ? null : `${screens} màn hình giám sát tại phòng trực ${police}`,
        ]
          .filter((part) => part !== null)
          .join(", ")}.`,
      planned: ({ points, allFunded, funded, cost }) =>
        allFunded
          ? `Ngoài ra, ${points} camera đã có kinh phí${cost === null ? "" : ` (${cost})`}, chưa lắp đặt.`
          : funded === null
            ? `Ngoài ra, ${points} camera đã có kế hoạch, chưa lắp đặt.`
            : `Ngoài ra, ${points} camera đã có kế hoạch, chưa lắp đặt, trong đó ${funded} đã có kinh phí${cost === null ? "" : ` (${cost})`}.`,
      perHouseholds: ({ rate, base, previous }) =>
        `Bình quân ${rate} mắt camera/1.000 hộ (${base}${previous === null ? "" : `; ${previous.ref}: ${previous.rate}`}).`,
      table: ["Chủ sở hữu", "Điểm", "Mắt camera", "Mắt so với kỳ so sánh"],
    },
    population: {
      residents: (count) => `dân số ${count} người`,
      households: (count) => `${count} hộ`,
    },
    footage: {
      title: "Khai thác dữ liệu camera",
      none: "Chưa ghi nhận lượt trích xuất dữ liệu camera nào trong kỳ.",
      category: ({ category, count, classes }) =>
        `${count} ${category}${classes.length === 0 ? "" : ` (${classes.join(", ")})`}`,
      categoryClass: ({ legalClass, count }) => `${count} ${legalClass}`,
      summary: ({ extractions, clarified, categories }) =>
        `Đã trích xuất ${extractions}, làm rõ ${clarified}${categories.length > 0 ? `, gồm: ${categories.join("; ")}` : ""}.`,
      compared: ({ ref, extractions, clarified }) =>
        `So với ${ref}: số lượt trích xuất ${extractions}; số vụ việc làm rõ nhờ camera ${clarified}.`,
      helped: (extractions) =>
        `${sentence(extractions, "vi")} trích xuất có kết quả góp phần làm rõ vụ việc (một vụ có thể cần nhiều lượt).`,
      helpedSearch: (extractions) =>
        `${sentence(extractions, "vi")} trích xuất góp phần tìm được người, tài sản thất lạc.`,
      table: ["Loại vụ việc làm rõ nhờ camera", "Số vụ", "So với kỳ so sánh", "Ý nghĩa thống kê"],
    },
    incidents: {
      title: "Tình hình an ninh, trật tự",
      none: "Chưa ghi nhận vụ việc nào trong kỳ.",
      total: ({ incidents, change }) => `Xảy ra ${incidents} về ANTT${change}.`,
      perResidents: ({ rate, base, previous }) =>
        `Bình quân ${rate} vụ/10.000 dân (${base}${previous === null ? "" : `; ${previous.ref}: ${previous.rate} vụ/10.000 dân`}).`,
      legalClass: ({ legalClass, cases, change }) => `${legalClass} ${cases}${change}`,
      byCategory: (parts) => `Theo loại vụ việc: ${parts.join("; ")}.`,
      noneDeclared: "Không để xảy ra vụ việc nào về ANTT trong kỳ.",
      suspectsByCategory: (parts) => `Đối tượng theo loại vụ việc: ${parts.join("; ")}.`,
      criminalCleared: ({ cleared, cases, rate, withCamera, suspects }) =>
        `Phạm pháp hình sự: điều tra, làm rõ ${cleared}/${cases} vụ, đạt ${rate}; trong đó ${withCamera} vụ nhờ camera, với ${suspects}.`,
      suspectsOf: ({ suspects, category }) => `${suspects} ${category}`,
      absent: (what) =>
        what === "fire" ? "Không để xảy ra cháy, nổ." : "Không phát sinh tệ nạn xã hội.",
      childrenComplete: ({ complete, total, children }) =>
        `${complete}/${total} ${children} đã báo cáo đầy đủ vụ việc trong kỳ.`,
      categoryGroup: ({ group, categories, cases }) => `${group} (${categories}): ${cases}.`,
      accident: (p) => {
        const of = (part: { stated: string; cases: string } | null) =>
          part === null ? "" : ` (số liệu của ${part.stated}/${part.cases} vụ)`;
        // One note for both figures when they are known of the same incidents.
        const same =
          p.deaths !== null && p.injuries !== null && of(p.deathsOf) === of(p.injuriesOf);
        const people = p.noCasualties
          ? ["không gây thiệt hại về người"]
          : same
            ? [`làm chết ${p.deaths} người, bị thương ${p.injuries} người${of(p.deathsOf)}`]
            : [
                ...(p.deaths === null ? [] : [`làm chết ${p.deaths} người${of(p.deathsOf)}`]),
                ...(p.injuries === null
                  ? []
                  : [`bị thương ${p.injuries} người${of(p.injuriesOf)}`]),
              ];
        const harm = [
          ...(people.length === 0 ? [] : [people.join(", ")]),
          ...(p.damage === null ? [] : [`thiệt hại tài sản khoảng ${p.damage}${of(p.damageOf)}`]),
        ];
        const split = p.split.map(({ severity, cases }) => `${cases} ${severity}`).join(", ");
        return `Xảy ra ${p.cases} ${p.category}${split === "" ? "" : ` (${split})`}${harm.length === 0 ? "" : `, ${harm.join(", ")}`}.`;
      },
      causes: (parts) =>
        `Nguyên nhân: ${parts.map(({ cause, cases, established }) => `${cases} ${established ? "do " : ""}${cause}`).join("; ")}.`,
      clarified: ({ clarified, total, rate, previous, withCamera, suspects }) =>
        `Đã làm rõ ${clarified}/${total} vụ, đạt ${rate}${previous === null ? "" : ` (${previous.ref}: ${previous.rate})`}, trong đó ${withCamera} vụ nhờ camera; xác định ${suspects}.`,
      table: ["Loại vụ việc", "Số vụ", "Kỳ so sánh", "Tăng, giảm", "Ý nghĩa thống kê"],
    },
    activities: {
      title: "Hoạt động của lực lượng và quần chúng",
      none: "Chưa ghi nhận hoạt động nào trong kỳ.",
      patrols: ({ patrols, directedByCamera, change }) =>
        `tuần tra ${patrols}${directedByCamera === null ? "" : ` (${directedByCamera} lượt theo chỉ dẫn của camera)`}${change}`,
      ambushes: ({ ambushes, directedByCamera }) =>
        `mật phục ${ambushes}${directedByCamera === null ? "" : ` (${directedByCamera} lượt theo chỉ dẫn của camera)`}`,
      tips: ({ tips, ledToIncident, change }) =>
        `tiếp nhận ${tips} (${ledToIncident} dẫn đến phát hiện vụ việc)${change}`,
      mediations: ({ mediations, succeeded, rate }) =>
        `hòa giải ${mediations}, thành ${succeeded} vụ${rate === null ? "" : ` (đạt ${rate} số vụ đã hòa giải xong)`}`,
      outreach: ({ sessions, audience }) => `tuyên truyền ${sessions} (${audience} tham dự)`,
      drills: ({ drills, topics, scales }) =>
        `diễn tập ${drills}${topics.length + scales.length === 0 ? "" : ` (${[...topics, ...scales].join("; ")})`}`,
      drillTopic: ({ topic, count }) => (count === null ? topic : `${count} về ${topic}`),
      drillScale: ({ scale, count }) =>
        count === null ? `quy mô ${scale}` : `${count} cuộc quy mô ${scale}`,
      trainings: (trainings) => `tập huấn ${trainings}`,
      awards: ({ awards, cash }) => `khen thưởng ${awards}${cash === null ? "" : ` (${cash})`}`,
      inPeriod: (parts) => `Trong kỳ: ${parts.join("; ")}.`,
      subjects: ({ apprehended, found, byCategory }) =>
        `Qua tuần tra, mật phục: ${[
          apprehended === null ? null : `bắt giữ ${apprehended}`,
          found === null
            ? null
            : `phát hiện, xử lý ${found}${byCategory.length > 0 ? ` (${byCategory.join("; ")})` : ""}`,
        ]
          .filter((part) => part !== null)
          .join("; ")}.`,
      subjectCategory: ({ category, count }) => `${category} ${count}`,
    },
    funding: {
      title: "Kinh phí, xã hội hóa",
      none: "Chưa ghi nhận khoản đóng góp, khoản chi nào trong kỳ.",
      allCommunity: "100% xã hội hóa",
      allBudget: "100% ngân sách nhà nước",
      split: ({ community, budget, unknown }) =>
        [
          community === null ? null : `xã hội hóa ${community}`,
          budget === null ? null : `ngân sách nhà nước ${budget}`,
          unknown === null ? null : `chưa rõ nguồn ${unknown}`,
        ]
          .filter((part) => part !== null)
          .join(", "),
      contributions: ({ contributions, total, split, change }) =>
        `Huy động ${contributions} đóng góp với tổng số tiền ${total} (${split})${change}.`,
      expenses: ({ amount, count, split }) =>
        `Đã chi ${amount} (${count} khoản chi)${split === null ? "" : `, trong đó ${split}`}.`,
      byTarget: (parts) => `Đóng góp theo mục đích: ${parts.join("; ")}.`,
      byPurpose: (parts) => `Chi theo nội dung: ${parts.join("; ")}.`,
      moneyFor: ({ what, amount }) => `${what} ${amount}`,
      recognisedKind: ({ kind, recognized, assessed }) => `${kind} ${recognized}/${assessed}`,
      recognised: ({ recognized, assessed, kinds }) =>
        `Công nhận “An toàn về ANTT”: ${recognized}/${assessed} (${kinds.join("; ")}).`,
    },
    notes: {
      title: "Lưu ý",
      periodNotCovered: ({ span, period }) =>
        `Bộ dữ liệu chỉ có số liệu ${span}, không đủ cho ${period}: số liệu trên có thể chưa đầy đủ.`,
      comparisonNotCovered: ({ ref, span }) =>
        `Không nêu số so sánh với ${ref} vì bộ dữ liệu chỉ có số liệu ${span}.`,
      warning: (message) => `${message}.`,
      significanceTest: (level) =>
        `Ý nghĩa thống kê: kiểm định Poisson chính xác, mức ý nghĩa ${level}; không áp dụng cho số liệu tồn (mô hình, tổ, camera) và số tiền.`,
    },
    reconciliation: {
      title: "Đối soát số liệu",
      intro: (period) =>
        `Số bản ghi của bộ dữ liệu được tính vào ${period} (mỗi bản ghi được tính hoặc được nêu lý do không tính).`,
      otherUnit: (count) => `đơn vị khác ${count}`,
      unknownUnit: (count) => `mã đơn vị không rõ ${count}`,
      outsidePeriod: (count) => `ngoài kỳ ${count}`,
      collection: ({ collection, given, counted, excluded }) =>
        `${collection}: có ${given}, tính ${counted}${excluded.length > 0 ? `; không tính: ${excluded.join(", ")}` : ""}.`,
      table: ["Nhóm bản ghi", "Có", "Tính", "Đơn vị khác", "Mã đơn vị không rõ", "Ngoài kỳ"],
    },
  },
};
