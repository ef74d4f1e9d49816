/**
 * Tam Kỳ city (Quảng Nam), first half of 2022, with 2021 for context: the published
 * figures and the fixed facts `examples/data/tam-ky-2022.json` is generated from. Data
 * only. The figures come from the local news reports on the city's self-governing models
 * (mô hình tự quản về ANTT); the wording they were published in is quoted beside each,
 * and examples/data/README.md says how each exact count is counted. Unit codes are the
 * official pre-2025 codes; names of villages, people and shops, coordinates and amounts
 * are illustrative.
 */
import type { CityArea, CityPlaceRow } from "./places.js";
import type { ActivityOf, Category, Envelope, Model, Site } from "./types.js";

export const SEED = 20_220_502;

export const ENVELOPE: Envelope = {
  schemaVersion: "1.0",
  name: "Thành phố Tam Kỳ (Quảng Nam): mô hình tự quản về ANTT, 6 tháng đầu năm 2022",
  description:
    "Mẫu dữ liệu minh họa tái tạo các số liệu đã công bố về mô hình tự quản về ANTT ở thành phố Tam Kỳ (87 hồ sơ, 3 loại, 22 nhóm; 7 mô hình xây dựng mới, nhân rộng 6 tháng đầu năm 2022; Camera an ninh phường Trường Xuân; Tổ tự quản 5 trong 1 xã Tam Thăng). Mã đơn vị hành chính là mã chính thức trước ngày 01/7/2025; tên thôn, người, địa chỉ, tọa độ và số tiền là minh họa.",
  area: { unitCode: "502", name: "Thành phố Tam Kỳ" },
  covers: { start: "2021-01-01", end: "2022-06-30" },
};

export const CITY = "502";
export const TAM_THANG = "20362";
export const TRUONG_XUAN = "20353";

/** The province and the city; their pre-2025 codes stopped being valid on 2025-06-30. */
export const AREA: CityArea = {
  province: { code: "49", name: "Tỉnh Quảng Nam" },
  city: { code: CITY, name: "Thành phố Tam Kỳ" },
  validTo: "2025-06-30",
};

/** The 12 wards and communes: code, name, latitude, longitude, villages. */
export const PLACES: readonly CityPlaceRow[] = [
  ["20335", "Phường Tân Thạnh", 15.578, 108.485, 8],
  ["20341", "Phường An Mỹ", 15.573, 108.47, 7],
  ["20344", "Phường Hòa Hương", 15.556, 108.487, 8],
  ["20347", "Phường An Xuân", 15.567, 108.478, 6],
  ["20350", "Phường An Sơn", 15.56, 108.468, 7],
  ["20353", "Phường Trường Xuân", 15.585, 108.456, 8],
  ["20356", "Phường An Phú", 15.585, 108.505, 9],
  ["20359", "Xã Tam Thanh", 15.59, 108.545, 5],
  [
    "20362",
    "Xã Tam Thăng",
    15.607,
    108.497,
    [
      "Thôn Kim Đới",
      "Thôn Mỹ Cang",
      "Thôn Thạch Tân",
      "Thôn Tú Mỹ",
      "Thôn Vĩnh Bình",
      "Thôn Thanh Đồng",
    ],
  ],
  ["20371", "Xã Tam Phú", 15.56, 108.53, 8],
  ["20375", "Phường Hoà Thuận", 15.598, 108.478, 7],
  ["20389", "Xã Tam Ngọc", 15.54, 108.45, 7],
];

/**
 * "Tam Thăng ra mắt Tổ tự quản 5 trong 1 tháng 3/2021 ở thôn Kim Đới", "nhân rộng ra 5
 * thôn": the villages where it runs, with the launch at each (a village unit each).
 */
export const TAM_THANG_SITES = [
  { slug: "kim-doi", village: "Thôn Kim Đới", launchedOn: "2021-03-16" },
  { slug: "my-cang", village: "Thôn Mỹ Cang", launchedOn: "2021-06-18" },
  { slug: "thach-tan", village: "Thôn Thạch Tân", launchedOn: "2021-09-10" },
  { slug: "tu-my", village: "Thôn Tú Mỹ", launchedOn: "2021-12-08" },
  { slug: "vinh-binh", village: "Thôn Vĩnh Bình", launchedOn: "2022-03-11" },
  { slug: "thanh-dong", village: "Thôn Thanh Đồng", launchedOn: "2022-05-20" },
] as const;

/** The Tam Thăng five-in-one: its name and its team's duties. */
export const FIVE_IN_ONE = {
  name: "Tổ tự quản 5 trong 1 xã Tam Thăng",
  duties: [
    "keep-order",
    "crime-prevention",
    "fire-rescue",
    "epidemic-prevention",
    "disaster-reintegration",
  ],
} as const satisfies { name: string; duties: NonNullable<Model["duties"]> };

/** "3 loại": the police's own words for the three types. */
const TYPES = {
  selfRun: "Mô hình tự quản",
  linked: "Mô hình liên kết",
  prevention: "Mô hình phòng ngừa",
} as const;

export interface TkGroup {
  readonly type: string;
  readonly group: string;
  readonly kind: Model["kind"];
  readonly customKindName?: string;
  readonly count: number;
  readonly siteKind: Site["kind"];
  /** The model's name; {p} is the place (a village or a commune). */
  readonly name: string;
  readonly perCommune?: boolean;
  readonly duties?: readonly NonNullable<Model["duties"]>[number][];
}

/**
 * "87 hồ sơ mô hình", "3 loại", "22 nhóm": the city's 3 types and 22 groups, with how
 * many models each holds (87 in all). Type and group are the police's words; `kind` is
 * the library's code.
 */
export const GROUPS: readonly TkGroup[] = [
  {
    type: TYPES.selfRun,
    group: "Tổ tự quản 5 trong 1",
    kind: "five-in-one",
    count: 6,
    siteKind: "village",
    name: "Tổ tự quản 5 trong 1 {p}",
    duties: FIVE_IN_ONE.duties,
  },
  {
    type: TYPES.selfRun,
    group: "Tự quản về ANTT ở khu dân cư",
    kind: "self-governing-team",
    count: 12,
    siteKind: "village",
    name: "Tổ tự quản về ANTT {p}",
  },
  {
    type: TYPES.selfRun,
    group: "Dòng họ tự quản về ANTT",
    kind: "self-governing-clan",
    count: 5,
    siteKind: "village",
    name: "Dòng họ {clan} tự quản về ANTT {p}",
  },
  {
    type: TYPES.selfRun,
    group: "Tự quản về ANTT trong cơ sở tôn giáo",
    kind: "peaceful-parish",
    count: 1,
    siteKind: "religious-community",
    name: "Xứ đạo bình yên giáo xứ Tam Kỳ",
  },
  {
    type: TYPES.selfRun,
    group: "Tự quản về ANTT trong cơ sở tôn giáo",
    kind: "custom",
    customKindName: "Cơ sở thờ tự an toàn về ANTT",
    count: 1,
    siteKind: "religious-community",
    name: "Cơ sở thờ tự an toàn về ANTT {p}",
  },
  {
    type: TYPES.selfRun,
    group: "Chợ an toàn về ANTT",
    kind: "custom",
    customKindName: "Chợ an toàn về ANTT",
    count: 3,
    siteKind: "other",
    name: "Chợ an toàn về ANTT {p}",
    perCommune: true,
  },
  {
    type: TYPES.selfRun,
    group: "Nhà trọ an toàn về ANTT",
    kind: "safe-boarding-houses",
    count: 3,
    siteKind: "village",
    name: "Nhóm trọ an toàn về ANTT {p}",
  },
  {
    type: TYPES.selfRun,
    group: "5 tự quản về ANTT",
    kind: "five-self-governances",
    count: 4,
    siteKind: "village",
    name: "5 tự quản về ANTT {p}",
  },
  {
    type: TYPES.selfRun,
    group: "Liên gia an toàn PCCC",
    kind: "fire-safety-households",
    count: 4,
    siteKind: "village",
    name: "Tổ liên gia an toàn PCCC {p}",
  },
  {
    type: TYPES.selfRun,
    group: "Bãi biển an toàn",
    kind: "custom",
    customKindName: "Bãi biển an toàn về ANTT",
    count: 2,
    siteKind: "other",
    name: "Bãi biển an toàn về ANTT {p}",
    perCommune: true,
  },
  {
    type: TYPES.selfRun,
    group: "Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng",
    kind: "three-on-one",
    count: 3,
    siteKind: "village",
    name: "Tổ 3 trên 1 {p}",
  },
  {
    type: TYPES.linked,
    group: "Liên kết bảo đảm ANTT vùng giáp ranh",
    kind: "border-area-link",
    count: 4,
    siteKind: "commune",
    name: "Liên kết bảo đảm ANTT vùng giáp ranh {p}",
    perCommune: true,
  },
  {
    type: TYPES.linked,
    group: "Cụm an toàn về ANTT trong doanh nghiệp",
    kind: "custom",
    customKindName: "Cụm an toàn về ANTT trong doanh nghiệp",
    count: 3,
    siteKind: "business",
    name: "Cụm an toàn về ANTT các doanh nghiệp {p}",
    perCommune: true,
  },
  {
    type: TYPES.linked,
    group: "Liên kết nhà trường - gia đình - công an",
    kind: "safe-school-gate",
    count: 5,
    siteKind: "school",
    name: "Cổng trường an toàn giao thông {school}",
  },
  {
    type: TYPES.linked,
    group: "Hội viên, đoàn viên không vi phạm pháp luật",
    kind: "law-abiding-farmers",
    count: 3,
    siteKind: "village",
    name: "Chi hội nông dân không vi phạm pháp luật {p}",
  },
  {
    type: TYPES.linked,
    group: "Hội đồng bảo vệ ANTT",
    kind: "security-council",
    count: 2,
    siteKind: "commune",
    name: "Hội đồng bảo vệ ANTT {p}",
    perCommune: true,
  },
  {
    type: TYPES.prevention,
    group: "Camera an ninh",
    kind: "camera-security",
    count: 7,
    siteKind: "commune",
    name: "Camera an ninh {p}",
    perCommune: true,
    duties: ["camera-monitoring", "crime-prevention"],
  },
  {
    type: TYPES.prevention,
    group: "Tiếng loa an ninh",
    kind: "security-loudspeaker",
    count: 4,
    siteKind: "village",
    name: "Tiếng loa an ninh {p}",
  },
  {
    type: TYPES.prevention,
    group: "Phát thanh an ninh",
    kind: "security-broadcast",
    count: 2,
    siteKind: "commune",
    name: "Phát thanh an ninh {p}",
    perCommune: true,
  },
  {
    type: TYPES.prevention,
    group: "Zalo kết nối phòng, chống tội phạm",
    kind: "zalo-crime-prevention",
    count: 4,
    siteKind: "commune",
    name: "Zalo kết nối - phòng, chống tội phạm {p}",
    perCommune: true,
  },
  {
    type: TYPES.prevention,
    group: "Tuần tra nhân dân",
    kind: "people-patrol",
    count: 4,
    siteKind: "village",
    name: "Tổ tuần tra nhân dân và tự quản về ANTT {p}",
  },
  {
    type: TYPES.prevention,
    group: "Khu dân cư không ma túy",
    kind: "custom",
    customKindName: "Khu dân cư không có ma túy",
    count: 3,
    siteKind: "village",
    name: "Khu dân cư không có ma túy {p}",
  },
  {
    type: TYPES.prevention,
    group: "4 an toàn về ANTT",
    kind: "four-safeties",
    count: 2,
    siteKind: "village",
    name: "4 an toàn về ANTT {p}",
  },
];

export const MODEL_COUNT = 87;
/** When the models other than the named ones were launched. */
export const LAUNCHES = ["2015-03-01", "2021-12-20"] as const;
/** The two communes on the sea, where the beach models are. */
export const BEACH_COMMUNES = ["20359", "20371"] as const;
export const CLANS = ["Nguyễn Văn", "Trần", "Phan", "Huỳnh", "Võ"];
export const SCHOOLS = [
  "Trường Tiểu học Hoà Thuận",
  "Trường THCS An Sơn",
  "Trường Tiểu học Tân Thạnh",
  "Trường THCS Tam Thanh",
  "Trường Tiểu học An Phú",
];

/**
 * "7 mô hình xây dựng mới, nhân rộng trong 6 tháng đầu năm 2022": the 4 models launched
 * in the first half of 2022 (the other 3 of the 7 are replicated sites).
 */
export const NEW_IN_2022 = [
  { group: "Camera an ninh", unit: TRUONG_XUAN, launchedOn: "2022-04-22" },
  { group: "Zalo kết nối phòng, chống tội phạm", unit: "20356", launchedOn: "2022-02-18" },
  { group: "Liên kết nhà trường - gia đình - công an", unit: "20375", launchedOn: "2022-03-25" },
  { group: "Liên gia an toàn PCCC", unit: "20335", launchedOn: "2022-05-26" },
] as const;

/** "Trường Xuân ra mắt Camera an ninh tháng 4/2022": the model, "camera 0 đồng". */
export const TRUONG_XUAN_MODEL = {
  name: "Camera an ninh phường Trường Xuân",
  description:
    "Camera 0 đồng: người dân khối phố tự nguyện đóng góp kinh phí lắp camera hướng ra đường, kết nối chia sẻ hình ảnh với Công an phường",
} as const;

/**
 * Sites replicated outside Tam Thăng: two of self-governing teams before 2022, one of a
 * loudspeaker model in February 2022, and a loudspeaker site of 2020 ended in 2021.
 */
export const REPLICATIONS = {
  selfRun: ["2020-09-17", "2021-07-22"],
  loudspeaker: "2022-02-09",
  ended: {
    launchedOn: "2020-06-01",
    endedOn: "2021-10-15",
    endReason:
      "Hệ thống loa hư hỏng, không còn hoạt động; chuyển sang phát trên hệ thống truyền thanh của xã",
  },
} as const;

/**
 * The final review of 2021 and the interim review of H1 2022 ("Công an thành phố đánh
 * giá, đề xuất thanh loại mô hình không hiệu quả"): the interim grades of the 83 models
 * launched before 2022, and how many reviews recommend ending (5) and replicating (10).
 */
export const REVIEWS = {
  final: { reviewedOn: "2021-12-22", decisionRef: "Báo cáo 1987/BC-CATP", before: "2021-10-01" },
  interim: { reviewedOn: "2022-06-28", decisionRef: "Báo cáo 1036/BC-CATP" },
  grades: { good: 28, fair: 27, average: 20, weak: 8 },
  end: 5,
  replicate: 10,
  endNote: "Mô hình hoạt động hình thức, không còn phát huy hiệu quả; đề xuất thanh loại",
  notGradedNote: "Mới ra mắt, chưa đủ thời gian đánh giá",
} as const;

/** The five-in-one team of each Tam Thăng site: the training it was given. */
export const TEAM_TRAINING_NOTE = "Tập huấn kỹ năng hòa giải, sơ cứu, phòng cháy chữa cháy";

/**
 * "gần 50 camera, 100% do người dân đóng góp (camera 0 đồng)": 48 points of one lens in
 * Trường Xuân, 30 installed before the launch, paid 2.2 to 3.8 million đ a point by the
 * households of each khối phố.
 */
export const TRUONG_XUAN_CAMERAS = {
  points: 48,
  beforeLaunch: 30,
  installedBefore: ["2022-04-04", "2022-04-21"],
  installedAfter: ["2022-04-23", "2022-06-20"],
  contributionNote: "Camera 0 đồng: người dân tự nguyện đóng góp toàn bộ kinh phí",
} as const;

/** Trường Xuân's incidents clarified with its cameras: category, date, hour. */
export const CAMERA_CASES: readonly (readonly [Category, string, number])[] = [
  ["theft", "2022-05-03", 23],
  ["traffic-accident", "2022-05-14", 17],
  ["theft", "2022-05-29", 2],
  ["public-disorder", "2022-06-05", 21],
  ["traffic-accident", "2022-06-11", 7],
  ["theft", "2022-06-19", 1],
];

/** The city's other incidents of the period: category, how many, clarified or open. */
export const OTHER_INCIDENTS: readonly (readonly [Category, number, "other" | "open"])[] = [
  ["theft", 9, "other"],
  ["theft", 6, "open"],
  ["assault", 4, "other"],
  ["traffic-accident", 6, "other"],
  ["dispute", 5, "other"],
  ["drugs", 3, "other"],
  ["gambling", 3, "other"],
  ["online-fraud", 4, "open"],
  ["public-disorder", 2, "other"],
];
export const INCIDENT_DAYS = ["2021-01-05", "2022-06-20"] as const;

/** The launch of Trường Xuân's cameras (at its site), the award of Kim Đới, a drill. */
export const EVENTS: {
  readonly launch: ActivityOf<"outreach">;
  readonly award: ActivityOf<"award">;
  readonly drill: ActivityOf<"drill">;
} = {
  launch: {
    kind: "outreach",
    id: "",
    unitCode: TRUONG_XUAN,
    date: "2022-04-22",
    audience: 180,
    topic: "law",
    channel: "meeting",
    modelSiteId: "",
    note: "Ra mắt mô hình Camera an ninh, vận động nhân dân tham gia lắp đặt camera 0 đồng",
  },
  award: {
    kind: "award",
    id: "",
    unitCode: TAM_THANG,
    date: "2021-12-28",
    recipientKind: "model-site",
    recipientName: "Tổ tự quản 5 trong 1 thôn Kim Đới",
    recipientId: "",
    level: "district",
    form: "certificate",
    decisionRef: "QĐ 4512/QĐ-UBND",
  },
  drill: {
    kind: "drill",
    id: "",
    unitCode: "20335",
    date: "2022-06-15",
    level: "commune",
    participants: 64,
    topic: "fire",
    /** Illustrative: the scale of the drill's scenario. */
    scenarioScale: "village",
    note: "Diễn tập chữa cháy tại khu dân cư có Tổ liên gia an toàn PCCC",
  },
};

/**
 * Illustrative, not published: the organisations Tam Thăng's five-in-one teams were built
 * with.
 */
export const FIVE_IN_ONE_PARTNERS: NonNullable<Model["partners"]> = [
  "fatherland-front",
  "womens-union",
  "veterans-association",
];
