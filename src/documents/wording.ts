// The words of the documents themselves (the national emblem line, the motto, "Số:", "Nơi
// nhận:", the column heads of the workbook), in Vietnamese and English, as data. The report's
// own sentences are not here: they are renderReport's, in src/reports.

/** The words a document lays around the report's text, in one language. */
export interface DocumentWords {
  readonly nation: string;
  readonly motto: string;
  /** "Số: 15/BC-CAH". */
  readonly number: (number: string) => string;
  /** What the number reads as when none is given: blanks to fill in by hand. */
  readonly blankNumber: string;
  /** "Thọ Xuân, ngày 05 tháng 01 năm 2025", or with blanks when the date is not known. */
  readonly placeAndDate: (
    place: string,
    date: { readonly day: number; readonly month: number; readonly year: number } | null,
  ) => string;
  /** The kind of document, on its own line: "BÁO CÁO". */
  readonly documentKind: string;
  /** The police of a unit, as the default issuing body: "Công an Huyện Thọ Xuân". */
  readonly policeOf: (unitName: string) => string;
  readonly recipientsTitle: string;
  /** The recipient the report goes up to: "Công an Tỉnh Thanh Hóa (để báo cáo);". */
  readonly reportTo: (superior: string) => string;
  /** The file copy: "Lưu: VT.". */
  readonly archive: string;
  /** The signature block, when no signer is given. */
  readonly signer: string;
  readonly signHint: string;
  /** Sheet names and column heads of the workbook. */
  readonly sheet: {
    readonly summary: string;
    readonly figure: string;
    readonly measure: string;
    readonly current: string;
    readonly previous: string;
    readonly change: string;
    readonly percent: string;
    readonly path: string;
    readonly unit: (name: string, code: string) => string;
    readonly period: (period: string) => string;
    readonly compared: (period: string | null) => string;
    /** After the compared period, when the dataset does not cover it. */
    readonly notCovered: string;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const DOCUMENT_WORDS_VI: DocumentWords = {
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  number: (number) => `Số: ${number}`,
  blankNumber: "Số:        /BC",
  // Decree 30/2020/NĐ-CP, appendix I: days below 10 and months below 3 take a leading zero.
  placeAndDate: (place, date) =>
    date === null
      ? `${place}, ngày      tháng      năm`
      : `${place}, ngày ${pad(date.day)} tháng ${date.month < 3 ? pad(date.month) : date.month} năm ${date.year}`,
  documentKind: "BÁO CÁO",
  policeOf: (unit) => `Công an ${unit}`,
  recipientsTitle: "Nơi nhận:",
  reportTo: (superior) => `${superior} (để báo cáo);`,
  archive: "Lưu: VT.",
  signer: "THỦ TRƯỞNG ĐƠN VỊ",
  signHint: "(Ký, ghi rõ họ tên, đóng dấu)",
  sheet: {
    summary: "Tổng hợp",
    figure: "Chỉ tiêu",
    measure: "Đơn vị tính",
    current: "Kỳ báo cáo",
    previous: "Kỳ so sánh",
    change: "Tăng (+), giảm (−)",
    percent: "Tỷ lệ tăng, giảm",
    path: "Mã chỉ tiêu",
    unit: (name, code) => `Đơn vị: ${name} (mã ${code})`,
    period: (period) => `Kỳ báo cáo: ${period}`,
    compared: (period) =>
      period === null ? "Không so sánh với kỳ trước" : `Kỳ so sánh: ${period}`,
    notCovered: " (bộ dữ liệu không bao phủ đủ kỳ so sánh nên không so sánh)",
  },
};

export const DOCUMENT_WORDS_EN: DocumentWords = {
  nation: "SOCIALIST REPUBLIC OF VIET NAM",
  motto: "Independence - Freedom - Happiness",
  number: (number) => `No.: ${number}`,
  blankNumber: "No.:        /BC",
  placeAndDate: (place, date) =>
    date === null
      ? `${place}, date:`
      : `${place}, ${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`,
  documentKind: "REPORT",
  policeOf: (unit) => `Police of ${unit}`,
  recipientsTitle: "Recipients:",
  reportTo: (superior) => `${superior} (for reporting);`,
  archive: "Filed: Office.",
  signer: "HEAD OF THE UNIT",
  signHint: "(Signature, full name, seal)",
  sheet: {
    summary: "Summary",
    figure: "Figure",
    measure: "Unit",
    current: "This period",
    previous: "Compared period",
    change: "Change",
    percent: "Change (%)",
    path: "Figure code",
    unit: (name, code) => `Unit: ${name} (code ${code})`,
    period: (period) => `Period: ${period}`,
    compared: (period) => (period === null ? "Not compared" : `Compared with: ${period}`),
    notCovered: " (not compared: the dataset does not cover the whole compared period)",
  },
};

/** A figure of the workbook's summary sheet: its path in the report's figures and its name. */
export interface SummaryFigure {
  readonly path: string;
  readonly vi: string;
  readonly en: string;
  /** The unit it is counted in (đơn vị tính). */
  readonly measure: { readonly vi: string; readonly en: string };
}

const m = (vi: string, en: string) => ({ vi, en });
const MODELS = m("mô hình", "models");
const POINTS = m("điểm", "points");
const LENSES = m("mắt", "lenses");
const CASES = m("vụ", "cases");
const TIMES = m("lượt", "times");
const PEOPLE = m("người", "people");
const DONG = m("đồng", "đồng");

/**
 * The headline figures, in the order published reports give them: the first sheet of the
 * workbook. Every other figure is on the sheet of its group, by its path.
 */
export const SUMMARY_FIGURES: readonly SummaryFigure[] = [
  {
    path: "models.activeAtEnd",
    vi: "Mô hình đang hoạt động",
    en: "Models active",
    measure: MODELS,
  },
  {
    path: "models.sites.activeAtEnd",
    vi: "Điểm áp dụng mô hình",
    en: "Model sites",
    measure: POINTS,
  },
  {
    path: "teams.activeAtEnd",
    vi: "Tổ đang hoạt động",
    en: "Teams active",
    measure: m("tổ", "teams"),
  },
  { path: "cameras.pointsAtEnd", vi: "Điểm camera", en: "Camera points", measure: POINTS },
  { path: "cameras.lensesAtEnd", vi: "Mắt camera", en: "Camera lenses", measure: LENSES },
  {
    path: "cameras.connectedToDutyRoom.lenses",
    vi: "Mắt camera kết nối phòng trực ban",
    en: "Lenses connected to the duty room",
    measure: LENSES,
  },
  {
    path: "cameras.installedInPeriod.points",
    vi: "Điểm camera lắp mới trong kỳ",
    en: "Camera points installed in the period",
    measure: POINTS,
  },
  {
    path: "extractions.total",
    vi: "Lượt trích xuất dữ liệu camera",
    en: "Footage extractions",
    measure: TIMES,
  },
  {
    path: "extractions.casesClarifiedWithCamera",
    vi: "Vụ việc làm rõ nhờ camera",
    en: "Cases clarified with camera help",
    measure: CASES,
  },
  {
    path: "incidents.total",
    vi: "Vụ việc về ANTT",
    en: "Security and order incidents",
    measure: CASES,
  },
  {
    path: "incidents.byLegalClass.criminal",
    vi: "Phạm pháp hình sự",
    en: "Criminal offences",
    measure: CASES,
  },
  {
    path: "incidents.clarified",
    vi: "Vụ việc đã làm rõ",
    en: "Incidents clarified",
    measure: CASES,
  },
  {
    path: "incidents.suspects",
    vi: "Đối tượng đã xác định",
    en: "Suspects identified",
    measure: m("đối tượng", "suspects"),
  },
  { path: "incidents.harm.deaths", vi: "Số người chết", en: "Deaths", measure: PEOPLE },
  { path: "incidents.harm.injuries", vi: "Số người bị thương", en: "Injuries", measure: PEOPLE },
  { path: "activities.patrols.count", vi: "Tuần tra", en: "Patrols", measure: TIMES },
  { path: "activities.ambushes.count", vi: "Mật phục", en: "Ambushes", measure: TIMES },
  {
    path: "activities.tips.count",
    vi: "Nguồn tin tiếp nhận",
    en: "Tips received",
    measure: m("nguồn tin", "tips"),
  },
  { path: "activities.mediations.count", vi: "Hòa giải", en: "Mediations", measure: CASES },
  {
    path: "activities.outreach.sessions",
    vi: "Tuyên truyền",
    en: "Outreach sessions",
    measure: m("buổi", "sessions"),
  },
  {
    path: "funding.contributions.amountVnd",
    vi: "Kinh phí huy động",
    en: "Money raised",
    measure: DONG,
  },
  { path: "funding.expenses.amountVnd", vi: "Kinh phí đã chi", en: "Money spent", measure: DONG },
];

/** The groups of the report's figures, one sheet each, by their key in `figures`. */
export const FIGURE_GROUPS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> =
  {
    models: m("Mô hình", "Models"),
    teams: m("Tổ", "Teams"),
    cameras: m("Camera", "Cameras"),
    extractions: m("Trích xuất", "Extractions"),
    incidents: m("Vụ việc", "Incidents"),
    activities: m("Hoạt động", "Activities"),
    funding: m("Kinh phí", "Funding"),
    recognitions: m("Công nhận", "Recognitions"),
    forces: m("Lực lượng", "Forces"),
    population: m("Dân số", "Population"),
  };
