/**
 * Thọ Xuân district (Thanh Hóa), 2024, with 2023 for the year-on-year comparison: the
 * published figures and the fixed facts `examples/data/tho-xuan-2024.json` is generated
 * from. Data only. The figures come from the local news reports on the district's "Camera
 * với ANTT" model; the wording they were published in is quoted beside each, and
 * examples/data/README.md says how each exact count is counted. Unit codes are the official
 * pre-2025 codes; names of villages, people and shops, coordinates and amounts are
 * illustrative.
 */
import type { ActivityOf, Category, Envelope, Model, OwnerKind, Team, Unit } from "./types.js";

export const SEED = 20_240_395;

export const ENVELOPE: Envelope = {
  schemaVersion: "1.0",
  name: "Huyện Thọ Xuân (Thanh Hóa): Camera với ANTT, năm 2024",
  description:
    "Mẫu dữ liệu minh họa tái tạo các số liệu đã công bố về mô hình Camera với ANTT ở huyện Thọ Xuân năm 2024, kèm vụ việc và lượt trích xuất năm 2023 để so sánh cùng kỳ. Mã đơn vị hành chính là mã chính thức trước ngày 01/7/2025; tên thôn, người, địa chỉ, tọa độ và số tiền là minh họa.",
  area: { unitCode: "395", name: "Huyện Thọ Xuân" },
  covers: { start: "2023-01-01", end: "2024-12-31" },
};

/** The day the pre-2025 codes of districts and communes stopped being valid. */
export const VALID_TO = "2025-06-30";
export const DISTRICT = "395";
export const XUAN_SINH = "15532";

/** Thanh Hóa keeps its code after the 2025 reorganisation: no `validTo`. */
export const UNITS_ABOVE: readonly Unit[] = [
  { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
  {
    code: DISTRICT,
    name: "Huyện Thọ Xuân",
    level: "district",
    type: "rural-district",
    parentCode: "38",
    validTo: VALID_TO,
  },
];

/**
 * A commune or town of the district: code, name, latitude, longitude, cluster (communes
 * that lend each other footage), the day the model was launched there, the commune whose
 * site it was replicated from, and how many villages (thôn, khu phố) it has.
 */
export type CommuneRow = readonly [
  string,
  string,
  number,
  number,
  string,
  string,
  string | undefined,
  number,
];

/**
 * "30/30 xã, thị trấn có mô hình Camera với ANTT": the 30 communes and towns, one site
 * each. The district launched the model on 2020-03-26 with the pilot at Xuân Sinh.
 */
export const COMMUNES: readonly CommuneRow[] = [
  ["15493", "Xã Xuân Hồng", 19.955, 105.545, "tho-xuan", "2021-05-12", "15499", 10],
  ["15499", "Thị trấn Thọ Xuân", 19.932, 105.525, "tho-xuan", "2020-05-19", undefined, 12],
  ["15502", "Xã Bắc Lương", 19.975, 105.535, "tho-long", "2022-05-11", "15499", 8],
  ["15505", "Xã Nam Giang", 19.965, 105.512, "tho-long", "2022-06-08", "15499", 9],
  ["15508", "Xã Xuân Phong", 19.988, 105.495, "tho-long", "2022-06-29", "15517", 8],
  ["15511", "Xã Thọ Lộc", 19.972, 105.483, "tho-long", "2022-08-10", "15508", 9],
  ["15514", "Xã Xuân Trường", 19.946, 105.508, "tho-xuan", "2021-06-09", "15499", 10],
  ["15517", "Xã Xuân Hòa", 19.934, 105.48, "xuan-hoa", "2020-10-15", undefined, 12],
  ["15520", "Xã Thọ Hải", 19.947, 105.463, "xuan-hoa", "2021-08-19", "15517", 8],
  ["15523", "Xã Tây Hồ", 19.957, 105.497, "tho-long", "2022-08-24", "15505", 9],
  ["15526", "Xã Xuân Giang", 19.922, 105.547, "tho-xuan", "2021-07-14", "15499", 10],
  ["15532", "Xã Xuân Sinh", 19.902, 105.441, "sao-vang", "2020-03-26", undefined, 9],
  ["15535", "Xã Xuân Hưng", 19.919, 105.47, "xuan-hoa", "2021-09-15", "15517", 11],
  ["15538", "Xã Thọ Diên", 19.926, 105.452, "xuan-hoa", "2021-10-20", "15517", 8],
  ["15541", "Xã Thọ Lâm", 19.914, 105.421, "sao-vang", "2021-01-20", "15532", 10],
  ["15544", "Xã Thọ Xương", 19.956, 105.43, "lam-son", "2021-04-22", "15556", 8],
  ["15547", "Xã Xuân Bái", 19.967, 105.41, "lam-son", "2021-03-25", "15556", 9],
  ["15550", "Xã Xuân Phú", 19.893, 105.395, "sao-vang", "2021-03-10", "15532", 14],
  ["15553", "Thị trấn Sao Vàng", 19.893, 105.462, "sao-vang", "2020-08-19", "15532", 10],
  ["15556", "Thị trấn Lam Sơn", 19.945, 105.405, "lam-son", "2020-06-18", undefined, 9],
  ["15559", "Xã Xuân Thiên", 19.87, 105.415, "tho-lap", "2022-01-12", "15568", 11],
  ["15565", "Xã Thuận Minh", 19.864, 105.44, "tho-lap", "2022-02-23", "15568", 9],
  ["15568", "Xã Thọ Lập", 19.876, 105.466, "tho-lap", "2021-11-17", "15532", 10],
  ["15571", "Xã Quảng Phú", 19.882, 105.49, "xuan-tin", "2022-03-16", "15574", 12],
  ["15574", "Xã Xuân Tín", 19.868, 105.51, "xuan-tin", "2021-12-15", "15517", 13],
  ["15577", "Xã Phú Xuân", 19.853, 105.494, "xuan-tin", "2022-04-13", "15574", 8],
  ["15583", "Xã Xuân Lai", 19.89, 105.527, "xuan-lap", "2022-09-14", "15499", 11],
  ["15586", "Xã Xuân Lập", 19.88, 105.546, "xuan-lap", "2022-10-12", "15583", 10],
  ["15592", "Xã Xuân Minh", 19.865, 105.56, "xuan-lap", "2022-11-09", "15586", 9],
  ["15598", "Xã Trường Xuân", 19.903, 105.548, "xuan-lap", "2022-12-07", "15499", 8],
];

/** The district's one model; each commune's site is named "Camera với ANTT <commune>". */
export const MODEL: Model = {
  id: "tx-mh-camera",
  name: "Camera với ANTT",
  kind: "camera-security",
  unitCode: DISTRICT,
  launchedOn: "2020-03-26",
  status: "active",
  exemplar: true,
  duties: ["camera-monitoring", "crime-prevention", "keep-order"],
  dossierRef: "HS-MH-395-01",
  description:
    "Huy động hộ gia đình, cơ quan, doanh nghiệp, trường học lắp camera hướng ra đường, nơi công cộng và chia sẻ hình ảnh với Công an xã; thí điểm tại xã Xuân Sinh năm 2020, nhân rộng ra 30/30 xã, thị trấn",
};

/**
 * Lenses by owner kind and whether the point is connected to the duty room. "trên 5.200
 * mắt camera hướng ra nơi công cộng, đường giao thông": 5,236 in all, with Xuân Sinh's 25;
 * "trên 780 mắt kết nối về phòng trực ban Công an xã": 784 connected; "trên 900 mắt do cơ
 * quan, doanh nghiệp, trường học lắp": 304 + 398 + 210 = 912; "gần 3.600 mắt do hộ gia
 * đình lắp": 3,586. Public and police lenses (738) were not published.
 */
export const LENSES: readonly { owner: OwnerKind; connected: number; other: number }[] = [
  { owner: "household", connected: 20, other: 3566 },
  { owner: "agency", connected: 60, other: 244 },
  { owner: "business", connected: 24, other: 374 },
  { owner: "school", connected: 0, other: 210 },
  // Public (community-funded) cameras outside Xuân Sinh; Xuân Sinh's 25 are added apart.
  { owner: "public", connected: 595, other: 58 },
  { owner: "police", connected: 60, other: 0 },
];

/** Lens counts a point of each owner kind may have, with weights (illustrative). */
export const LENS_SIZES: Record<OwnerKind, readonly (readonly [number, number])[]> = {
  household: [
    [1, 1],
    [2, 3],
    [3, 4],
    [4, 7],
    [6, 2],
    [8, 1],
  ],
  agency: [
    [2, 2],
    [4, 4],
    [6, 2],
    [8, 2],
  ],
  business: [
    [2, 3],
    [3, 2],
    [4, 4],
    [6, 2],
    [8, 2],
  ],
  school: [
    [2, 2],
    [4, 4],
    [6, 2],
    [8, 1],
  ],
  public: [
    [1, 5],
    [2, 4],
    [3, 2],
    [4, 2],
  ],
  // One point of 4 lenses at each of 15 commune police stations.
  police: [[4, 1]],
};

/** The commune police stations with a camera point of their own, and its price a lens. */
export const POLICE_POINTS = { stations: 15, pricePerLens: 3_800_000 } as const;

/**
 * "Xuân Sinh: 25 camera trên các trục đường chính từ năm 2020": 25 public points of one
 * lens each on the main roads, installed in 2020, paid for by the households.
 */
export const XUAN_SINH_CAMERAS = {
  points: 25,
  installed: ["2020-04-02", "2020-07-30"],
  householdsPaid: 2_650_000,
  landmarks: ["Ngã ba trung tâm xã Xuân Sinh", "Khu vực chợ Xuân Sinh", "Cổng UBND xã Xuân Sinh"],
} as const;

/** Addresses of points by owner kind: {c} the commune, {s} its short name, {v} the village. */
export const ADDRESSES = {
  agency: [
    "Trụ sở UBND {c}",
    "Trạm Y tế {c}",
    "Điểm Bưu điện văn hóa {c}",
    "Quỹ tín dụng nhân dân {s}",
    "Nhà văn hóa trung tâm {c}",
  ],
  business: [
    "Cửa hàng xăng dầu {s}",
    "Cửa hàng điện máy, điện thoại ở {v}",
    "Cửa hàng vật liệu xây dựng ở {v}",
    "Nhà hàng tiệc cưới ở {v}",
    "Xưởng may ở {v}",
    "Đại lý phân bón, vật tư nông nghiệp ở {v}",
    "Tiệm vàng bạc ở {v}",
  ],
  school: [
    "Trường Mầm non {s}",
    "Trường Tiểu học {s}",
    "Trường THCS {s}",
    "Trường Tiểu học {s} (điểm lẻ)",
  ],
  public: [
    "Ngã ba trung tâm {v}",
    "Trục đường chính {v}",
    "Cổng làng {v}",
    "Nhà văn hóa {v}",
    "Khu vực chợ {s}",
    "Cầu qua kênh Bắc ở {v}",
    "Đường liên xã qua {v}",
  ],
  police: "Trụ sở Công an {c}",
} as const;

/** The incidents of one year, by category and by how they were clarified, and its extractions. */
export interface YearSpec {
  readonly year: number;
  /** Clarified with camera help. */
  readonly camera: Partial<Record<Category, number>>;
  /** Clarified by other means. */
  readonly other: Partial<Record<Category, number>>;
  /** Not clarified. */
  readonly open: Partial<Record<Category, number>>;
  readonly extractions: number;
  /** How many more cameras' footage a camera-clarified case used (weights of 0, 1, 2, 3). */
  readonly moreFootage: readonly [number, number, number, number];
}

/**
 * 2024. "làm rõ trên 300 vụ việc": 312 clarified with camera help, of which "trên 100 vụ
 * tai nạn, va chạm giao thông" 104, "trên 60 vụ trộm cắp tài sản" 63, "50 vụ cố ý gây
 * thương tích" 50, "31 vụ gây rối trật tự công cộng" 31, "5 vụ cướp giật tài sản" 5, "2
 * vụ thanh thiếu niên đua xe" 2 and 57 more not published (Xuân Sinh's theft and public
 * disorder, below, are added apart). "trích xuất gần 1.000 lượt": 987 extractions.
 */
export const YEAR_2024: YearSpec = {
  year: 2024,
  camera: {
    "traffic-accident": 104,
    theft: 62,
    assault: 50,
    "public-disorder": 30,
    snatching: 5,
    "street-racing": 2,
    "modified-vehicle": 18,
    "urban-order": 14,
    dispute: 11,
    fraud: 8,
    fire: 6,
  },
  other: {
    theft: 14,
    assault: 9,
    drugs: 12,
    gambling: 7,
    "public-disorder": 4,
    fraud: 3,
    "online-fraud": 2,
    dispute: 15,
    "traffic-accident": 10,
    "urban-order": 6,
  },
  open: { theft: 19, "online-fraud": 8, snatching: 2, fraud: 3, "traffic-accident": 5 },
  extractions: 987,
  moreFootage: [0.3, 0.4, 0.2, 0.1],
};

/** 2023, for the year-on-year comparison: 652 extractions. */
export const YEAR_2023: YearSpec = {
  year: 2023,
  camera: {
    "traffic-accident": 70,
    theft: 41,
    assault: 34,
    "public-disorder": 22,
    snatching: 6,
    "street-racing": 4,
    fraud: 5,
    "modified-vehicle": 12,
    "urban-order": 9,
    dispute: 8,
    fire: 4,
  },
  other: {
    theft: 25,
    assault: 14,
    drugs: 15,
    gambling: 9,
    "public-disorder": 8,
    fraud: 4,
    "online-fraud": 3,
    dispute: 18,
    "traffic-accident": 14,
    "urban-order": 7,
  },
  open: {
    theft: 38,
    "online-fraud": 12,
    snatching: 5,
    fraud: 6,
    robbery: 1,
    "traffic-accident": 7,
  },
  extractions: 652,
  moreFootage: [0.5, 0.35, 0.15, 0],
};

/** The report's comparison: criminal incidents of 2024 held down by 10 from 2023. */
export const CRIMINAL_FEWER_IN_2024 = 10;

/** The district police teams that request footage of criminal cases and accidents. */
export const REQUESTERS = {
  crime: "Đội CSĐT tội phạm về TTXH, Công an huyện Thọ Xuân",
  traffic: "Đội CSGT - TT, Công an huyện Thọ Xuân",
} as const;

/** A case of Xuân Sinh clarified through the footage of its cameras (by their index). */
export interface XuanSinhCase {
  readonly category: Category;
  readonly date: string;
  readonly time: readonly [number, number];
  readonly village: string;
  readonly cameras: readonly number[];
  readonly suspects: number;
  readonly harm?: { readonly victims: number; readonly damageVnd: number };
  readonly description: string;
}

/**
 * "Xuân Sinh: vụ trộm cắp ngày 07/3/2024, xác định 2 đối tượng" and "vụ gây rối trật tự
 * ngày 28/02/2024, 8 đối tượng". Each was reported 35 minutes after, its footage
 * requested 9 h 15 after, and it was clarified 2 days after by camera and investigation.
 */
export const XUAN_SINH_CASES: readonly XuanSinhCase[] = [
  {
    category: "theft",
    date: "2024-03-07",
    time: [22, 15],
    village: "Thôn 3",
    cameras: [4, 5, 11],
    suspects: 2,
    harm: { victims: 1, damageVnd: 28_000_000 },
    description:
      "Trộm cắp xe máy để trước cửa nhà tại Thôn 3, xã Xuân Sinh; trích xuất camera trên trục đường chính xác định 2 đối tượng",
  },
  {
    category: "public-disorder",
    date: "2024-02-28",
    time: [21, 40],
    village: "Thôn 5",
    cameras: [2, 7, 8, 14],
    suspects: 8,
    description:
      "Hai nhóm thanh niên dùng gậy gộc hỗn chiến trên trục đường chính qua Thôn 5, xã Xuân Sinh; qua trích xuất camera xác định 8 đối tượng",
  },
];

export const XUAN_SINH_CASE_TIMES = {
  reportedAfterMinutes: 35,
  requestedAfterMinutes: 9 * 60 + 15,
  clarifiedAfterDays: 2,
  clarifiedBy: ["camera", "investigation"],
} as const;

/** The statutory security teams (tổ bảo vệ ANTT) of Xuân Sinh, one a village (Law 30/2023/QH15). */
export const SECURITY_TEAMS = {
  foundedOn: "2024-07-01",
  duties: ["keep-order", "crime-prevention", "patrol", "camera-monitoring"],
} as const satisfies Pick<Team, "foundedOn" | "duties">;

/** Who paid for the public and police points. */
export const FUNDING = {
  householdNote: "Nhân dân đóng góp lắp camera công cộng (xã hội hóa)",
  budget: "Ngân sách huyện Thọ Xuân",
  payees: ["Viettel Thanh Hóa", "VNPT Thanh Hóa", "Công ty TNHH Công nghệ An Phát"],
} as const;

/** The training and the drill of each year. */
export const EVENTS_BY_YEAR: Readonly<Record<number, readonly ActivityOf<"training" | "drill">[]>> =
  {
    2023: [
      {
        kind: "training",
        id: "",
        unitCode: DISTRICT,
        date: "2023-04-12",
        level: "district",
        participants: 58,
        topic: "security",
        note: "Tập huấn khai thác, sử dụng hệ thống camera an ninh cho cán bộ Công an xã, thị trấn",
      },
      {
        kind: "drill",
        id: "",
        unitCode: "15499",
        date: "2023-10-18",
        level: "commune",
        participants: 72,
        topic: "fire",
        note: "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư",
      },
    ],
    2024: [
      {
        kind: "training",
        id: "",
        unitCode: DISTRICT,
        date: "2024-04-17",
        level: "district",
        participants: 64,
        topic: "security",
        note: "Tập huấn khai thác, sử dụng hệ thống camera an ninh cho cán bộ Công an xã, thị trấn",
      },
      {
        kind: "drill",
        id: "",
        unitCode: "15556",
        date: "2024-10-23",
        level: "commune",
        participants: 85,
        topic: "fire",
        note: "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư",
      },
    ],
  };

/**
 * Awards at the movement's festival day (19 August); `recipientId` is the site of the
 * commune `site`, and an individual's `recipientName` is drawn.
 */
export const AWARDS: readonly { readonly site?: string; readonly award: ActivityOf<"award"> }[] = [
  {
    site: XUAN_SINH,
    award: {
      kind: "award",
      id: "",
      unitCode: XUAN_SINH,
      date: "2024-08-19",
      recipientKind: "model-site",
      recipientName: "Mô hình Camera với ANTT xã Xuân Sinh",
      recipientId: "",
      level: "district",
      form: "certificate",
      decisionRef: "QĐ 2187/QĐ-UBND",
    },
  },
  {
    site: "15556",
    award: {
      kind: "award",
      id: "",
      unitCode: "15556",
      date: "2024-08-19",
      recipientKind: "model-site",
      recipientName: "Mô hình Camera với ANTT thị trấn Lam Sơn",
      recipientId: "",
      level: "district",
      form: "certificate",
      decisionRef: "QĐ 2187/QĐ-UBND",
    },
  },
  {
    award: {
      kind: "award",
      id: "",
      unitCode: XUAN_SINH,
      date: "2024-08-19",
      recipientKind: "individual",
      recipientName: "",
      level: "commune",
      form: "cash",
      amountVnd: 500_000,
      note: "Tổ viên tổ bảo vệ ANTT phát hiện, cung cấp hình ảnh camera giúp làm rõ vụ trộm cắp",
    },
  },
  {
    site: "15499",
    award: {
      kind: "award",
      id: "",
      unitCode: "15499",
      date: "2023-08-18",
      recipientKind: "model-site",
      recipientName: "Mô hình Camera với ANTT thị trấn Thọ Xuân",
      recipientId: "",
      level: "province",
      form: "merit",
      decisionRef: "QĐ 3012/QĐ-UBND",
    },
  },
];

/** The first Xuân Sinh team's patrol on National Day, at the Xuân Sinh site. */
export const TEAM_PATROL: ActivityOf<"patrol"> = {
  kind: "patrol",
  id: "",
  unitCode: XUAN_SINH,
  startedAt: "2024-09-01T20:00:00+07:00",
  endedAt: "2024-09-01T23:00:00+07:00",
  participants: 4,
  directedByCamera: true,
  incidentsFound: 0,
  modelSiteId: "",
  teamId: "",
  note: "Tổ bảo vệ ANTT tuần tra dịp Quốc khánh theo hình ảnh camera",
};

export const NOTES = {
  patrolByCamera: "Tuần tra theo hình ảnh camera tại phòng trực ban Công an xã",
  ambush: "Mật phục phòng chống đua xe, trộm cắp ban đêm",
} as const;

/**
 * Illustrative, not published: the district's residents and households at the end of each
 * year (the report's "vụ/10.000 dân" and "mắt camera/1.000 hộ").
 */
export const POPULATION = [
  { asOf: "2023-12-31", residents: 236_410, households: 66_950 },
  { asOf: "2024-12-31", residents: 238_180, households: 67_820 },
] as const;

/**
 * Illustrative, not published: the police statistics' measures of fires and traffic
 * accidents. Each traffic accident is a "tai nạn" (deaths or serious injury, its cause
 * established) with the chance `accidentShare`, else a "va chạm" (no death); each fire gives
 * its cause and no casualties.
 */
export const ACCIDENTS = {
  accidentShare: 0.1,
  trafficCauses: [
    ["traffic-violation", 0.7],
    ["road-condition", 0.15],
    ["vehicle-defect", 0.15],
  ],
  fireCauses: [
    ["electrical", 0.5],
    ["open-flame", 0.25],
    ["negligence", 0.25],
  ],
} as const;

/**
 * Illustrative, not published: people found or handled on the ambushes against street
 * racing (riders of modified vehicles, racers), and on the few patrols that were sweeps
 * (ra quân truy quét) against gambling or drugs, with the chance `sweepShare`.
 */
export const SWEEPS = {
  sweepShare: 0.06,
  note: "Ra quân truy quét tệ nạn xã hội",
} as const;
