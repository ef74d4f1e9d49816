/**
 * Hội An city (Quảng Nam), 2023: the published figures and the fixed facts
 * `examples/data/hoi-an-2023.json` is generated from. Data only. The figures come from the
 * local news reports on the city's "Toàn dân bảo vệ an ninh Tổ quốc" movement in 2023; the
 * wording they were published in is quoted beside each, and examples/data/README.md says
 * how each exact count is counted. Unit codes are the official pre-2025 codes; names of
 * villages, people, streets and shops, coordinates and amounts are illustrative.
 */
import type { CityArea, CityPlaceRow } from "./places.js";
import type { ActivityOf, Category, Contribution, Envelope, Model, Site, Team } from "./types.js";

export const SEED = 20_230_503;

export const ENVELOPE: Envelope = {
  schemaVersion: "1.0",
  name: "Thành phố Hội An (Quảng Nam): phong trào Toàn dân bảo vệ ANTT, năm 2023",
  description:
    "Mẫu dữ liệu minh họa tái tạo các số liệu đã công bố về phong trào ở thành phố Hội An năm 2023: 44 mô hình (4 mô hình mới), 16 Tổ liên gia PCCC, 13 điểm chữa cháy công cộng, Nhóm trọ an toàn về ANTT ở Cẩm Châu (41 hộ), Chi hội nông dân không vi phạm pháp luật (50 hội viên). Mã đơn vị hành chính là mã chính thức trước ngày 01/7/2025; tên thôn, người, địa chỉ, tọa độ và số tiền là minh họa.",
  area: { unitCode: "503", name: "Thành phố Hội An" },
  covers: { start: "2023-01-01", end: "2023-12-31" },
};

/**
 * "17 cán bộ Công an xã, 158 thành viên bảo vệ dân phố": the city's forces at the end of
 * 2023, before Law 30/2023/QH15 replaced the ward protection force (1 July 2024).
 */
export const FORCES = [
  {
    id: "ha-ll-01",
    unitCode: "503",
    kind: "commune-police",
    countedOn: "2023-12-31",
    members: 17,
  },
  {
    id: "ha-ll-02",
    unitCode: "503",
    kind: "ward-protection",
    countedOn: "2023-12-31",
    members: 158,
  },
] as const;

export const CITY = "503";
export const TAN_HIEP = "20434";
export const CAM_CHAU = "20413";
export const MINH_AN = "20398";
export const CAM_PHO = "20404";
export const SON_PHONG = "20410";
export const TAN_AN = "20401";
export const THANH_HA = "20407";

/** The province and the city; their pre-2025 codes stopped being valid on 2025-06-30. */
export const AREA: CityArea = {
  province: { code: "49", name: "Tỉnh Quảng Nam" },
  city: { code: CITY, name: "Thành phố Hội An" },
  validTo: "2025-06-30",
};

/** The 13 wards and communes: code, name, latitude, longitude, villages. */
export const PLACES: readonly CityPlaceRow[] = [
  ["20398", "Phường Minh An", 15.8775, 108.3285, 7],
  ["20401", "Phường Tân An", 15.885, 108.331, 6],
  ["20404", "Phường Cẩm Phô", 15.879, 108.319, 7],
  ["20407", "Phường Thanh Hà", 15.879, 108.3, 8],
  ["20410", "Phường Sơn Phong", 15.8835, 108.323, 6],
  ["20413", "Phường Cẩm Châu", 15.886, 108.345, 9],
  ["20416", "Phường Cửa Đại", 15.893, 108.37, 6],
  ["20419", "Phường Cẩm An", 15.906, 108.354, 6],
  ["20422", "Xã Cẩm Hà", 15.905, 108.315, 8],
  ["20425", "Xã Cẩm Kim", 15.868, 108.322, 6],
  ["20428", "Phường Cẩm Nam", 15.869, 108.338, 7],
  ["20431", "Xã Cẩm Thanh", 15.877, 108.365, 7],
  ["20434", "Xã Tân Hiệp", 15.956, 108.504, ["Thôn Bãi Làng", "Thôn Bãi Hương"]],
];

/** The two villages of Tân Hiệp (Cù Lao Chàm), units of their own for the cameras. */
export const TAN_HIEP_VILLAGES = [
  { slug: "bai-lang", village: "Thôn Bãi Làng" },
  { slug: "bai-huong", village: "Thôn Bãi Hương" },
] as const;

export const STREETS = [
  "Phan Châu Trinh",
  "Trần Phú",
  "Nguyễn Duy Hiệu",
  "Lê Lợi",
  "Hai Bà Trưng",
  "Lý Thường Kiệt",
  "Trần Hưng Đạo",
  "Nguyễn Thị Minh Khai",
  "Cửa Đại",
  "Bạch Đằng",
];

export interface HaModel {
  readonly name: string;
  readonly kind: Model["kind"];
  readonly customKindName?: string;
  readonly unit: string;
  readonly launchedOn: string;
  readonly siteKind: Site["kind"];
  readonly siteName?: string;
  readonly ended?: { readonly on: string; readonly reason: string };
  readonly participants?: Model["participants"];
  readonly description?: string;
}

/** The names of the models other records point at. */
export const NAMES = {
  fireSafety: "Tổ liên gia an toàn PCCC và ANTT",
  firePoint: "Điểm chữa cháy công cộng",
  boarding: "Nhóm trọ an toàn về ANTT",
  patrol: "Tổ tuần tra nhân dân và tự quản về ANTT",
  camera: "Camera an ninh",
} as const;

/**
 * The models that are one of a kind in the city. "nâng tổng số lên 44 mô hình", "4 mô
 * hình mới": with the 29 common ones below, 46 records, of which 2 ended in 2022 and 4
 * were launched in 2023.
 */
export const MODELS: readonly HaModel[] = [
  {
    name: NAMES.fireSafety,
    kind: "fire-safety-households",
    unit: CITY,
    launchedOn: "2022-09-15",
    siteKind: "commune",
    siteName: "Phường Minh An",
    description:
      "Các hộ liền kề liên kết bằng chuông báo cháy, nút ấn và nhóm Zalo; thí điểm tại phường Minh An, nhân rộng năm 2023",
  },
  {
    name: NAMES.firePoint,
    kind: "public-fire-point",
    unit: CITY,
    launchedOn: "2022-11-09",
    siteKind: "village",
    description:
      "Tủ phương tiện chữa cháy đặt ở đầu kiệt sâu trên 50 m, xe chữa cháy không vào được",
  },
  // "Nhóm trọ an toàn về ANTT ở Cẩm Châu: 41 hộ kinh doanh nhà trọ".
  {
    name: NAMES.boarding,
    kind: "safe-boarding-houses",
    unit: CAM_CHAU,
    launchedOn: "2021-10-12",
    siteKind: "commune",
    siteName: "Phường Cẩm Châu",
    participants: { households: 41 },
    description: "41 hộ kinh doanh nhà trọ ở phường Cẩm Châu ký cam kết tham gia",
  },
  // "Chi hội nông dân không vi phạm pháp luật: 50 hội viên".
  {
    name: "Chi hội nông dân không vi phạm pháp luật",
    kind: "law-abiding-farmers",
    unit: "20422",
    launchedOn: "2020-07-21",
    siteKind: "commune",
    siteName: "Xã Cẩm Hà",
    participants: { people: 50 },
    description: "Chi hội nông dân xã Cẩm Hà, 50 hội viên cam kết không vi phạm pháp luật",
  },
  {
    name: "Camera an ninh phường Cẩm An",
    kind: "camera-security",
    unit: "20419",
    launchedOn: "2021-08-19",
    siteKind: "commune",
  },
  {
    name: "Camera an ninh phường Cửa Đại",
    kind: "camera-security",
    unit: "20416",
    launchedOn: "2022-05-18",
    siteKind: "commune",
  },
  {
    name: "Xứ đạo bình yên giáo xứ Hội An",
    kind: "peaceful-parish",
    unit: MINH_AN,
    launchedOn: "2019-11-20",
    siteKind: "religious-community",
    siteName: "Giáo xứ Hội An",
  },
  {
    name: "Liên kết bảo đảm ANTT vùng giáp ranh xã Cẩm Hà",
    kind: "border-area-link",
    unit: "20422",
    launchedOn: "2018-06-12",
    siteKind: "commune",
  },
  {
    name: "Bãi biển an toàn, thân thiện Cửa Đại",
    kind: "custom",
    customKindName: "Bãi biển an toàn, thân thiện",
    unit: "20416",
    launchedOn: "2019-04-26",
    siteKind: "other",
    siteName: "Bãi biển Cửa Đại",
  },
  {
    name: "Hội đồng bảo vệ ANTT phường Cẩm Nam",
    kind: "security-council",
    unit: "20428",
    launchedOn: "2017-09-08",
    siteKind: "commune",
  },
  {
    name: "Tổ tuần tra nhân dân và tự quản về ANTT phường Cẩm An",
    kind: "people-patrol",
    unit: "20419",
    launchedOn: "2020-03-06",
    siteKind: "village",
    siteName: "Khối phố 2",
  },
  // Ended in 2022 (thanh loại), so not counted at the end of 2022 or 2023.
  {
    name: "Tiếng loa an ninh phường Cẩm Nam",
    kind: "security-loudspeaker",
    unit: "20428",
    launchedOn: "2016-05-10",
    siteKind: "commune",
    ended: {
      on: "2022-06-30",
      reason: "Hệ thống loa hư hỏng, hoạt động không hiệu quả qua 2 lần sơ kết",
    },
  },
  {
    name: "Bến đò an toàn xã Cẩm Kim",
    kind: "custom",
    customKindName: "Bến đò an toàn về ANTT",
    unit: "20425",
    launchedOn: "2017-03-14",
    siteKind: "other",
    siteName: "Bến đò Kim Bồng",
    ended: {
      on: "2022-11-20",
      reason:
        "Không còn phù hợp, hoạt động hình thức; thanh loại theo đề xuất của Công an thành phố",
    },
  },
  // "4 mô hình mới": the 4 models launched in 2023.
  {
    name: NAMES.patrol,
    kind: "people-patrol",
    unit: THANH_HA,
    launchedOn: "2023-03-24",
    siteKind: "commune",
    description: "Tổ tuần tra nhân dân phường Thanh Hà, tuần tra đêm tại các khối phố",
  },
  {
    name: "Cảnh sát khu vực vì nhân dân phục vụ",
    kind: "area-police-serving-people",
    unit: SON_PHONG,
    launchedOn: "2023-05-19",
    siteKind: "commune",
  },
  {
    name: "Tín hữu Hội thánh Tin lành nói không với ma túy",
    kind: "custom",
    customKindName: "Tín hữu Hội thánh Tin lành nói không với ma túy",
    unit: CAM_PHO,
    launchedOn: "2023-06-23",
    siteKind: "religious-community",
    siteName: "Hội thánh Tin lành Hội An",
  },
  {
    name: NAMES.camera,
    kind: "camera-security",
    unit: TAN_HIEP,
    launchedOn: "2023-08-18",
    siteKind: "commune",
    description: "Camera an ninh tại các bãi, bến và khu dân cư xã đảo Tân Hiệp (Cù Lao Chàm)",
  },
];

/**
 * Models that are not one of a kind in the city: name stem, kind, how many, site kind,
 * custom kind name. Each is placed in a mainland commune and launched in 2016-2022.
 */
export const COMMON: readonly (readonly [string, Model["kind"], number, Site["kind"], string?])[] =
  [
    ["Tổ tự quản 5 trong 1", "five-in-one", 3, "village"],
    ["Tổ tự quản về ANTT", "self-governing-team", 8, "village"],
    ["Dòng họ tự quản về ANTT", "self-governing-clan", 3, "village"],
    ["Tiếng loa an ninh", "security-loudspeaker", 3, "commune"],
    ["Cổng trường an toàn giao thông", "safe-school-gate", 3, "school"],
    ["Zalo kết nối - phòng, chống tội phạm", "zalo-crime-prevention", 3, "commune"],
    ["Tổ 3 trên 1", "three-on-one", 2, "village"],
    ["4 an toàn về ANTT", "four-safeties", 2, "village"],
    [
      "Tuyến phố du lịch an toàn về ANTT",
      "custom",
      2,
      "village",
      "Tuyến phố du lịch an toàn về ANTT",
    ],
  ];
/** Common models found in wards only. */
export const WARDS_ONLY: readonly string[] = ["Tuyến phố du lịch an toàn về ANTT"];
export const COMMON_LAUNCHES = ["2016-01-10", "2022-10-30"] as const;
export const SCHOOLS = [
  "Trường Tiểu học Cẩm Châu",
  "Trường THCS Nguyễn Du",
  "Trường Tiểu học Sơn Phong",
];
export const MODEL_RECORDS = 46;

/**
 * "16 Tổ liên gia về PCCC, 15 xây dựng năm 2023": the fire-safety model's sites replicated
 * from Minh An in 2023, and how many of its 16 teams each ward has (the first, in Minh An,
 * founded with the pilot), 5 to 15 households each.
 */
export const FIRE_SAFETY = {
  replicated: [
    [CAM_PHO, "2023-03-10"],
    [SON_PHONG, "2023-04-14"],
    [TAN_AN, "2023-05-12"],
  ],
  /** "Minh An 6, Cẩm Phô 4, Sơn Phong 3, Tân An 3". */
  teams: [
    [MINH_AN, 6],
    [CAM_PHO, 4],
    [SON_PHONG, 3],
    [TAN_AN, 3],
  ],
  pilotFoundedOn: "2022-09-15",
  drillNote: "Diễn tập bấm chuông báo cháy, sử dụng bình chữa cháy tại chỗ",
} as const;

/**
 * "13 Điểm chữa cháy công cộng, 12 xây dựng năm 2023": the first point (2022) and the
 * wards of the 12 replicated in 2023.
 */
export const FIRE_POINTS = {
  first: "Điểm chữa cháy công cộng kiệt 29 Phan Châu Trinh",
  /** With the first, "Minh An 4, Cẩm Phô 3, Sơn Phong 2, Tân An 2, Cẩm Châu 2". */
  replicated: [
    [MINH_AN, 3],
    [CAM_PHO, 3],
    [SON_PHONG, 2],
    [TAN_AN, 2],
    [CAM_CHAU, 2],
  ],
  launches: ["2023-02-01", "2023-11-30"],
} as const;

/** The people's patrol team of Thanh Hà, at the site of the 2023 patrol model. */
export const PATROL_TEAM: Team = {
  id: "ha-tt-thanh-ha",
  kind: "patrol-team",
  name: "Tổ tuần tra nhân dân phường Thanh Hà",
  modelSiteId: "",
  unitCode: THANH_HA,
  memberCounts: { leader: 1, deputy: 2, member: 9 },
  duties: ["patrol", "keep-order", "crime-prevention"],
  equipment: [
    { kind: "flashlight", count: 12 },
    { kind: "baton", count: 12 },
    { kind: "loudspeaker", count: 2 },
  ],
  chatGroup: { platform: "zalo", name: "Tuần tra nhân dân Thanh Hà", memberCount: 18 },
  foundedOn: "2023-03-24",
};

/**
 * Tân Hiệp (Cù Lao Chàm): the 16 cameras of the new model, 10 in Bãi Làng and 6 in Bãi
 * Hương, installed before its launch, paid 60% by the city budget and the rest by the
 * households of the two villages; one expense for them all.
 */
export const TAN_HIEP_CAMERAS = {
  points: 16,
  inBaiLang: 10,
  installed: ["2023-07-20", "2023-08-16"],
  budgetShare: 0.6,
  budget: { name: "Ngân sách thành phố Hội An", receivedOn: "2023-07-14" },
  households: {
    "bai-lang": { name: "Bãi Làng", count: 126, receivedOn: "2023-07-17" },
    "bai-huong": { name: "Bãi Hương", count: 74, receivedOn: "2023-07-19" },
  },
  expense: {
    spentOn: "2023-08-16",
    payee: "VNPT Quảng Nam",
    note: "Lắp đặt 16 điểm camera an ninh tại xã Tân Hiệp (ngân sách và xã hội hóa)",
  },
} as const;

/** The old town's businesses paid for the fire points' cabinets and extinguishers. */
export const FIRE_POINT_CONTRIBUTION: Contribution = {
  id: "ha-dg-04",
  unitCode: MINH_AN,
  contributorKind: "business",
  contributorName: "Các hộ kinh doanh phố cổ Hội An",
  contributorCount: 38,
  amount: 96_500_000,
  receivedOn: "2023-03-02",
  funds: { kind: "model", id: "" },
  note: "Đóng góp mua tủ, bình chữa cháy cho các điểm chữa cháy công cộng",
};

/** The incidents of 2023: category, how many, clarified or open, the units they were in. */
export const INCIDENTS: readonly (readonly [
  Category,
  number,
  "other" | "open",
  readonly string[],
])[] = [
  ["theft", 5, "other", [CAM_CHAU, MINH_AN, "20416", "20419"]],
  ["theft", 3, "open", [CAM_CHAU, TAN_AN]],
  ["snatching", 2, "other", [MINH_AN, SON_PHONG]],
  ["traffic-accident", 4, "other", [THANH_HA, "20422", "20419", "20431"]],
  ["assault", 2, "other", [CAM_PHO, "20428"]],
  ["dispute", 4, "other", ["20425", "20431", THANH_HA, "20422"]],
  ["fire", 2, "other", [MINH_AN, CAM_PHO]],
  ["online-fraud", 3, "open", [TAN_AN, CAM_CHAU, SON_PHONG]],
  ["drugs", 2, "other", [CAM_PHO, "20416"]],
];
export const INCIDENT_DAYS = ["2023-01-05", "2023-12-15"] as const;

/** The two incidents on Tân Hiệp clarified with its cameras: category, date, hour, description. */
export const ISLAND_CASES: readonly (readonly [Category, string, number, string])[] = [
  [
    "theft",
    "2023-09-16",
    14,
    "Trộm cắp tài sản của du khách tại bãi tắm Bãi Làng, xã Tân Hiệp; trích xuất camera xác định đối tượng",
  ],
  [
    "public-disorder",
    "2023-10-21",
    22,
    "Nhóm du khách say rượu gây rối trật tự tại khu dân cư Bãi Hương, xã Tân Hiệp",
  ],
];

/** The first and the last day the Thanh Hà team may patrol. */
export const PATROLS = ["2023-03-31", "2023-12-28"] as const;

/**
 * The year's fixed events: a training and a drill, two outreach sessions and an award at
 * model sites. `site` names the model whose first site the event was at.
 */
export const EVENTS: readonly {
  readonly site?: string;
  readonly event: ActivityOf<"training" | "drill" | "outreach" | "award">;
}[] = [
  {
    event: {
      kind: "training",
      id: "",
      unitCode: CITY,
      date: "2023-03-16",
      level: "district",
      participants: 126,
      topic: "fire",
      note: "Tập huấn PCCC cho tổ trưởng Tổ liên gia và người quản lý điểm chữa cháy công cộng",
    },
  },
  {
    site: NAMES.firePoint,
    event: {
      kind: "drill",
      id: "",
      unitCode: MINH_AN,
      date: "2023-11-08",
      level: "commune",
      participants: 140,
      topic: "fire",
      /** Illustrative: the scale of the drill's scenario. */
      scenarioScale: "residential-cluster",
      modelSiteId: "",
      note: "Diễn tập chữa cháy tại khu phố cổ, sử dụng điểm chữa cháy công cộng",
    },
  },
  {
    site: "Tín hữu Hội thánh Tin lành nói không với ma túy",
    event: {
      kind: "outreach",
      id: "",
      unitCode: CAM_PHO,
      date: "2023-06-23",
      audience: 95,
      topic: "drugs",
      channel: "meeting",
      modelSiteId: "",
      note: "Ra mắt mô hình và tuyên truyền phòng, chống ma túy cho tín hữu",
    },
  },
  {
    site: NAMES.boarding,
    event: {
      kind: "outreach",
      id: "",
      unitCode: CAM_CHAU,
      date: "2023-04-20",
      audience: 41,
      topic: "law",
      channel: "meeting",
      modelSiteId: "",
      note: "Hướng dẫn chủ nhà trọ khai báo tạm trú, nhận diện đối tượng nghi vấn",
    },
  },
  {
    site: NAMES.boarding,
    event: {
      kind: "award",
      id: "",
      unitCode: CAM_CHAU,
      date: "2023-08-18",
      recipientKind: "model-site",
      recipientName: "Nhóm trọ an toàn về ANTT phường Cẩm Châu",
      recipientId: "",
      level: "district",
      form: "certificate",
      decisionRef: "QĐ 2659/QĐ-UBND",
    },
  },
];

/**
 * Illustrative, not published: 10 of the 13 wards and communes declared their 2023
 * incidents complete (báo cáo đầy đủ) early in 2024; Cửa Đại, Cẩm An and Cẩm Nam did not.
 */
export const COMPLETE_INCIDENTS = {
  wards: [
    MINH_AN,
    TAN_AN,
    CAM_PHO,
    THANH_HA,
    SON_PHONG,
    CAM_CHAU,
    "20422",
    "20425",
    "20431",
    TAN_HIEP,
  ],
  start: "2023-01-01",
  end: "2023-12-31",
  declaredOn: "2024-01-08",
} as const;

/**
 * Illustrative, not published: two more points of the Tân Hiệp cameras at the Bãi Hương
 * landing, approved with the city's 2024 budget and not yet installed at the end of 2023.
 */
export const TAN_HIEP_PLANNED = {
  plannedOn: "2023-12-12",
  plannedInstallOn: "2024-03-30",
  points: [
    { lat: 15.9495, lng: 108.5131, address: "Bến cảng Bãi Hương", lenses: 2, amount: 8_600_000 },
    { lat: 15.9488, lng: 108.5119, address: "Đường ven biển", lenses: 1, amount: 4_300_000 },
  ],
} as const;

/**
 * Illustrative, not published: the organisations some models were built with (by model
 * name), and the Minh An pilot group's part in the city's drill (recorded once, as the
 * activity).
 */
export const PARTNERS: readonly (readonly [string, NonNullable<Model["partners"]>])[] = [
  ["Tổ tuần tra nhân dân và tự quản về ANTT", ["youth-union", "veterans-association"]],
  ["Tín hữu Hội thánh Tin lành nói không với ma túy", ["religious-congregation"]],
  ["Chi hội nông dân không vi phạm pháp luật", ["farmers-association"]],
];
export const PILOT_IN_DRILL = {
  participants: 14,
  note: "Tổ liên gia thí điểm tham gia diễn tập chữa cháy tại khu phố cổ",
} as const;
