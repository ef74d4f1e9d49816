// The sentences of a report locale, by section: the type their data has to fill.
import type { Period } from "../../core/period.js";

/**
 * The parts of a change clause of a report locale, already written: the amount, and what
 * goes around it.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_LOCALE_EN, type ReportChangeParts } from "antt";
 * const parts: ReportChangeParts = {
 *   amount: "30 cases", exact: null, percent: "7.5%", ref: "2023", significance: "",
 * };
 * REPORT_LOCALE_EN.messages.changes.up(parts); // "up 30 cases (+7.5%) from 2023"
 * ```
 */
export interface ReportChangeParts {
  /** The change, with its noun or in money: "30 vụ", "12,5 triệu đồng". */
  readonly amount: string;
  /** The exact change, when markdown shows a rounded one (it opens the parentheses). */
  readonly exact: string | null;
  /** The percent of the change, without its sign: "7,5%". */
  readonly percent: string;
  /** The period compared with ("cùng kỳ năm 2023"), or `null` when the sentence names it. */
  readonly ref: string | null;
  /** The significance clause, with its leading comma, or `""`. */
  readonly significance: string;
}

/**
 * The sentences of a report locale (câu chữ của báo cáo), by section: fixed strings, and
 * templates that take parts the renderer has already written (counts with their nouns,
 * amounts, dates, periods, names) and put them in the language's order.
 *
 * @description A part named after a count (`models`, `lenses`) is the count with its noun
 * ("trên 120 mô hình"); `count` or a number is given where a template agrees with it ("there
 * is", "there are"). Parts that are absent are `null`, lists of clauses are arrays. A clause
 * meant to follow another (`change`, `significance`) carries its own leading comma.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_LOCALE_VI, type ReportMessages } from "antt";
 * const messages: ReportMessages = {
 *   ...REPORT_LOCALE_VI.messages,
 *   notes: { ...REPORT_LOCALE_VI.messages.notes, title: "Ghi chú" },
 * };
 * ```
 */
export interface ReportMessages {
  /** Words shared by the sections. */
  readonly common: {
    /** A code with no value: "Chưa phân loại". */
    readonly unassigned: string;
    /** A model kind with no value, inside a sentence: "chưa phân loại". */
    readonly unassignedKind: string;
    /** A model the dataset does not list: "mô hình không có trong dữ liệu". */
    readonly unknownModel: string;
    /** A name in quotes: "“Camera giám sát”". */
    readonly quoted: (name: string) => string;
    /** The unit as a whole, from its area word: "Toàn huyện", "Across the district". */
    readonly whole: (area: string) => string;
    /** Types of child units: "xã, thị trấn", "communes and townships". */
    readonly unitList: (words: readonly string[]) => string;
    /** "Trong đó: a; b.", "Of these: a; b." */
    readonly ofThese: (parts: readonly string[]) => string;
    /** Clauses as one sentence: "a; b." */
    readonly clauses: (parts: readonly string[]) => string;
  };
  /** The title and the lines under it. */
  readonly header: {
    readonly title: string;
    /** "Huyện Thọ Xuân (Tỉnh Thanh Hóa), năm 2024". */
    readonly unitAndPeriod: (p: { unit: string; parent: string | null; period: string }) => string;
    /**
     * The unit today, when it has changed since the period: "Nay là Phường An Khánh
     * (Thành phố Thủ Đức)."; `divided` when it went into several units, `one-of` when it
     * went into one of several units the sources do not choose between.
     */
    readonly now: (p: {
      units: readonly string[];
      kind: "became" | "divided" | "one-of";
    }) => string;
    /** "từ ngày 01/01/2024 đến ngày 31/12/2024". */
    readonly dateRange: (p: { start: string; end: string }) => string;
    /** "so sánh với cùng kỳ năm 2023". */
    readonly comparedWith: (ref: string) => string;
    readonly notCompared: string;
    /** "Kỳ báo cáo: …; …. Đơn vị: mã 395." */
    readonly periodLine: (p: { range: string; compared: string; code: string }) => string;
    /** "Nguồn số liệu: …." */
    readonly dataSource: (name: string) => string;
    /** How numbers are written, in exact mode. */
    readonly numbersExact: string;
    /** How numbers are written, rounded, in markdown. */
    readonly numbersRoundedMarkdown: string;
    /** How numbers are written, rounded, in text. */
    readonly numbersRoundedText: string;
  };
  /** Changes from the comparison period. */
  readonly changes: {
    /** The same period a year earlier, when it spans two years: "cùng kỳ năm trước". */
    readonly samePeriodYearEarlier: string;
    /** The same period of a year: "cùng kỳ năm 2023", "2023", "the same period of 2023". */
    readonly samePeriodOf: (p: { year: string; unit: Period["unit"] }) => string;
    /** The previous period, from its name: "the first half of 2021". */
    readonly previousPeriod: (p: { period: string; unit: Period["unit"] }) => string;
    /** ", có ý nghĩa thống kê". */
    readonly significant: string;
    /** ", chưa có ý nghĩa thống kê". */
    readonly notSignificant: string;
    /** No change, the period compared with named elsewhere: "không thay đổi". */
    readonly unchanged: string;
    /** No change: "bằng cùng kỳ năm 2023". */
    readonly sameAs: (ref: string) => string;
    /** A rise from nothing: "tăng 3 vụ so với … (khi đó chưa có)". */
    readonly upFromNone: (p: Omit<ReportChangeParts, "percent">) => string;
    /** "tăng 30 vụ (+7,5%) so với …". */
    readonly up: (p: ReportChangeParts) => string;
    /** "giảm 30 vụ (−7,5%) so với …". */
    readonly down: (p: ReportChangeParts) => string;
    /** A fall in criminal offences: "được kiềm chế 10 vụ (giảm 4,0% số vụ)". */
    readonly curbed: (p: ReportChangeParts) => string;
    /** A table cell's percent when there was nothing before: "cùng kỳ: 0". */
    readonly cellWasNone: string;
    /** A table cell: "có (p = 0,012)". */
    readonly cellSignificant: (p: string) => string;
    /** A table cell: "chưa (p = 0,3)". */
    readonly cellNotSignificant: (p: string) => string;
  };
  /** Models and self-managed teams. */
  readonly models: {
    readonly title: string;
    readonly none: string;
    /** ", trong đó 12 điểm nhân rộng": `sites` with its noun, `number` exact. */
    readonly ofThemReplicated: (p: { sites: string; number: string }) => string;
    /** Only sites of models of a higher level. */
    readonly onlyHigherLevel: (p: {
      whole: string;
      sites: string;
      above: string | null;
      replicated: string;
      end: string;
    }) => string;
    /** Models active at the end of the period. */
    readonly active: (p: {
      whole: string;
      models: string;
      count: number;
      /** How many kinds they are of, when more than one: "thuộc 38 loại hình". */
      kinds: string | null;
      end: string;
      change: string;
      sites: string;
      replicated: string;
    }) => string;
    /** "các mô hình thuộc 12 loại, 4 nhóm". */
    readonly types: (p: { types: string; groups: string }) => string;
    /** "trên 100 mô hình có hồ sơ". */
    readonly withDossier: (p: { models: string; count: number }) => string;
    /** "5 mô hình là điển hình tiên tiến". */
    readonly exemplars: (p: { models: string; count: number }) => string;
    /** The clauses above as a sentence, the first letter in capitals. */
    readonly facts: (parts: readonly string[]) => string;
    /** "Camera giám sát (12)". */
    readonly kindCount: (p: { kind: string; count: string }) => string;
    /** "Theo loại hình: …" and how many kinds are left out. */
    readonly byKind: (p: { kinds: string[]; others: number }) => string;
    /** Every child unit runs one model: "30/30 xã, thị trấn có mô hình “Camera với ANTT”". */
    readonly everyUnit: (p: { total: string; children: string; model: string }) => string;
    /**
     * Every child unit runs a kind, through several models together and none alone: "19/19
     * xã, thị trấn có mô hình loại hình “Camera an ninh” (3 mô hình cộng lại)".
     */
    readonly everyUnitOfKind: (p: {
      total: string;
      children: string;
      kind: string;
      models: string;
    }) => string;
    /** "15/19 xã, thị trấn có điểm mô hình". */
    readonly unitsWithSite: (p: { count: string; total: string; children: string }) => string;
    /** One model reaches the most units: "rộng nhất là mô hình “Camera an ninh xã A” (12/19)". */
    readonly widest: (p: { model: string; count: string; total: string }) => string;
    /**
     * A kind reaches the most units through several models: "rộng nhất là loại hình “Camera
     * an ninh” (12/19, 4 mô hình cộng lại)".
     */
    readonly widestKind: (p: {
      kind: string;
      count: string;
      total: string;
      models: string;
    }) => string;
    /**
     * Households and people taking part, each counted once (either may be absent): "Có 120
     * hộ, 400 người tham gia các mô hình."
     */
    readonly participants: (p: { households: string | null; people: string | null }) => string;
    readonly noChanges: string;
    /** "xây dựng mới 3 mô hình". */
    readonly launched: (models: string) => string;
    /** "nhân rộng 12 điểm". */
    readonly replicated: (sites: string) => string;
    /** "thanh loại 1 mô hình". */
    readonly ended: (models: string) => string;
    /** "dừng 2 điểm". */
    readonly closed: (sites: string) => string;
    /** "Trong kỳ: …, … (tổng số mô hình xây dựng mới, nhân rộng: 15)." */
    readonly changesInPeriod: (p: { parts: string[]; total: string }) => string;
    /** "Camera an ninh: 331 điểm, 38 xây dựng trong kỳ"; `active` with its noun. */
    readonly newSites: (p: { kind: string; active: string; launched: string }) => string;
    /** "“name” 12 điểm (3 điểm nhân rộng)". */
    readonly replicatedModel: (p: { name: string; sites: string; replicated: string }) => string;
    /** "Mô hình được nhân rộng nhiều nhất: …." */
    readonly mostReplicated: (models: readonly string[]) => string;
    /** "tốt 12". */
    readonly grade: (p: { grade: string; count: string }) => string;
    /** "Xếp loại mô hình: …." */
    readonly grades: (grades: readonly string[]) => string;
    /** "duy trì 10". */
    readonly recommendation: (p: { recommendation: string; count: string }) => string;
    /** "Camera thuộc mô hình: “Camera an ninh xã Sơn Hà” 25 mắt camera (10 điểm); …." */
    readonly modelCameras: (parts: readonly string[]) => string;
    /** "“Camera an ninh xã Sơn Hà” 25 mắt camera (10 điểm)". */
    readonly modelCamera: (p: { model: string; lenses: string; points: string }) => string;
    /** "Phối hợp xây dựng mô hình: Hội Cựu chiến binh (5 mô hình); Đoàn Thanh niên (3 mô hình)." */
    readonly partners: (parts: readonly string[]) => string;
    /** "Hội Cựu chiến binh (5 mô hình)". */
    readonly partner: (p: { partner: string; models: string }) => string;
    /** "Đã sơ kết, tổng kết 8 lượt mô hình; đề xuất: …." */
    readonly reviews: (p: { held: string; recommendations: string[] }) => string;
    /** "Tổ tự quản: 40". */
    readonly teamKind: (p: { kind: string; count: string }) => string;
    /** Teams active at the end of the period, their kinds, households, change and new ones. */
    readonly teams: (p: {
      teams: string;
      kinds: string[];
      households: string | null;
      change: string;
      founded: string | null;
    }) => string;
    /** "12 Tổ liên gia an toàn PCCC (2 thành lập trong kỳ) liên kết 120 hộ." */
    readonly fireSafety: (p: {
      groups: string;
      founded: string;
      households: string;
      combined: string | null;
    }) => string;
    /** "Tổ bảo vệ ANTT ở cơ sở phụ trách 25 thôn, tổ dân phố." */
    readonly securityVillages: (villages: string) => string;
    /** "Có 120/150 thành viên được tập huấn (80%)." */
    readonly trained: (p: { trained: string; of: string; rate: string }) => string;
    /** "Lực lượng: Công an xã, phường, thị trấn 17 cán bộ, chiến sĩ; Bảo vệ dân phố 158 thành viên." */
    readonly forces: (forces: readonly string[]) => string;
    /**
     * One force: "Bảo vệ dân phố 158 thành viên (12 tổ)"; `police` for the commune police;
     * `until` the day a force ended before the period did ("đến ngày 30/6/2024").
     */
    readonly force: (p: {
      force: string;
      members: string;
      teams: string | null;
      police: boolean;
      until: string | null;
    }) => string;
    readonly table: readonly [string, string, string, string];
  };
  /** Security cameras. */
  readonly cameras: {
    readonly title: string;
    readonly none: string;
    /** Every lens faces public places: "Toàn huyện có … hướng ra nơi công cộng, đường giao thông". */
    readonly allFacing: (p: { whole: string; lenses: string; change: string }) => string;
    /** Some lenses face public places: "Toàn huyện có …, trong đó … hướng ra …". */
    readonly someFacing: (p: {
      whole: string;
      lenses: string;
      change: string;
      facing: string;
    }) => string;
    /** The commune-level police whose duty room cameras connect to. */
    readonly police: {
      readonly commune: string;
      readonly ward: string;
      readonly township: string;
      readonly communeAndWard: string;
    };
    /** "… mắt kết nối về phòng trực ban Công an xã". */
    readonly dutyRoom: (p: { lenses: string; police: string }) => string;
    /** Lenses of an owner group, from {@link ReportLocale.ownerGroups}. */
    readonly byOwner: (p: { lenses: string; owner: string }) => string;
    /** "Trong kỳ lắp mới 12 điểm (30 mắt), tháo dỡ 2 điểm." */
    readonly installed: (p: { points: string; removed: string | null }) => string;
    /** "xã hội hóa 120 triệu đồng". */
    readonly costSource: (p: { source: string; amount: string }) => string;
    /** "Kinh phí lắp đặt đã ghi nhận của 12 điểm: … (…)." */
    /**
     * "Kinh phí lắp đặt đã ghi nhận của 40 điểm: 120 triệu đồng, trong đó xã hội hóa …,
     * ngân sách nhà nước … (hộ gia đình …)." The split (see `funding.split`) is given when
     * the payers alone do not show it (several payers of one source), else `null`.
     */
    readonly cost: (p: {
      points: string;
      total: string;
      split: string | null;
      sources: string[];
    }) => string;
    /**
     * The equipment of the systems: "Hệ thống gồm 12 đầu ghi, 3 màn hình giám sát tại phòng
     * trực Công an xã." `recorders` and `screens` are formatted counts, `null` when 0.
     */
    readonly equipment: (p: {
      recorders: string | null;
      recorderCount: number;
      screens: string | null;
      screenCount: number;
      police: string;
    }) => string;
    /**
     * Points planned, not yet installed: "Ngoài ra, 20 điểm camera đã có kinh phí, chưa lắp
     * đặt." `funded` is the count of funded points when only some are funded, `null` when
     * all are (`allFunded`) or none is; `cost` their funding, or `null`.
     */
    readonly planned: (p: {
      points: string;
      allFunded: boolean;
      funded: string | null;
      cost: string | null;
    }) => string;
    /**
     * Lenses per 1,000 households: "Bình quân 45,2 mắt camera/1.000 hộ (3.120 hộ)." `base`
     * is the household count and where it comes from; `previous` the rate of the comparison
     * period with its name, or `null`.
     */
    readonly perHouseholds: (p: {
      rate: string;
      base: string;
      previous: { ref: string; rate: string } | null;
    }) => string;
    readonly table: readonly [string, string, string, string];
  };
  /** Residents and households, the denominators of rates. */
  readonly population: {
    /** "dân số 12.450 người", "population 12,450 residents". */
    readonly residents: (count: string, n: number) => string;
    /** "3.120 hộ", "3,120 households". */
    readonly households: (count: string, n: number) => string;
  };
  /** Use of camera footage. */
  readonly footage: {
    readonly title: string;
    readonly none: string;
    /** One category of cases clarified with camera help: "12 vụ trộm cắp tài sản". */
    readonly category: (p: {
      category: string;
      count: string;
      classes: readonly string[];
    }) => string;
    /** A legal class inside a category: "4 vụ phạm pháp hình sự". */
    readonly categoryClass: (p: { legalClass: string; count: string }) => string;
    /** "Đã trích xuất gần 1.000 lượt, làm rõ trên 300 vụ việc, gồm: …." */
    readonly summary: (p: {
      extractions: string;
      total: number;
      clarified: string;
      categories: string[];
    }) => string;
    /** "So với cùng kỳ năm 2023: số lượt trích xuất …; số vụ việc làm rõ nhờ camera …." */
    readonly compared: (p: { ref: string; extractions: string; clarified: string }) => string;
    /** "Trên 200 lượt trích xuất có kết quả góp phần làm rõ vụ việc …." */
    readonly helped: (extractions: string) => string;
    /** "8 lượt trích xuất góp phần tìm được người, tài sản thất lạc." */
    readonly helpedSearch: (extractions: string) => string;
    readonly table: readonly [string, string, string, string];
  };
  /** Security and order. */
  readonly incidents: {
    readonly title: string;
    readonly none: string;
    /** "Xảy ra 120 vụ việc về ANTT, tăng …." */
    readonly total: (p: { incidents: string; change: string }) => string;
    /**
     * Incidents per 10,000 residents: "Bình quân 12,3 vụ/10.000 dân (dân số 12.450 người;
     * cùng kỳ năm 2023: 10,1 vụ/10.000 dân)."
     */
    readonly perResidents: (p: {
      rate: string;
      base: string;
      previous: { ref: string; rate: string } | null;
    }) => string;
    /** "phạm pháp hình sự 40 vụ, được kiềm chế …". */
    readonly legalClass: (p: { legalClass: string; cases: string; change: string }) => string;
    /** "Theo loại vụ việc: 45 vụ trộm cắp tài sản (…); 104 vụ tai nạn, va chạm giao thông." */
    readonly byCategory: (parts: readonly string[]) => string;
    /** All incidents declared recorded, and none: "Không để xảy ra vụ việc nào về ANTT trong kỳ." */
    readonly noneDeclared: string;
    /** A category or group declared recorded, with none: "Không để xảy ra cháy, nổ." */
    readonly absent: (what: "fire" | "social-evils") => string;
    /** "27/30 xã, thị trấn đã báo cáo đầy đủ vụ việc trong kỳ." */
    readonly childrenComplete: (p: { complete: string; total: string; children: string }) => string;
    /**
     * "Phạm pháp hình sự: điều tra, làm rõ 220/242 vụ, đạt 90,9%; nhờ camera 150 vụ, với
     * 300 đối tượng."
     */
    readonly criminalCleared: (p: {
      cleared: string;
      cases: string;
      rate: string;
      withCamera: string;
      suspects: string;
    }) => string;
    /** "Đối tượng theo loại vụ việc: 30 đối tượng trộm cắp tài sản; 12 đối tượng đánh bạc." */
    readonly suspectsByCategory: (parts: readonly string[]) => string;
    /** "30 đối tượng trộm cắp tài sản". */
    readonly suspectsOf: (p: { suspects: string; category: string }) => string;
    /**
     * A fire or traffic accident line, with what is known of it: "Xảy ra 119 vụ tai nạn, va
     * chạm giao thông (12 vụ tai nạn giao thông, 107 vụ va chạm giao thông), làm chết 2
     * người, bị thương 3 người, thiệt hại tài sản khoảng 150 triệu đồng." `split`: the
     * traffic accidents and collisions told apart (only those known); `deaths`,
     * `injuries`: `null` when 0 or not given; `noCasualties`: every incident states 0
     * deaths and 0 injuries ("không gây thiệt hại về người"); `casualtiesOf`,
     * `damageOf`: the incidents that state them, when not all do.
     */
    readonly accident: (p: {
      category: string;
      cases: string;
      split: readonly { severity: string; cases: string }[];
      deaths: string | null;
      injuries: string | null;
      noCasualties: boolean;
      /** Of how many incidents the deaths are known, when not of all. */
      deathsOf: { stated: string; cases: string } | null;
      /** Of how many incidents the injuries are known, when not of all. */
      injuriesOf: { stated: string; cases: string } | null;
      damage: string | null;
      damageOf: { stated: string; cases: string } | null;
    }) => string;
    /**
     * "Nguyên nhân: 2 vụ do chập điện, sự cố về điện; 1 vụ chưa rõ nguyên nhân." A part is
     * `established` when it names a cause (not "cause not established"); causes not given are left out.
     */
    readonly causes: (
      parts: readonly { cause: string; cases: string; established: boolean }[],
    ) => string;
    /** "Tệ nạn xã hội (ma túy, đánh bạc, mại dâm): 12 vụ." */
    readonly categoryGroup: (p: { group: string; categories: string; cases: string }) => string;
    /** "Đã làm rõ 90/120 vụ, đạt 75,0%, trong đó 30 vụ nhờ camera; xác định 50 đối tượng." */
    readonly clarified: (p: {
      clarified: string;
      total: string;
      rate: string;
      previous: { ref: string; rate: string } | null;
      withCamera: string;
      suspects: string;
    }) => string;
    readonly table: readonly [string, string, string, string, string];
  };
  /** Activities of the forces and the public. */
  readonly activities: {
    readonly title: string;
    readonly none: string;
    /** "tuần tra 300 lượt (20 lượt theo chỉ dẫn của camera)". */
    readonly patrols: (p: {
      patrols: string;
      directedByCamera: string | null;
      change: string;
    }) => string;
    /** "mật phục 40 lượt (8 lượt theo chỉ dẫn của camera)". */
    readonly ambushes: (p: { ambushes: string; directedByCamera: string | null }) => string;
    /** "tiếp nhận 60 nguồn tin (12 dẫn đến phát hiện vụ việc)". */
    readonly tips: (p: { tips: string; ledToIncident: string; change: string }) => string;
    /** "hòa giải 30 vụ, thành 25 vụ (đạt 83,3% số vụ đã hòa giải xong)". */
    readonly mediations: (p: {
      mediations: string;
      succeeded: string;
      rate: string | null;
    }) => string;
    /** "tuyên truyền 40 buổi (hơn 2.000 lượt người tham dự)". */
    readonly outreach: (p: { sessions: string; audience: string }) => string;
    /**
     * "diễn tập 3 cuộc (2 về phòng cháy, chữa cháy, cứu nạn; 1 về phòng, chống thiên tai;
     * 2 cuộc quy mô toàn xã; 1 cuộc quy mô khu dân cư)": topics, then scenario scales.
     */
    readonly drills: (p: {
      drills: string;
      topics: readonly string[];
      scales: readonly string[];
    }) => string;
    /** A topic of drills: "2 về phòng cháy, chữa cháy, cứu nạn"; `count` null when it is the only topic. */
    readonly drillTopic: (p: { topic: string; count: string | null }) => string;
    /**
     * A scale of drill scenarios: "2 cuộc quy mô toàn xã"; `count` null when every drill
     * has that scale ("quy mô toàn xã").
     */
    readonly drillScale: (p: { scale: string; count: string | null }) => string;
    /** "tập huấn 5 lớp". */
    readonly trainings: (trainings: string) => string;
    /** "khen thưởng 12 lượt (6 triệu đồng)". */
    readonly awards: (p: { awards: string; cash: string | null }) => string;
    /** "Trong kỳ: …; …." */
    readonly inPeriod: (parts: readonly string[]) => string;
    /**
     * "Qua tuần tra, mật phục: bắt giữ 9 đối tượng; phát hiện, xử lý 12 đối tượng (ma túy 8;
     * đánh bạc 4)."; a part is `null` when it has nothing to say.
     */
    readonly subjects: (p: {
      apprehended: string | null;
      found: string | null;
      byCategory: readonly string[];
    }) => string;
    /** One category of people found: "ma túy 8". */
    readonly subjectCategory: (p: { category: string; count: string }) => string;
  };
  /** Funding. */
  readonly funding: {
    readonly title: string;
    readonly none: string;
    readonly allCommunity: string;
    readonly allBudget: string;
    /**
     * "xã hội hóa 300 triệu đồng, ngân sách nhà nước 50 triệu đồng"; `unknown` the money of no
     * known source, when there is some.
     */
    readonly split: (p: {
      community: string | null;
      budget: string | null;
      unknown: string | null;
    }) => string;
    /** "Huy động 40 khoản đóng góp với tổng số tiền 350 triệu đồng (…)." */
    readonly contributions: (p: {
      contributions: string;
      total: string;
      split: string;
      change: string;
    }) => string;
    /** "Đã chi 200 triệu đồng (12 khoản chi)." */
    /**
     * "Đã chi 72,6 triệu đồng (10 khoản chi), trong đó xã hội hóa …, ngân sách nhà nước …."
     * The split is `null` when no expense says whose money it was.
     */
    readonly expenses: (p: { amount: string; count: string; split: string | null }) => string;
    /** "Đóng góp theo mục đích: camera an ninh 120 triệu đồng; mô hình 20 triệu đồng." */
    readonly byTarget: (parts: readonly string[]) => string;
    /** "Chi theo nội dung: lắp đặt, sửa chữa camera 150 triệu đồng; …." */
    readonly byPurpose: (parts: readonly string[]) => string;
    /** "camera an ninh 120 triệu đồng". */
    readonly moneyFor: (p: { what: string; amount: string }) => string;
    /** "hộ gia đình 120/150". */
    readonly recognisedKind: (p: { kind: string; recognized: string; assessed: string }) => string;
    /** "Công nhận “An toàn về ANTT”: 130/160 (…)." */
    readonly recognised: (p: { recognized: string; assessed: string; kinds: string[] }) => string;
  };
  /** The notes: warnings and the significance test. */
  readonly notes: {
    readonly title: string;
    /** The dataset does not cover the report's period. */
    readonly periodNotCovered: (p: { span: string; period: string }) => string;
    /** The dataset does not cover the comparison period. */
    readonly comparisonNotCovered: (p: { ref: string; span: string }) => string;
    /** One of the report's warnings, in the locale's `style` language. */
    readonly warning: (message: string) => string;
    /** How significance was tested, at a level already written: "0,05". */
    readonly significanceTest: (level: string) => string;
  };
  /** The reconciliation of the records. */
  readonly reconciliation: {
    readonly title: string;
    /** The first line, with the report's period. */
    readonly intro: (period: string) => string;
    /** Records of another unit: "đơn vị khác 3". */
    readonly otherUnit: (count: string) => string;
    /** Records under an unknown unit code, as in "mã đơn vị không rõ 1". */
    readonly unknownUnit: (count: string) => string;
    /** Records outside the period: "ngoài kỳ 12". */
    readonly outsidePeriod: (count: string) => string;
    /** "Điểm camera: có 120, tính 100; không tính: …." */
    readonly collection: (p: {
      collection: string;
      given: string;
      counted: string;
      excluded: string[];
    }) => string;
    readonly table: readonly [string, string, string, string, string, string];
  };
}
