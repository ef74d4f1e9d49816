/**
 * Phú Thọ province after the 2025 merger (former Vĩnh Phúc, Hòa Bình and Phú Thọ), 2025:
 * the published figures and the fixed facts `examples/data/phu-tho-2025.json` is generated
 * from. Data only. The figures are those of the domain notes ("A northern province after
 * the 2025 merger"), quoted beside each in the words the notes give them; examples/data/
 * README.md says how each exact count is counted. The units are today's (since 1 July
 * 2025: province and commune, no district), read by the generator from the package's own
 * unit table (src/vn-admin); the names of models other than the two published ones, of
 * residential areas and teams, the dates and the spread over communes are illustrative.
 */
import type { Envelope, Force, Model, Site } from "./types.js";

export const SEED = 20_250_025;

/** Tỉnh Phú Thọ, code 25: kept by the merged province (Decision 19/2025/QĐ-TTg). */
export const PROVINCE = "25";

/** The first day of today's units; a record dated before it carries `unitCodeAsOf`. */
export const REORGANISED_ON = "2025-07-01";

export const ENVELOPE: Envelope = {
  schemaVersion: "1.0",
  name: "Tỉnh Phú Thọ (sau hợp nhất): phong trào Toàn dân bảo vệ ANTT, năm 2025",
  description:
    "Mẫu dữ liệu minh họa tái tạo các số liệu đã công bố về phong trào ở tỉnh Phú Thọ sau hợp nhất (Vĩnh Phúc, Hòa Bình, Phú Thọ): 38 loại hình mô hình đang hoạt động; mô hình “Camera an ninh” từ năm 2020 tại 331 điểm trên địa bàn tỉnh; “Tổ liên gia an toàn PCCC và ANTT” mỗi tổ 5 đến 7 hộ. Đơn vị hành chính là đơn vị từ ngày 01/7/2025 (tỉnh, xã, phường); bản ghi lập trước ngày đó ghi mã đơn vị theo ngày 01/7/2025. Tên mô hình (trừ hai mô hình đã công bố), khu dân cư, tổ, ngày tháng và việc phân bố theo xã là minh họa.",
  area: { unitCode: PROVINCE, name: "Tỉnh Phú Thọ" },
  covers: { start: "2025-01-01", end: "2025-12-31" },
};

/** The domain notes: "38 kinds of models active". At the end of 2025, distinct kinds. */
export const KINDS_ACTIVE = 38;

/**
 * The domain notes: '"Camera an ninh" since 2020 at 331 sites across the province'. One
 * province model, launched in 2020, with 331 sites in residential areas, all active at the
 * end of 2025; the sites launched each year (illustrative) add up to 331.
 */
export const CAMERA = {
  name: "Camera an ninh",
  launchedOn: "2020-05-19",
  sites: 331,
  /** Sites launched per year, the first of 2020 being the pilot. */
  byYear: [
    [2020, 18],
    [2021, 52],
    [2022, 71],
    [2023, 83],
    [2024, 69],
    [2025, 38],
  ],
  /** The communes and wards with at least one site (of the province's 148). */
  communes: 121,
  description:
    "Camera giám sát an ninh lắp tại khu dân cư, kết nối điện thoại của hộ dân và Công an xã; triển khai từ năm 2020, nhân rộng trên địa bàn toàn tỉnh",
} as const;

/**
 * The domain notes: '"Tổ liên gia an toàn PCCC và ANTT": 5 to 7 households per team'. The
 * model in 6 wards and communes (one model each), 7 groups in each, of 5 to 7 households.
 */
export const FIRE_SECURITY = {
  name: "Tổ liên gia an toàn PCCC và ANTT",
  households: [5, 7],
  models: 6,
  teamsPerModel: 7,
  launches: ["2022-03-01", "2024-10-31"],
  lastFounded: "2025-11-28",
} as const;

/** Launch dates of the other models (illustrative). */
export const LAUNCHES = ["2016-03-01", "2025-11-30"] as const;

/**
 * A kind of model run in the province other than the two above: its code (and name when
 * custom), how many communes run a model of it, the kind of its site and the stem of its
 * models' names. With "Camera an ninh" and "Tổ liên gia an toàn PCCC và ANTT": 38 kinds.
 */
export type KindRow = readonly [
  kind: Model["kind"],
  customKindName: string | undefined,
  models: number,
  siteKind: Site["kind"],
  stem: string,
];

export const KINDS: readonly KindRow[] = [
  ["five-in-one", undefined, 6, "village", "Tổ tự quản 5 trong 1"],
  ["self-governing-team", undefined, 9, "village", "Tổ tự quản về ANTT"],
  ["public-fire-point", undefined, 4, "village", "Điểm chữa cháy công cộng"],
  ["security-loudspeaker", undefined, 4, "commune", "Tiếng loa an ninh"],
  ["security-broadcast", undefined, 2, "commune", "Phát thanh an ninh"],
  ["self-governing-clan", undefined, 5, "village", "Dòng họ tự quản về ANTT"],
  ["five-self-governances", undefined, 3, "village", "5 tự quản về ANTT"],
  ["four-safeties", undefined, 3, "commune", "4 an toàn về ANTT"],
  ["security-council", undefined, 2, "commune", "Hội đồng bảo vệ ANTT"],
  ["safe-boarding-houses", undefined, 3, "village", "Nhóm trọ an toàn về ANTT"],
  ["law-abiding-farmers", undefined, 4, "commune", "Chi hội nông dân không vi phạm pháp luật"],
  ["people-patrol", undefined, 5, "village", "Tổ tuần tra nhân dân và tự quản về ANTT"],
  ["area-police-serving-people", undefined, 2, "commune", "Cảnh sát khu vực vì nhân dân phục vụ"],
  ["three-on-one", undefined, 3, "commune", "Tổ 3 trên 1"],
  ["safe-school-gate", undefined, 4, "school", "Cổng trường an toàn giao thông"],
  ["border-area-link", undefined, 3, "commune", "Liên kết bảo đảm ANTT vùng giáp ranh"],
  ["peaceful-parish", undefined, 2, "religious-community", "Xứ đạo bình yên"],
  ["zalo-crime-prevention", undefined, 4, "commune", "Zalo kết nối - phòng, chống tội phạm"],
  ...(
    [
      ["Khu dân cư không có tội phạm và tệ nạn xã hội", 4, "village"],
      ["Dòng họ không có người vi phạm pháp luật", 3, "village"],
      ["Xóm, bản không có ma túy", 3, "village"],
      ["Chợ an toàn về ANTT", 2, "other"],
      ["Cụm doanh nghiệp an toàn về ANTT", 2, "business"],
      ["Bến xe an toàn về ANTT", 1, "other"],
      ["Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng", 3, "commune"],
      ["Tuyến đường tự quản về trật tự an toàn giao thông", 3, "village"],
      ["Trường học an toàn về ANTT", 2, "school"],
      ["Chùa bình yên", 1, "religious-community"],
      ["Khu công nghiệp an toàn về ANTT", 2, "business"],
      ["Chi hội phụ nữ tham gia bảo đảm ANTT", 3, "commune"],
      ["Đội thanh niên xung kích bảo vệ ANTT", 2, "commune"],
      ["Tổ cựu chiến binh tham gia giữ gìn ANTT", 2, "commune"],
      ["Lòng hồ an toàn về ANTT", 2, "other"],
      ["Bản du lịch cộng đồng an toàn về ANTT", 1, "village"],
      ["Nhóm Zalo an ninh khu công nghiệp", 1, "business"],
      ["Gia đình văn hóa không có người vi phạm pháp luật", 2, "village"],
    ] as const
  ).map(([name, n, siteKind]): KindRow => ["custom", name, n, siteKind, name]),
];

/**
 * Two models ended (thanh loại), so not active at the end of 2025: one of a kind no other
 * model has (it would be a 39th kind), one of a kind others still run.
 */
export const ENDED = [
  {
    kind: "custom",
    customKindName: "Bến đò an toàn về ANTT",
    stem: "Bến đò an toàn về ANTT",
    siteKind: "other",
    launchedOn: "2018-04-10",
    endedOn: "2024-10-15",
    endReason: "Bến đò ngừng hoạt động khi cầu mới được đưa vào sử dụng",
  },
  {
    kind: "security-loudspeaker",
    stem: "Tiếng loa an ninh",
    siteKind: "commune",
    launchedOn: "2017-06-20",
    endedOn: "2025-09-30",
    endReason: "Hệ thống loa hư hỏng, thay bằng phát thanh qua nhóm Zalo",
  },
] as const;

/**
 * Illustrative, not published: the grassroots security and order protection force (Law
 * 30/2023/QH15, from 1 July 2024), one team in each residential area, counted across the
 * province at the end of 2025.
 */
export const FORCES: readonly Force[] = [
  {
    id: "pt-ll-01",
    unitCode: PROVINCE,
    kind: "grassroots-protection",
    countedOn: "2025-12-31",
    members: 16_236,
    teams: 4_812,
  },
];
