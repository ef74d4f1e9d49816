/**
 * Writes the sample datasets of examples/data/ from a fixed seed: every run rewrites the
 * same bytes. `npx tsx scripts/generate-samples.ts` writes the files; the test
 * `test/examples/samples.test.ts` imports {@link generateSamples} and checks that the
 * committed files are what it generates now.
 *
 * The datasets reproduce figures published in local news reports about the "Toàn dân bảo
 * vệ an ninh Tổ quốc" movement (see examples/data/README.md for every figure and how the
 * exact counts behind the rounded wording were chosen). Unit codes are the official
 * pre-2025 codes, embedded here (the generator reads no national file). Names of
 * villages, people, shops and roads, coordinates and amounts are illustrative.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetInput } from "../src/dataset/index.js";

// ---------------------------------------------------------------------------------------
// Record types, taken from the library's own dataset envelope.

type Item<K extends keyof DatasetInput> =
  NonNullable<DatasetInput[K]> extends readonly (infer R)[] ? R : never;
type Unit = Item<"units">;
type Model = Item<"models">;
type Site = Item<"sites">;
type Review = Item<"reviews">;
type Team = Item<"teams">;
type Camera = Item<"cameras">;
type Incident = Item<"incidents">;
type Extraction = Item<"extractions">;
type Activity = Item<"activities">;
type Contribution = Item<"contributions">;
type Expense = Item<"expenses">;
type Category = Incident["category"];
type OwnerKind = Camera["ownerKind"];

// ---------------------------------------------------------------------------------------
// A small seeded PRNG (mulberry32) and helpers over it.

class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.#state ^ (this.#state >>> 15), 1 | this.#state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return must(items[this.int(0, items.length - 1)], "pick from an empty list");
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((acc, [, w]) => acc + w, 0);
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return must(entries[entries.length - 1], "weighted pick from an empty list")[0];
  }

  /** `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      const [item] = copy.splice(this.int(0, copy.length - 1), 1);
      out.push(item as T);
    }
    return out;
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`generate-samples: ${what}`);
  return value;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`generate-samples: ${what}`);
}

// ---------------------------------------------------------------------------------------
// Dates and instants. A time is counted in minutes since 1970-01-01 00:00 Vietnam time,
// and written with the +07:00 offset.

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const dayOf = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
  86_400_000;
const dateOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => dateOfDay(dayOf(date) + days);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const at = (date: string, hours: number, minutes = 0) => dayOf(date) * 1440 + hours * 60 + minutes;
const dateOfTime = (t: number) => dateOfDay(Math.floor(t / 1440));
const iso = (t: number) => {
  const m = ((t % 1440) + 1440) % 1440;
  return `${dateOfTime(t)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+07:00`;
};
const randomDate = (rng: Rng, from: string, to: string) =>
  dateOfDay(rng.int(dayOf(from), dayOf(to)));

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------
// Names.

const NORTH_FAMILY = ["Lê", "Nguyễn", "Trịnh", "Lê", "Nguyễn", "Hoàng", "Phạm", "Đỗ", "Hà", "Mai"];
const CENTRAL_FAMILY = ["Nguyễn", "Trần", "Lê", "Võ", "Huỳnh", "Phan", "Trương", "Phạm", "Đoàn"];
const MALE_MIDDLE = ["Văn", "Đình", "Hữu", "Xuân", "Minh", "Quang", "Ngọc", "Công", "Văn"];
const FEMALE_MIDDLE = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Thị"];
const MALE_GIVEN = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Cường",
  "Thắng",
  "Hải",
  "Sơn",
  "Long",
  "Nam",
  "Bình",
  "Toàn",
  "Quân",
  "Phúc",
  "Lâm",
  "Hòa",
  "Trung",
  "Kiên",
  "Đức",
  "Thành",
  "Vinh",
];
const FEMALE_GIVEN = [
  "Lan",
  "Hương",
  "Hoa",
  "Mai",
  "Hằng",
  "Thủy",
  "Nga",
  "Dung",
  "Huyền",
  "Liên",
  "Oanh",
  "Yến",
  "Thảo",
  "Hạnh",
];

function personName(rng: Rng, region: "north" | "central", male = rng.chance(0.7)): string {
  const family = rng.pick(region === "north" ? NORTH_FAMILY : CENTRAL_FAMILY);
  return male
    ? `${family} ${rng.pick(MALE_MIDDLE)} ${rng.pick(MALE_GIVEN)}`
    : `${family} ${rng.pick(FEMALE_MIDDLE)} ${rng.pick(FEMALE_GIVEN)}`;
}

// ---------------------------------------------------------------------------------------
// Administrative units.

interface Place {
  readonly code: string;
  readonly name: string;
  readonly type: "commune" | "ward" | "township";
  readonly lat: number;
  readonly lng: number;
}

const shortName = (name: string) => name.replace(/^(Xã|Phường|Thị trấn) /, "");
const lowerType = (name: string) =>
  name.replace(/^(Xã|Phường|Thị trấn)/, (word) => word.toLowerCase());
const policeOf = (place: Place) => `Công an ${lowerType(place.name)}`;

function communeUnits(places: readonly Place[], parentCode: string, validTo: string): Unit[] {
  return places.map((place) => ({
    code: place.code,
    name: place.name,
    level: "commune",
    type: place.type,
    parentCode,
    validTo,
  }));
}

function jitter(rng: Rng, place: Place, spread: number) {
  return {
    lat: round(place.lat + (rng.next() * 2 - 1) * spread, 5),
    lng: round(place.lng + (rng.next() * 2 - 1) * spread, 5),
  };
}

// ---------------------------------------------------------------------------------------
// Incidents: what each category looks like.

const CRIMINAL: ReadonlySet<Category> = new Set<Category>([
  "theft",
  "snatching",
  "robbery",
  "assault",
  "public-disorder",
  "street-racing",
  "fraud",
  "online-fraud",
  "drugs",
  "gambling",
]);

/** Hours of the day (start, length) when incidents of a category happen. */
const HOURS: Record<Category, readonly [number, number]> = {
  theft: [21, 8],
  snatching: [6, 15],
  robbery: [20, 6],
  assault: [17, 7],
  "public-disorder": [19, 5],
  "street-racing": [22, 5],
  "traffic-accident": [6, 16],
  fraud: [8, 13],
  "online-fraud": [8, 14],
  drugs: [14, 10],
  gambling: [13, 10],
  fire: [10, 12],
  dispute: [7, 13],
  "modified-vehicle": [19, 5],
  "urban-order": [6, 12],
  other: [7, 14],
};

const DESCRIPTIONS: Record<Category, readonly string[]> = {
  theft: [
    "Trộm cắp xe máy để trước cửa nhà tại {v}",
    "Trộm cắp tài sản (điện thoại, tiền mặt) trong nhà dân tại {v}",
    "Trộm cắp gà, vịt của hộ chăn nuôi tại {v}",
    "Trộm cắp dây điện, thiết bị tại công trình xây dựng ở {v}",
    "Trộm cắp tài sản tại cửa hàng tạp hóa ở {v}",
  ],
  snatching: [
    "Cướp giật túi xách của người đi đường tại {v}",
    "Cướp giật điện thoại của học sinh trên đường đi học tại {v}",
  ],
  robbery: ["Dùng hung khí đe dọa cướp tài sản của người đi đường tại {v}"],
  assault: [
    "Đánh nhau gây thương tích sau khi uống rượu tại {v}",
    "Mâu thuẫn cá nhân dẫn đến cố ý gây thương tích tại {v}",
    "Dùng hung khí gây thương tích cho người khác tại {v}",
  ],
  "public-disorder": [
    "Nhóm thanh niên tụ tập, gây rối trật tự công cộng tại {v}",
    "Gây rối trật tự tại quán karaoke ở {v}",
    "Hai nhóm thanh niên hỗn chiến trên đường tại {v}",
  ],
  "street-racing": ["Nhóm thanh niên tụ tập đua xe, lạng lách trên đường tại {v}"],
  "traffic-accident": [
    "Va chạm giữa xe máy và ô tô trên trục đường chính tại {v}",
    "Va chạm giữa hai xe máy tại ngã ba {v}",
    "Tai nạn giao thông, xe gây tai nạn bỏ chạy khỏi hiện trường tại {v}",
    "Xe máy tự gây tai nạn trên đường liên thôn tại {v}",
  ],
  fraud: [
    "Lừa đảo chiếm đoạt tiền đặt cọc mua bán đất tại {v}",
    "Giả danh cán bộ lừa đảo chiếm đoạt tài sản của người dân tại {v}",
  ],
  "online-fraud": [
    "Lừa đảo qua mạng xã hội, chiếm đoạt tiền chuyển khoản của người dân ở {v}",
    "Giả danh công an gọi điện lừa đảo chiếm đoạt tài sản của người dân ở {v}",
  ],
  drugs: [
    "Tàng trữ trái phép chất ma túy tại {v}",
    "Tổ chức sử dụng trái phép chất ma túy tại {v}",
  ],
  gambling: ["Đánh bạc dưới hình thức đánh bài ăn tiền tại {v}", "Đánh bạc, ghi lô đề tại {v}"],
  fire: [
    "Cháy nhà kho chứa vật liệu tại {v}",
    "Cháy quán ăn do chập điện tại {v}",
    "Cháy rơm rạ lan sang nhà dân tại {v}",
  ],
  dispute: [
    "Mâu thuẫn giữa hai hộ gia đình về lối đi chung tại {v}",
    "Mâu thuẫn trong sinh hoạt giữa các hộ liền kề tại {v}",
  ],
  "modified-vehicle": ["Điều khiển xe máy độ chế, gây tiếng ồn trên đường tại {v}"],
  "urban-order": [
    "Lấn chiếm vỉa hè, lòng đường để buôn bán tại {v}",
    "Đổ trộm phế thải xây dựng ra đường tại {v}",
  ],
  other: ["Vụ việc khác về an ninh, trật tự tại {v}"],
};

const SUSPECTS: Partial<Record<Category, readonly [number, number]>> = {
  theft: [1, 3],
  snatching: [1, 2],
  robbery: [1, 3],
  assault: [1, 4],
  "public-disorder": [2, 9],
  "street-racing": [2, 6],
  fraud: [1, 2],
  "online-fraud": [1, 2],
  drugs: [1, 3],
  gambling: [3, 9],
  "modified-vehicle": [1, 3],
  "urban-order": [1, 1],
};

const DAMAGE: Partial<Record<Category, readonly [number, number]>> = {
  theft: [20, 350],
  snatching: [30, 150],
  robbery: [50, 200],
  fraud: [100, 1200],
  "online-fraud": [150, 3000],
  fire: [50, 800],
};

/** A draft incident, before it gets its id (ids follow the order of occurrence). */
interface IncidentDraft {
  id: string;
  category: Category;
  occurred: number;
  reported: number;
  place: Place;
  village: string;
  detectedBy: Incident["detectedBy"];
  cameraIds: string[];
  status: Incident["status"];
  clarified?: { on: string; by: NonNullable<Incident["clarified"]>["by"] };
  suspects?: number;
  victims?: number;
  damageVnd?: number;
  description: string;
  location: { lat: number; lng: number };
  mode: "camera" | "other" | "open";
}

function incidentRecord(draft: IncidentDraft): Incident {
  return {
    id: draft.id,
    category: draft.category,
    occurredAt: iso(draft.occurred),
    reportedAt: iso(draft.reported),
    unitCode: draft.place.code,
    location: draft.location,
    detectedBy: draft.detectedBy,
    ...(draft.cameraIds.length > 0 ? { cameraIds: draft.cameraIds } : {}),
    status: draft.status,
    ...(draft.clarified ? { clarified: draft.clarified } : {}),
    ...(draft.suspects !== undefined ? { suspects: draft.suspects } : {}),
    ...(draft.victims !== undefined ? { victims: draft.victims } : {}),
    ...(draft.damageVnd !== undefined ? { damageVnd: draft.damageVnd } : {}),
    description: draft.description,
  };
}

// ---------------------------------------------------------------------------------------
// JSON: one record per line, so that diffs stay readable.

function toJson(dataset: Record<string, unknown>): string {
  const lines = ["{"];
  const entries = Object.entries(dataset);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? "," : "";
    if (Array.isArray(value) && value.length > 0) {
      lines.push(` ${JSON.stringify(key)}: [`);
      value.forEach((record, j) => {
        lines.push(`  ${JSON.stringify(record)}${j < value.length - 1 ? "," : ""}`);
      });
      lines.push(` ]${comma}`);
    } else {
      lines.push(` ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** Sorts records by a key and numbers their ids in that order. */
function numberInOrder<T extends { id: string }>(
  records: T[],
  key: (record: T) => number | string,
  prefix: string,
  width = 4,
): T[] {
  records.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  records.forEach((record, i) => {
    record.id = `${prefix}${pad(i + 1, width)}`;
  });
  return records;
}

// =======================================================================================
// Thọ Xuân district (Thanh Hóa), 2024, with 2023 for the year-on-year comparison.
// =======================================================================================

interface TxCommune extends Place {
  readonly cluster: string;
  readonly launchedOn: string;
  readonly replicatedFrom?: string;
  readonly villages: readonly string[];
}

const villagesOf = (word: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${word} ${i + 1}`);

function txCommune(
  code: string,
  name: string,
  lat: number,
  lng: number,
  cluster: string,
  launchedOn: string,
  replicatedFrom: string | undefined,
  villageCount: number,
): TxCommune {
  const type = name.startsWith("Thị trấn") ? "township" : "commune";
  return {
    code,
    name,
    type,
    lat,
    lng,
    cluster,
    launchedOn,
    ...(replicatedFrom !== undefined ? { replicatedFrom } : {}),
    villages: villagesOf(type === "township" ? "Khu phố" : "Thôn", villageCount),
  };
}

/** The 30 communes and towns of Thọ Xuân (pre-2025 codes) and the launch of the model in each. */
const TX_COMMUNES: readonly TxCommune[] = [
  txCommune("15493", "Xã Xuân Hồng", 19.955, 105.545, "tho-xuan", "2021-05-12", "15499", 10),
  txCommune("15499", "Thị trấn Thọ Xuân", 19.932, 105.525, "tho-xuan", "2020-05-19", undefined, 12),
  txCommune("15502", "Xã Bắc Lương", 19.975, 105.535, "tho-long", "2022-05-11", "15499", 8),
  txCommune("15505", "Xã Nam Giang", 19.965, 105.512, "tho-long", "2022-06-08", "15499", 9),
  txCommune("15508", "Xã Xuân Phong", 19.988, 105.495, "tho-long", "2022-06-29", "15517", 8),
  txCommune("15511", "Xã Thọ Lộc", 19.972, 105.483, "tho-long", "2022-08-10", "15508", 9),
  txCommune("15514", "Xã Xuân Trường", 19.946, 105.508, "tho-xuan", "2021-06-09", "15499", 10),
  txCommune("15517", "Xã Xuân Hòa", 19.934, 105.48, "xuan-hoa", "2020-10-15", undefined, 12),
  txCommune("15520", "Xã Thọ Hải", 19.947, 105.463, "xuan-hoa", "2021-08-19", "15517", 8),
  txCommune("15523", "Xã Tây Hồ", 19.957, 105.497, "tho-long", "2022-08-24", "15505", 9),
  txCommune("15526", "Xã Xuân Giang", 19.922, 105.547, "tho-xuan", "2021-07-14", "15499", 10),
  txCommune("15532", "Xã Xuân Sinh", 19.902, 105.441, "sao-vang", "2020-03-26", undefined, 9),
  txCommune("15535", "Xã Xuân Hưng", 19.919, 105.47, "xuan-hoa", "2021-09-15", "15517", 11),
  txCommune("15538", "Xã Thọ Diên", 19.926, 105.452, "xuan-hoa", "2021-10-20", "15517", 8),
  txCommune("15541", "Xã Thọ Lâm", 19.914, 105.421, "sao-vang", "2021-01-20", "15532", 10),
  txCommune("15544", "Xã Thọ Xương", 19.956, 105.43, "lam-son", "2021-04-22", "15556", 8),
  txCommune("15547", "Xã Xuân Bái", 19.967, 105.41, "lam-son", "2021-03-25", "15556", 9),
  txCommune("15550", "Xã Xuân Phú", 19.893, 105.395, "sao-vang", "2021-03-10", "15532", 14),
  txCommune("15553", "Thị trấn Sao Vàng", 19.893, 105.462, "sao-vang", "2020-08-19", "15532", 10),
  txCommune("15556", "Thị trấn Lam Sơn", 19.945, 105.405, "lam-son", "2020-06-18", undefined, 9),
  txCommune("15559", "Xã Xuân Thiên", 19.87, 105.415, "tho-lap", "2022-01-12", "15568", 11),
  txCommune("15565", "Xã Thuận Minh", 19.864, 105.44, "tho-lap", "2022-02-23", "15568", 9),
  txCommune("15568", "Xã Thọ Lập", 19.876, 105.466, "tho-lap", "2021-11-17", "15532", 10),
  txCommune("15571", "Xã Quảng Phú", 19.882, 105.49, "xuan-tin", "2022-03-16", "15574", 12),
  txCommune("15574", "Xã Xuân Tín", 19.868, 105.51, "xuan-tin", "2021-12-15", "15517", 13),
  txCommune("15577", "Xã Phú Xuân", 19.853, 105.494, "xuan-tin", "2022-04-13", "15574", 8),
  txCommune("15583", "Xã Xuân Lai", 19.89, 105.527, "xuan-lap", "2022-09-14", "15499", 11),
  txCommune("15586", "Xã Xuân Lập", 19.88, 105.546, "xuan-lap", "2022-10-12", "15583", 10),
  txCommune("15592", "Xã Xuân Minh", 19.865, 105.56, "xuan-lap", "2022-11-09", "15586", 9),
  txCommune("15598", "Xã Trường Xuân", 19.903, 105.548, "xuan-lap", "2022-12-07", "15499", 8),
];

const XUAN_SINH = "15532";
const TX_DISTRICT = "395";

/** Lenses by owner kind and whether the point is connected to the duty room. */
const TX_LENSES: readonly { owner: OwnerKind; connected: number; other: number }[] = [
  { owner: "household", connected: 20, other: 3566 },
  { owner: "agency", connected: 60, other: 244 },
  { owner: "business", connected: 24, other: 374 },
  { owner: "school", connected: 0, other: 210 },
  // Public (community-funded) cameras outside Xuân Sinh; Xuân Sinh's 25 are added apart.
  { owner: "public", connected: 595, other: 58 },
  { owner: "police", connected: 60, other: 0 },
];

/** Lens counts a point of each owner kind may have, with weights. */
const LENS_SIZES: Record<OwnerKind, readonly (readonly [number, number])[]> = {
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
  police: [[4, 1]],
};

/** Splits `total` lenses into points of plausible sizes. */
function splitLenses(rng: Rng, total: number, owner: OwnerKind): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(rng.weighted(LENS_SIZES[owner]), left);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

const TX_AGENCIES = [
  "Trụ sở UBND {c}",
  "Trạm Y tế {c}",
  "Điểm Bưu điện văn hóa {c}",
  "Quỹ tín dụng nhân dân {s}",
  "Nhà văn hóa trung tâm {c}",
];
const TX_BUSINESSES = [
  "Cửa hàng xăng dầu {s}",
  "Cửa hàng điện máy, điện thoại ở {v}",
  "Cửa hàng vật liệu xây dựng ở {v}",
  "Nhà hàng tiệc cưới ở {v}",
  "Xưởng may ở {v}",
  "Đại lý phân bón, vật tư nông nghiệp ở {v}",
  "Tiệm vàng bạc ở {v}",
];
const TX_SCHOOLS = [
  "Trường Mầm non {s}",
  "Trường Tiểu học {s}",
  "Trường THCS {s}",
  "Trường Tiểu học {s} (điểm lẻ)",
];
const TX_PUBLIC = [
  "Ngã ba trung tâm {v}",
  "Trục đường chính {v}",
  "Cổng làng {v}",
  "Nhà văn hóa {v}",
  "Khu vực chợ {s}",
  "Cầu qua kênh Bắc ở {v}",
  "Đường liên xã qua {v}",
];

function fill(template: string, place: Place, village: string): string {
  return template
    .replace("{c}", lowerType(place.name))
    .replace("{s}", shortName(place.name))
    .replace("{v}", village);
}

interface TxCameraIndex {
  readonly byCommune: Map<string, Camera[]>;
}

function txCameras(rng: Rng): { cameras: Camera[]; index: TxCameraIndex } {
  const drafts: (Camera & { place: TxCommune })[] = [];
  const others = TX_COMMUNES.filter((c) => c.code !== XUAN_SINH);
  const weights = others.map((c) => [c, c.type === "township" ? 2.2 : 1] as const);
  const xuanSinh = must(
    TX_COMMUNES.find((c) => c.code === XUAN_SINH),
    "Xuân Sinh",
  );

  // Xuân Sinh: 25 public points of one lens each on the main roads, installed in 2020.
  for (let i = 0; i < 25; i++) {
    const village = xuanSinh.villages[i % xuanSinh.villages.length] as string;
    const installedOn = randomDate(rng, "2020-04-02", "2020-07-30");
    drafts.push({
      id: "",
      place: xuanSinh,
      unitCode: XUAN_SINH,
      village,
      location: jitter(rng, xuanSinh, 0.012),
      address:
        i < 3
          ? rng.pick([
              "Ngã ba trung tâm xã Xuân Sinh",
              "Khu vực chợ Xuân Sinh",
              "Cổng UBND xã Xuân Sinh",
            ])
          : `Trục đường chính qua ${village}`,
      ownerKind: "public",
      funding: [{ source: "households", amount: 2_650_000 }],
      installedOn,
      connectedToDutyRoom: true,
      sharingTier: "live-view",
      sharingCommitment: { signedOn: installedOn },
      coverage: ["road"],
      retentionDays: 30,
      status: "active",
      lenses: 1,
    });
  }

  // Police points: one at each of 15 commune police stations, 4 lenses each.
  const policeCommunes = rng.sample(others, 15);
  for (const { owner, connected, other } of TX_LENSES) {
    for (const isConnected of [true, false]) {
      const total = isConnected ? connected : other;
      if (total === 0) continue;
      splitLenses(rng, total, owner).forEach((lenses, i) => {
        const place = owner === "police" ? (policeCommunes[i] as TxCommune) : rng.weighted(weights);
        const village = rng.pick(place.villages);
        const earliest =
          owner === "public" || owner === "police" || isConnected
            ? place.launchedOn
            : owner === "household" || owner === "business"
              ? "2019-01-10"
              : addDays(place.launchedOn, -400);
        const installedOn =
          owner === "police"
            ? randomDate(rng, place.launchedOn, addDays(place.launchedOn, 120))
            : randomDate(rng, maxDate(earliest, "2019-01-10"), "2024-11-29");
        const budget = owner === "police" || (owner === "public" && rng.chance(0.2));
        const unitPrice = owner === "police" ? 3_800_000 : rng.int(22, 34) * 100_000;
        const templates =
          owner === "agency"
            ? TX_AGENCIES
            : owner === "business"
              ? TX_BUSINESSES
              : owner === "school"
                ? TX_SCHOOLS
                : owner === "police"
                  ? ["Trụ sở {c}"]
                  : TX_PUBLIC;
        const address =
          owner === "household"
            ? undefined
            : fill(
                owner === "police"
                  ? `Trụ sở Công an ${lowerType(place.name)}`
                  : rng.pick(templates),
                place,
                village,
              );
        const tier = isConnected
          ? "live-view"
          : rng.weighted([
              ["on-request", 0.75],
              ["registered", 0.25],
            ] as const);
        const signed = isConnected || owner === "public" || owner === "police" || rng.chance(0.25);
        const coverage: Camera["coverage"] =
          owner === "household"
            ? rng.chance(0.6)
              ? ["road", "private"]
              : ["road"]
            : owner === "public"
              ? rng.pick([["road"], ["public-place"], ["road", "public-place"]] as const).slice()
              : owner === "police"
                ? ["road", "public-place"]
                : rng.chance(0.5)
                  ? ["road", "public-place", "private"]
                  : ["public-place", "private"];
        drafts.push({
          id: "",
          place,
          unitCode: place.code,
          ...(owner === "household" || owner === "public" ? { village } : {}),
          location: jitter(rng, place, 0.009),
          ...(address !== undefined ? { address } : {}),
          ownerKind: owner,
          ...(owner === "public" || owner === "police"
            ? {
                funding: [{ source: budget ? "budget" : "households", amount: unitPrice * lenses }],
              }
            : {}),
          installedOn,
          connectedToDutyRoom: isConnected,
          sharingTier: tier,
          ...(signed ? { sharingCommitment: { signedOn: installedOn } } : {}),
          coverage,
          ...(owner === "public" || owner === "police" ? { retentionDays: 30 } : {}),
          status: "active",
          lenses,
        });
      });
    }
  }

  numberInOrder(
    drafts,
    (d) => `${d.unitCode}|${d.installedOn}|${d.location?.lat ?? 0}`,
    "tx-cam-",
    5,
  );
  const byCommune = new Map<string, Camera[]>();
  const cameras: Camera[] = drafts.map((draft) => {
    const { place: _place, ...camera } = draft;
    return camera;
  });
  for (const camera of cameras) {
    const list = byCommune.get(camera.unitCode) ?? [];
    list.push(camera);
    byCommune.set(camera.unitCode, list);
  }
  return { cameras, index: { byCommune } };
}

/** Up to `n` cameras of a commune installed before `date`, preferring connected ones. */
function camerasBefore(
  rng: Rng,
  index: TxCameraIndex,
  code: string,
  date: string,
  n: number,
): Camera[] {
  const ready = (index.byCommune.get(code) ?? []).filter((c) => c.installedOn < date);
  const connected = ready.filter((c) => c.connectedToDutyRoom);
  const pool = connected.length >= n && rng.chance(0.6) ? connected : ready;
  return rng.sample(pool, n);
}

interface YearSpec {
  readonly year: number;
  readonly camera: Partial<Record<Category, number>>;
  readonly other: Partial<Record<Category, number>>;
  readonly open: Partial<Record<Category, number>>;
  readonly extractions: number;
  /** How many more cameras' footage a camera-clarified case used (weights of 0, 1, 2, 3). */
  readonly moreFootage: readonly [number, number, number, number];
}

const TX_2024: YearSpec = {
  year: 2024,
  // Clarified with camera help: 312 (Xuân Sinh's theft and public disorder are added apart).
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

const TX_2023: YearSpec = {
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

const TX_REQUESTERS = {
  crime: "Đội CSĐT tội phạm về TTXH, Công an huyện Thọ Xuân",
  traffic: "Đội CSGT - TT, Công an huyện Thọ Xuân",
} as const;

interface TxYear {
  incidents: IncidentDraft[];
  extractions: Extraction[];
}

function txYear(rng: Rng, spec: YearSpec, index: TxCameraIndex): TxYear {
  const y = spec.year;
  const drafts: IncidentDraft[] = [];
  const extractions: Extraction[] = [];
  const communeWeights = TX_COMMUNES.map((c) => [c, c.type === "township" ? 2 : 1] as const);
  const byCode = new Map(TX_COMMUNES.map((c) => [c.code, c] as const));
  const reserved = new Set(["2024-02-28", "2024-03-07"]);

  const draftIncident = (category: Category, mode: IncidentDraft["mode"]): IncidentDraft => {
    const lastDay = mode === "open" ? `${y}-12-27` : `${y}-12-10`;
    for (;;) {
      const place = rng.weighted(communeWeights);
      const date = randomDate(rng, `${y}-01-02`, lastDay);
      if (place.code === XUAN_SINH && reserved.has(date)) continue;
      const [start, length] = HOURS[category];
      const occurred = at(date, start) + rng.int(0, length * 60 - 1);
      const needCameras = mode === "camera";
      const cams = camerasBefore(rng, index, place.code, dateOfTime(occurred), rng.int(1, 3));
      if (needCameras && cams.length === 0) continue;
      const detectedBy: Incident["detectedBy"] =
        mode === "camera"
          ? rng.weighted([
              ["report", 0.55],
              ["camera", 0.25],
              ["patrol", 0.1],
              ["tip", 0.1],
            ] as const)
          : mode === "other"
            ? rng.weighted([
                ["report", 0.5],
                ["patrol", 0.2],
                ["tip", 0.3],
              ] as const)
            : rng.weighted([
                ["report", 0.85],
                ["tip", 0.15],
              ] as const);
      const village = rng.pick(place.villages);
      const reported = occurred + (detectedBy === "camera" ? rng.int(2, 15) : rng.int(10, 600));
      const draft: IncidentDraft = {
        id: "",
        category,
        occurred,
        reported,
        place,
        village,
        detectedBy,
        cameraIds: mode === "camera" || rng.chance(0.2) ? cams.map((c) => c.id) : [],
        status: "investigating",
        description: rng
          .pick(DESCRIPTIONS[category])
          .replace("{v}", `${village}, ${lowerType(place.name)}`),
        location: jitter(rng, place, 0.009),
        mode,
      };
      const damage = DAMAGE[category];
      if (damage) draft.damageVnd = rng.int(damage[0], damage[1]) * 100_000;
      if (["theft", "snatching", "robbery", "fraud", "online-fraud"].includes(category)) {
        draft.victims = 1;
      } else if (category === "assault" || category === "traffic-accident") {
        draft.victims = rng.int(1, 2);
      }
      return draft;
    }
  };

  const add = (counts: Partial<Record<Category, number>>, mode: IncidentDraft["mode"]) => {
    for (const [category, n] of Object.entries(counts) as [Category, number][]) {
      for (let i = 0; i < n; i++) drafts.push(draftIncident(category, mode));
    }
  };
  add(spec.camera, "camera");
  add(spec.other, "other");
  add(spec.open, "open");

  // Xuân Sinh, 2024: the theft of 7 March (2 suspects) and the public disorder of
  // 28 February (8 suspects), both clarified through footage of Xuân Sinh's cameras.
  const xuanSinh = must(byCode.get(XUAN_SINH), "Xuân Sinh");
  const specials: IncidentDraft[] = [];
  if (y === 2024) {
    const xsCameras = must(index.byCommune.get(XUAN_SINH), "Xuân Sinh cameras");
    const special = (
      category: Category,
      occurred: number,
      village: string,
      cameras: readonly number[],
      suspects: number,
      description: string,
    ): IncidentDraft => ({
      id: "",
      category,
      occurred,
      reported: occurred + 35,
      place: xuanSinh,
      village,
      detectedBy: "report",
      cameraIds: cameras.map((i) => must(xsCameras[i], "Xuân Sinh camera").id),
      status: "clarified",
      suspects,
      ...(category === "theft" ? { victims: 1, damageVnd: 28_000_000 } : {}),
      description,
      location: jitter(rng, xuanSinh, 0.004),
      mode: "camera",
    });
    specials.push(
      special(
        "theft",
        at("2024-03-07", 22, 15),
        "Thôn 3",
        [4, 5, 11],
        2,
        "Trộm cắp xe máy để trước cửa nhà tại Thôn 3, xã Xuân Sinh; trích xuất camera trên trục đường chính xác định 2 đối tượng",
      ),
      special(
        "public-disorder",
        at("2024-02-28", 21, 40),
        "Thôn 5",
        [2, 7, 8, 14],
        8,
        "Hai nhóm thanh niên dùng gậy gộc hỗn chiến trên trục đường chính qua Thôn 5, xã Xuân Sinh; qua trích xuất camera xác định 8 đối tượng",
      ),
    );
    drafts.push(...specials);
  }

  numberInOrder(drafts, (d) => d.occurred, `tx-vv-${y}-`);

  const requester = (draft: IncidentDraft) => {
    const district =
      draft.place.code !== XUAN_SINH &&
      (CRIMINAL.has(draft.category) || draft.category === "traffic-accident") &&
      rng.chance(0.45);
    if (!district) {
      return { requestedBy: policeOf(draft.place), requestedByUnitCode: draft.place.code };
    }
    return {
      requestedBy:
        draft.category === "traffic-accident" ? TX_REQUESTERS.traffic : TX_REQUESTERS.crime,
      requestedByUnitCode: TX_DISTRICT,
    };
  };

  const extraction = (
    draft: IncidentDraft,
    cameras: readonly string[],
    unitCode: string,
    requested: number,
    outcome: Extraction["outcome"],
  ): Extraction => {
    const from = draft.occurred - rng.int(15, 120);
    const to = Math.min(draft.occurred + rng.int(15, 150), requested - 5);
    const who = requester(draft);
    const serial = rng.int(12, 389);
    return {
      id: "",
      unitCode,
      cameraIds: [...cameras],
      requestedAt: iso(requested),
      ...who,
      footageFrom: iso(from),
      footageTo: iso(Math.max(to, from + 10)),
      purpose:
        draft.category === "traffic-accident" ? "traffic-accident" : "incident-investigation",
      ...(rng.chance(0.3)
        ? {
            legalBasis:
              who.requestedByUnitCode === TX_DISTRICT
                ? `Công văn đề nghị cung cấp dữ liệu số ${serial}/CV-CAH`
                : `Giấy đề nghị trích xuất dữ liệu số ${serial}/GĐN-CAX`,
          }
        : {}),
      incidentId: draft.id,
      outcome,
    };
  };

  const neighbourCameras = (draft: IncidentDraft): Camera[] => {
    const place = draft.place as TxCommune;
    const nearby = TX_COMMUNES.filter((c) => c.cluster === place.cluster && c.code !== place.code);
    const target = nearby.length > 0 && rng.chance(0.4) ? rng.pick(nearby) : place;
    return camerasBefore(rng, index, target.code, dateOfTime(draft.occurred), rng.int(1, 3));
  };

  for (const draft of drafts) {
    const isSpecial = specials.includes(draft);
    if (draft.mode === "camera") {
      const first = draft.occurred + (isSpecial ? 9 * 60 + 15 : rng.int(60, 1800));
      const helped: number[] = [first];
      extractions.push(
        extraction(draft, draft.cameraIds, draft.place.code, first, "helped-clarify"),
      );
      const [w0, w1, w2, w3] = spec.moreFootage;
      const extra = isSpecial
        ? 0
        : rng.weighted([
            [0, w0],
            [1, w1],
            [2, w2],
            [3, w3],
          ] as const);
      for (let i = 0; i < extra; i++) {
        const cams = neighbourCameras(draft);
        if (cams.length === 0) continue;
        const requested = draft.occurred + rng.int(120, 4 * 1440);
        helped.push(requested);
        extractions.push(
          extraction(
            draft,
            cams.map((c) => c.id),
            must(cams[0], "camera").unitCode,
            requested,
            "helped-clarify",
          ),
        );
      }
      if (!isSpecial && rng.chance(0.35)) {
        const cams = neighbourCameras(draft);
        if (cams.length > 0) {
          extractions.push(
            extraction(
              draft,
              cams.map((c) => c.id),
              must(cams[0], "camera").unitCode,
              draft.occurred + rng.int(120, 3 * 1440),
              "no-useful-footage",
            ),
          );
        }
      }
      const last = Math.max(...helped);
      const on = isSpecial
        ? dateOfTime(draft.occurred + 2 * 1440)
        : minDate(addDays(dateOfTime(last), rng.int(0, 6)), `${y}-12-31`);
      const means = isSpecial
        ? (["camera", "investigation"] as const)
        : rng.weighted([
            [["camera"], 0.5],
            [["camera", "investigation"], 0.35],
            [["camera", "tip"], 0.1],
            [["camera", "patrol"], 0.05],
          ] as const);
      draft.clarified = { on, by: [...means] };
    } else if (draft.mode === "other") {
      if (rng.chance(0.4)) {
        const cams = camerasBefore(
          rng,
          index,
          draft.place.code,
          dateOfTime(draft.occurred),
          rng.int(1, 2),
        );
        if (cams.length > 0) {
          extractions.push(
            extraction(
              draft,
              cams.map((c) => c.id),
              draft.place.code,
              draft.occurred + rng.int(60, 2 * 1440),
              "no-useful-footage",
            ),
          );
        }
      }
      const means = rng.weighted([
        [["investigation"], 0.45],
        [["tip"], 0.2],
        [["tip", "investigation"], 0.2],
        [["patrol"], 0.15],
      ] as const);
      draft.clarified = { on: addDays(dateOfTime(draft.occurred), rng.int(0, 12)), by: [...means] };
    } else {
      const times = rng.weighted([
        [0, 0.25],
        [1, 0.55],
        [2, 0.2],
      ] as const);
      for (let i = 0; i < times; i++) {
        const cams = camerasBefore(
          rng,
          index,
          draft.place.code,
          dateOfTime(draft.occurred),
          rng.int(1, 3),
        );
        if (cams.length === 0) continue;
        const requested = Math.min(
          draft.occurred + rng.int(60, 3 * 1440),
          at(`${y}-12-31`, 16, 30),
        );
        const late = dateOfTime(requested) >= `${y}-12-18`;
        extractions.push(
          extraction(
            draft,
            cams.map((c) => c.id),
            draft.place.code,
            requested,
            late ? "pending" : "no-useful-footage",
          ),
        );
      }
    }
    if (draft.clarified) {
      draft.status =
        CRIMINAL.has(draft.category) && !isSpecial && rng.chance(0.35)
          ? "transferred"
          : "clarified";
      const range = SUSPECTS[draft.category];
      if (range && draft.suspects === undefined) draft.suspects = rng.int(range[0], range[1]);
      if (draft.category === "traffic-accident" && draft.mode === "camera" && rng.chance(0.3)) {
        draft.suspects = 1;
      }
    } else {
      draft.status = dateOfTime(draft.occurred) >= `${y}-12-20` ? "received" : "investigating";
    }
  }

  // Extractions that served no recorded incident: lost property, missing people, minor
  // collisions settled on the spot, checks of petitions.
  const linked = extractions.length;
  const free = spec.extractions - linked;
  check(free >= 50, `${y}: only ${free} extractions left for requests without an incident`);
  for (let i = 0; i < free; i++) {
    const place = rng.weighted(communeWeights);
    const date = randomDate(rng, `${y}-01-02`, `${y}-12-30`);
    const cams = camerasBefore(rng, index, place.code, date, rng.int(1, 2));
    if (cams.length === 0) {
      i--;
      continue;
    }
    const requested = at(date, rng.int(7, 17), rng.int(0, 59));
    const purpose = rng.weighted([
      ["lost-property", 0.45],
      ["traffic-accident", 0.3],
      ["missing-person", 0.1],
      ["other", 0.15],
    ] as const);
    const span = rng.int(60, 600);
    const from = requested - rng.int(180, 3 * 1440);
    extractions.push({
      id: "",
      unitCode: place.code,
      cameraIds: cams.map((c) => c.id),
      requestedAt: iso(requested),
      requestedBy: policeOf(place),
      requestedByUnitCode: place.code,
      footageFrom: iso(from),
      footageTo: iso(Math.min(from + span, requested - 5)),
      purpose,
      outcome: rng.chance(0.6) ? "helped-clarify" : "no-useful-footage",
    });
  }
  numberInOrder(extractions, (e) => e.requestedAt, `tx-tx-${y}-`);
  return { incidents: drafts, extractions };
}

function txActivities(
  rng: Rng,
  years: readonly TxYear[],
  siteOf: Map<string, string>,
  teams: readonly Team[],
): Activity[] {
  const out: Activity[] = [];
  for (const { incidents } of years) {
    for (const draft of incidents) {
      if (draft.detectedBy === "tip") {
        out.push({
          kind: "tip",
          id: "",
          unitCode: draft.place.code,
          receivedAt: iso(draft.reported),
          channel: rng.pick(["phone", "hotline", "app", "in-person"] as const),
          tipKind: rng.chance(0.6) ? "report" : "denunciation",
          category: draft.category,
          verified: true,
          ledToIncidentId: draft.id,
        });
      }
      if (draft.category === "dispute") {
        out.push({
          kind: "mediation",
          id: "",
          unitCode: draft.place.code,
          date: addDays(dateOfTime(draft.occurred), rng.int(1, 6)),
          disputeKind: rng.pick(["neighbours", "land", "family"] as const),
          outcome: rng.chance(0.8) ? "succeeded" : "failed",
          parties: 2,
          note: `Hòa giải vụ việc ${draft.id}`,
        });
      }
    }
  }
  for (const year of [2023, 2024]) {
    for (const place of TX_COMMUNES) {
      const site = must(siteOf.get(place.code), "site of a commune");
      const patrols = year === 2024 ? rng.int(6, 10) : rng.int(3, 5);
      for (let i = 0; i < patrols; i++) {
        const start = at(
          randomDate(rng, `${year}-01-03`, `${year}-12-29`),
          rng.int(19, 22),
          rng.pick([0, 30]),
        );
        const byCamera = rng.chance(year === 2024 ? 0.35 : 0.2);
        const found = rng.weighted([
          [0, 0.6],
          [1, 0.3],
          [2, 0.1],
        ] as const);
        out.push({
          kind: "patrol",
          id: "",
          unitCode: place.code,
          startedAt: iso(start),
          endedAt: iso(start + rng.int(2, 4) * 60),
          participants: rng.int(3, 8),
          directedByCamera: byCamera,
          incidentsFound: found,
          ...(found > 0 && rng.chance(0.5) ? { suspectsApprehended: rng.int(1, 3) } : {}),
          ...(byCamera ? { modelSiteId: site } : {}),
          ...(byCamera
            ? { note: "Tuần tra theo hình ảnh camera tại phòng trực ban Công an xã" }
            : {}),
        });
      }
      for (let i = 0; i < 2; i++) {
        const date = randomDate(rng, `${year}-02-15`, `${year}-11-30`);
        const channel = rng.weighted([
          ["meeting", 0.5],
          ["loudspeaker", 0.35],
          ["social-media", 0.15],
        ] as const);
        out.push({
          kind: "outreach",
          id: "",
          unitCode: place.code,
          date,
          audience:
            channel === "meeting"
              ? rng.int(60, 250)
              : channel === "loudspeaker"
                ? rng.int(8, 30) * 100
                : rng.int(5, 40) * 100,
          topic: rng.weighted([
            ["law", 0.3],
            ["fraud", 0.2],
            ["drugs", 0.15],
            ["traffic-safety", 0.2],
            ["cybersecurity", 0.1],
            ["fire-safety", 0.05],
          ] as const),
          channel,
          ...(rng.chance(0.5) ? { modelSiteId: site } : {}),
        });
      }
    }
    // Ambushes in the hot spots of each cluster, and tips that led nowhere.
    for (const cluster of new Set(TX_COMMUNES.map((c) => c.cluster))) {
      const place = rng.pick(TX_COMMUNES.filter((c) => c.cluster === cluster));
      const start = at(randomDate(rng, `${year}-01-10`, `${year}-12-20`), 23, 0);
      out.push({
        kind: "ambush",
        id: "",
        unitCode: place.code,
        startedAt: iso(start),
        endedAt: iso(start + 300),
        participants: rng.int(4, 8),
        directedByCamera: rng.chance(0.5),
        incidentsFound: rng.int(0, 1),
        note: "Mật phục phòng chống đua xe, trộm cắp ban đêm",
      });
    }
    for (let i = 0; i < 20; i++) {
      const place = rng.pick(TX_COMMUNES);
      out.push({
        kind: "tip",
        id: "",
        unitCode: place.code,
        receivedAt: iso(
          at(randomDate(rng, `${year}-01-05`, `${year}-12-28`), rng.int(7, 21), rng.int(0, 59)),
        ),
        channel: rng.pick(["phone", "app", "in-person", "letter"] as const),
        tipKind: rng.pick(["report", "petition"] as const),
        category: rng.pick(["gambling", "drugs", "public-disorder", "urban-order"] as const),
        verified: false,
      });
    }
    for (let i = 0; i < 8; i++) {
      out.push({
        kind: "mediation",
        id: "",
        unitCode: rng.pick(TX_COMMUNES).code,
        date: randomDate(rng, `${year}-01-10`, `${year}-12-20`),
        disputeKind: rng.pick(["land", "family", "debt", "neighbours"] as const),
        outcome: rng.weighted([
          ["succeeded", 0.7],
          ["failed", 0.2],
          ["pending", 0.1],
        ] as const),
        parties: rng.int(2, 3),
      });
    }
    out.push({
      kind: "training",
      id: "",
      unitCode: TX_DISTRICT,
      date: year === 2023 ? "2023-04-12" : "2024-04-17",
      level: "district",
      participants: year === 2023 ? 58 : 64,
      topic: "security",
      note: "Tập huấn khai thác, sử dụng hệ thống camera an ninh cho cán bộ Công an xã, thị trấn",
    });
    out.push({
      kind: "drill",
      id: "",
      unitCode: year === 2023 ? "15499" : "15556",
      date: year === 2023 ? "2023-10-18" : "2024-10-23",
      level: "commune",
      participants: year === 2023 ? 72 : 85,
      topic: "fire",
      note: "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư",
    });
  }
  // Awards at the movement's festival day (19 August).
  const xsSite = must(siteOf.get(XUAN_SINH), "Xuân Sinh site");
  out.push(
    {
      kind: "award",
      id: "",
      unitCode: XUAN_SINH,
      date: "2024-08-19",
      recipientKind: "model-site",
      recipientName: "Mô hình Camera với ANTT xã Xuân Sinh",
      recipientId: xsSite,
      level: "district",
      form: "certificate",
      decisionRef: "QĐ 2187/QĐ-UBND",
    },
    {
      kind: "award",
      id: "",
      unitCode: "15556",
      date: "2024-08-19",
      recipientKind: "model-site",
      recipientName: "Mô hình Camera với ANTT thị trấn Lam Sơn",
      recipientId: must(siteOf.get("15556"), "Lam Sơn site"),
      level: "district",
      form: "certificate",
      decisionRef: "QĐ 2187/QĐ-UBND",
    },
    {
      kind: "award",
      id: "",
      unitCode: XUAN_SINH,
      date: "2024-08-19",
      recipientKind: "individual",
      recipientName: personName(rng, "north", true),
      level: "commune",
      form: "cash",
      amountVnd: 500_000,
      note: "Tổ viên tổ bảo vệ ANTT phát hiện, cung cấp hình ảnh camera giúp làm rõ vụ trộm cắp",
    },
    {
      kind: "award",
      id: "",
      unitCode: "15499",
      date: "2023-08-18",
      recipientKind: "model-site",
      recipientName: "Mô hình Camera với ANTT thị trấn Thọ Xuân",
      recipientId: must(siteOf.get("15499"), "Thọ Xuân site"),
      level: "province",
      form: "merit",
      decisionRef: "QĐ 3012/QĐ-UBND",
    },
  );
  const firstTeam = must(teams[0], "Xuân Sinh team");
  out.push({
    kind: "patrol",
    id: "",
    unitCode: XUAN_SINH,
    startedAt: "2024-09-01T20:00:00+07:00",
    endedAt: "2024-09-01T23:00:00+07:00",
    participants: 4,
    directedByCamera: true,
    incidentsFound: 0,
    modelSiteId: xsSite,
    teamId: firstTeam.id,
    note: "Tổ bảo vệ ANTT tuần tra dịp Quốc khánh theo hình ảnh camera",
  });
  return numberInOrder(out, (a) => activityKey(a), "tx-hd-");
}

function activityKey(a: Activity): string {
  switch (a.kind) {
    case "patrol":
    case "ambush":
      return a.startedAt;
    case "tip":
      return a.receivedAt;
    default:
      return `${a.date}T12:00`;
  }
}

function thoXuan(): Record<string, unknown> {
  const rng = new Rng(20_240_395);
  const validTo = "2025-06-30";
  const units: Unit[] = [
    { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
    {
      code: TX_DISTRICT,
      name: "Huyện Thọ Xuân",
      level: "district",
      type: "rural-district",
      parentCode: "38",
      validTo,
    },
    ...communeUnits(TX_COMMUNES, TX_DISTRICT, validTo),
  ];

  const model: Model = {
    id: "tx-mh-camera",
    name: "Camera với ANTT",
    kind: "camera-security",
    unitCode: TX_DISTRICT,
    launchedOn: "2020-03-26",
    status: "active",
    exemplar: true,
    duties: ["camera-monitoring", "crime-prevention", "keep-order"],
    dossierRef: "HS-MH-395-01",
    description:
      "Huy động hộ gia đình, cơ quan, doanh nghiệp, trường học lắp camera hướng ra đường, nơi công cộng và chia sẻ hình ảnh với Công an xã; thí điểm tại xã Xuân Sinh năm 2020, nhân rộng ra 30/30 xã, thị trấn",
  };
  const siteOf = new Map<string, string>();
  const sites: Site[] = TX_COMMUNES.map((c) => {
    const id = `tx-site-${c.code}`;
    siteOf.set(c.code, id);
    return {
      id,
      modelId: model.id,
      unitCode: c.code,
      name: `Camera với ANTT ${lowerType(c.name)}`,
      kind: "commune",
      launchedOn: c.launchedOn,
      status: "active",
      ...(c.replicatedFrom !== undefined
        ? { replicatedFromSiteId: `tx-site-${c.replicatedFrom}` }
        : {}),
    };
  });
  sites.sort((a, b) => (String(a.launchedOn) < String(b.launchedOn) ? -1 : 1));

  const { cameras, index } = txCameras(rng);
  const y2023 = txYear(rng, TX_2023, index);
  const y2024 = txYear(rng, TX_2024, index);

  // Statutory security teams of Xuân Sinh (Law 30/2023/QH15, from 1 July 2024).
  const xuanSinh = must(
    TX_COMMUNES.find((c) => c.code === XUAN_SINH),
    "Xuân Sinh",
  );
  const teams: Team[] = xuanSinh.villages.map((village, i) => {
    const members = rng.int(2, 3);
    return {
      id: `tx-to-xs-${pad(i + 1)}`,
      kind: "security-team",
      name: `Tổ bảo vệ ANTT ${village.toLowerCase()}`,
      unitCode: XUAN_SINH,
      village,
      memberCounts: { leader: 1, deputy: 1, member: members },
      duties: ["keep-order", "crime-prevention", "patrol", "camera-monitoring"],
      equipment: [
        { kind: "flashlight", count: members + 2 },
        { kind: "baton", count: members + 2 },
      ],
      chatGroup: { platform: "zalo", name: `Tổ bảo vệ ANTT ${village}`, memberCount: members + 4 },
      foundedOn: "2024-07-01",
    };
  });

  // Money: households pooled money for the public cameras of their commune, the budget
  // paid for the police points and some public ones. One contribution per commune,
  // source and year, listing the cameras it paid for; the amount is the sum of the
  // cameras' funding from that source.
  const contributions: Contribution[] = [];
  const expenses: Expense[] = [];
  const groups = new Map<string, Camera[]>();
  for (const camera of cameras) {
    for (const entry of camera.funding ?? []) {
      const key = `${camera.unitCode}|${entry.source}|${camera.installedOn.slice(0, 4)}`;
      const list = groups.get(key) ?? [];
      list.push(camera);
      groups.set(key, list);
    }
  }
  for (const [key, list] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [code, source] = key.split("|") as [string, string];
    const place = must(
      TX_COMMUNES.find((c) => c.code === code),
      "commune",
    );
    const amount = list.reduce(
      (acc, c) =>
        acc +
        (c.funding ?? []).filter((f) => f.source === source).reduce((s, f) => s + f.amount, 0),
      0,
    );
    const receivedOn = list.map((c) => c.installedOn).sort()[0] as string;
    const cameraIds = list.map((c) => c.id);
    if (source === "households") {
      contributions.push({
        id: "",
        unitCode: code,
        contributorKind: "household",
        contributorName: `Các hộ dân ${lowerType(place.name)}`,
        contributorCount: Math.max(list.length * rng.int(8, 20), 12),
        amount,
        receivedOn,
        funds: { kind: "cameras", cameraIds },
        note: "Nhân dân đóng góp lắp camera công cộng (xã hội hóa)",
      });
    } else {
      contributions.push({
        id: "",
        unitCode: code,
        contributorKind: "budget",
        contributorName: "Ngân sách huyện Thọ Xuân",
        amount,
        receivedOn,
        funds: { kind: "cameras", cameraIds },
      });
      expenses.push({
        id: "",
        unitCode: code,
        amount,
        spentOn: receivedOn,
        purpose: "cameras",
        source: "budget",
        funds: { kind: "cameras", cameraIds },
        payee: rng.pick(["Viettel Thanh Hóa", "VNPT Thanh Hóa", "Công ty TNHH Công nghệ An Phát"]),
      });
    }
  }
  numberInOrder(
    contributions,
    (c) => `${c.receivedOn}|${c.unitCode}|${c.contributorKind}`,
    "tx-dg-",
  );
  numberInOrder(expenses, (e) => `${e.spentOn}|${e.unitCode}`, "tx-chi-");

  const activities = txActivities(rng, [y2023, y2024], siteOf, teams);

  // The figure the report compares: criminal incidents held down by 10.
  const criminal = (year: TxYear) => year.incidents.filter((d) => CRIMINAL.has(d.category)).length;
  check(criminal(y2023) - criminal(y2024) === 10, "criminal incidents: 2023 must be 2024 + 10");

  return {
    schemaVersion: "1.0",
    name: "Huyện Thọ Xuân (Thanh Hóa): Camera với ANTT, năm 2024",
    description:
      "Mẫu dữ liệu minh họa tái tạo các số liệu đã công bố về mô hình Camera với ANTT ở huyện Thọ Xuân năm 2024, kèm vụ việc và lượt trích xuất năm 2023 để so sánh cùng kỳ. Mã đơn vị hành chính là mã chính thức trước ngày 01/7/2025; tên thôn, người, địa chỉ, tọa độ và số tiền là minh họa.",
    area: { unitCode: TX_DISTRICT, name: "Huyện Thọ Xuân" },
    covers: { start: "2023-01-01", end: "2024-12-31" },
    units,
    models: [model],
    sites,
    teams,
    cameras,
    incidents: [...y2023.incidents, ...y2024.incidents].map(incidentRecord),
    extractions: [...y2023.extractions, ...y2024.extractions],
    activities,
    contributions,
    expenses,
  };
}

// =======================================================================================
// Helpers for the smaller city datasets.
// =======================================================================================

interface CityPlace extends Place {
  readonly villages: readonly string[];
}

function cityPlace(
  code: string,
  name: string,
  lat: number,
  lng: number,
  villages: readonly string[] | number,
): CityPlace {
  const type = name.startsWith("Phường")
    ? "ward"
    : name.startsWith("Thị trấn")
      ? "township"
      : "commune";
  return {
    code,
    name,
    type,
    lat,
    lng,
    villages:
      typeof villages === "number"
        ? villagesOf(type === "ward" ? "Khối phố" : "Thôn", villages)
        : villages,
  };
}

/** An incident of a small dataset: clarified with cameras, by other means, or still open. */
function cityIncident(
  rng: Rng,
  options: {
    category: Category;
    place: Place;
    village: string;
    occurred: number;
    mode: IncidentDraft["mode"];
    cameraIds?: readonly string[];
    spread?: number;
  },
): IncidentDraft {
  const { category, place, village, occurred, mode } = options;
  const detectedBy: Incident["detectedBy"] =
    mode === "camera"
      ? rng.weighted([
          ["report", 0.6],
          ["camera", 0.3],
          ["tip", 0.1],
        ] as const)
      : rng.weighted([
          ["report", 0.6],
          ["tip", 0.25],
          ["patrol", 0.15],
        ] as const);
  const draft: IncidentDraft = {
    id: "",
    category,
    occurred,
    reported: occurred + rng.int(10, 240),
    place,
    village,
    detectedBy,
    cameraIds: [...(options.cameraIds ?? [])],
    status: "investigating",
    description: rng
      .pick(DESCRIPTIONS[category])
      .replace("{v}", `${village}, ${lowerType(place.name)}`),
    location: jitter(rng, place, options.spread ?? 0.005),
    mode,
  };
  const damage = DAMAGE[category];
  if (damage) draft.damageVnd = rng.int(damage[0], damage[1]) * 100_000;
  if (["theft", "snatching", "robbery", "fraud", "online-fraud"].includes(category)) {
    draft.victims = 1;
  }
  if (mode !== "open") {
    const on = addDays(dateOfTime(occurred), rng.int(1, 6));
    draft.clarified = {
      on,
      by:
        mode === "camera"
          ? rng.pick([["camera"], ["camera", "investigation"]] as const).slice()
          : rng
              .pick([["investigation"], ["tip"], ["patrol"], ["tip", "investigation"]] as const)
              .slice(),
    };
    draft.status = CRIMINAL.has(category) && rng.chance(0.3) ? "transferred" : "clarified";
    const range = SUSPECTS[category];
    if (range) draft.suspects = rng.int(range[0], range[1]);
  }
  return draft;
}

function cityExtraction(
  rng: Rng,
  draft: IncidentDraft,
  unitCode: string,
  outcome: Extraction["outcome"],
): Extraction {
  const requested = draft.occurred + rng.int(90, 1200);
  return {
    id: "",
    unitCode,
    cameraIds: [...draft.cameraIds],
    requestedAt: iso(requested),
    requestedBy: policeOf(draft.place),
    requestedByUnitCode: draft.place.code,
    footageFrom: iso(draft.occurred - rng.int(20, 90)),
    footageTo: iso(draft.occurred + rng.int(20, 80)),
    purpose: draft.category === "traffic-accident" ? "traffic-accident" : "incident-investigation",
    incidentId: draft.id,
    outcome,
  };
}

// =======================================================================================
// Tam Kỳ city (Quảng Nam), first half of 2022, with 2021 for context.
// =======================================================================================

const TK_CITY = "502";
const TAM_THANG = "20362";
const TRUONG_XUAN = "20353";

const TK_PLACES: readonly CityPlace[] = [
  cityPlace("20335", "Phường Tân Thạnh", 15.578, 108.485, 8),
  cityPlace("20341", "Phường An Mỹ", 15.573, 108.47, 7),
  cityPlace("20344", "Phường Hòa Hương", 15.556, 108.487, 8),
  cityPlace("20347", "Phường An Xuân", 15.567, 108.478, 6),
  cityPlace("20350", "Phường An Sơn", 15.56, 108.468, 7),
  cityPlace(TRUONG_XUAN, "Phường Trường Xuân", 15.585, 108.456, 8),
  cityPlace("20356", "Phường An Phú", 15.585, 108.505, 9),
  cityPlace("20359", "Xã Tam Thanh", 15.59, 108.545, 5),
  cityPlace(TAM_THANG, "Xã Tam Thăng", 15.607, 108.497, [
    "Thôn Kim Đới",
    "Thôn Mỹ Cang",
    "Thôn Thạch Tân",
    "Thôn Tú Mỹ",
    "Thôn Vĩnh Bình",
    "Thôn Thanh Đồng",
  ]),
  cityPlace("20371", "Xã Tam Phú", 15.56, 108.53, 8),
  cityPlace("20375", "Phường Hoà Thuận", 15.598, 108.478, 7),
  cityPlace("20389", "Xã Tam Ngọc", 15.54, 108.45, 7),
];

/** The villages of Tam Thăng where "Tổ tự quản 5 trong 1" runs, with the launch at each. */
const TAM_THANG_SITES = [
  { slug: "kim-doi", village: "Thôn Kim Đới", launchedOn: "2021-03-16" },
  { slug: "my-cang", village: "Thôn Mỹ Cang", launchedOn: "2021-06-18" },
  { slug: "thach-tan", village: "Thôn Thạch Tân", launchedOn: "2021-09-10" },
  { slug: "tu-my", village: "Thôn Tú Mỹ", launchedOn: "2021-12-08" },
  { slug: "vinh-binh", village: "Thôn Vĩnh Bình", launchedOn: "2022-03-11" },
  { slug: "thanh-dong", village: "Thôn Thanh Đồng", launchedOn: "2022-05-20" },
] as const;

const TK_TYPES = {
  selfRun: "Mô hình tự quản",
  linked: "Mô hình liên kết",
  prevention: "Mô hình phòng ngừa",
} as const;

interface TkGroup {
  readonly type: string;
  readonly group: string;
  readonly kind: Model["kind"];
  readonly customKindName?: string;
  readonly count: number;
  readonly siteKind: Site["kind"];
  /** The model's name; {p} is the place (a village or a commune). */
  readonly name: string;
  readonly perCommune?: boolean;
  readonly duties?: Model["duties"];
}

/** The city's 3 types and 22 groups, with how many models each holds (87 in all). */
const TK_GROUPS: readonly TkGroup[] = [
  {
    type: TK_TYPES.selfRun,
    group: "Tổ tự quản 5 trong 1",
    kind: "five-in-one",
    count: 6,
    siteKind: "village",
    name: "Tổ tự quản 5 trong 1 {p}",
    duties: [
      "keep-order",
      "crime-prevention",
      "fire-rescue",
      "epidemic-prevention",
      "disaster-reintegration",
    ],
  },
  {
    type: TK_TYPES.selfRun,
    group: "Tự quản về ANTT ở khu dân cư",
    kind: "self-governing-team",
    count: 12,
    siteKind: "village",
    name: "Tổ tự quản về ANTT {p}",
  },
  {
    type: TK_TYPES.selfRun,
    group: "Dòng họ tự quản về ANTT",
    kind: "self-governing-clan",
    count: 5,
    siteKind: "village",
    name: "Dòng họ {clan} tự quản về ANTT {p}",
  },
  {
    type: TK_TYPES.selfRun,
    group: "Tự quản về ANTT trong cơ sở tôn giáo",
    kind: "peaceful-parish",
    count: 1,
    siteKind: "religious-community",
    name: "Xứ đạo bình yên giáo xứ Tam Kỳ",
  },
  {
    type: TK_TYPES.selfRun,
    group: "Tự quản về ANTT trong cơ sở tôn giáo",
    kind: "custom",
    customKindName: "Cơ sở thờ tự an toàn về ANTT",
    count: 1,
    siteKind: "religious-community",
    name: "Cơ sở thờ tự an toàn về ANTT {p}",
  },
  {
    type: TK_TYPES.selfRun,
    group: "Chợ an toàn về ANTT",
    kind: "custom",
    customKindName: "Chợ an toàn về ANTT",
    count: 3,
    siteKind: "other",
    name: "Chợ an toàn về ANTT {p}",
    perCommune: true,
  },
  {
    type: TK_TYPES.selfRun,
    group: "Nhà trọ an toàn về ANTT",
    kind: "safe-boarding-houses",
    count: 3,
    siteKind: "village",
    name: "Nhóm trọ an toàn về ANTT {p}",
  },
  {
    type: TK_TYPES.selfRun,
    group: "5 tự quản về ANTT",
    kind: "five-self-governances",
    count: 4,
    siteKind: "village",
    name: "5 tự quản về ANTT {p}",
  },
  {
    type: TK_TYPES.selfRun,
    group: "Liên gia an toàn PCCC",
    kind: "fire-safety-households",
    count: 4,
    siteKind: "village",
    name: "Tổ liên gia an toàn PCCC {p}",
  },
  {
    type: TK_TYPES.selfRun,
    group: "Bãi biển an toàn",
    kind: "custom",
    customKindName: "Bãi biển an toàn về ANTT",
    count: 2,
    siteKind: "other",
    name: "Bãi biển an toàn về ANTT {p}",
    perCommune: true,
  },
  {
    type: TK_TYPES.selfRun,
    group: "Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng",
    kind: "three-on-one",
    count: 3,
    siteKind: "village",
    name: "Tổ 3 trên 1 {p}",
  },
  {
    type: TK_TYPES.linked,
    group: "Liên kết bảo đảm ANTT vùng giáp ranh",
    kind: "border-area-link",
    count: 4,
    siteKind: "commune",
    name: "Liên kết bảo đảm ANTT vùng giáp ranh {p}",
    perCommune: true,
  },
  {
    type: TK_TYPES.linked,
    group: "Cụm an toàn về ANTT trong doanh nghiệp",
    kind: "custom",
    customKindName: "Cụm an toàn về ANTT trong doanh nghiệp",
    count: 3,
    siteKind: "business",
    name: "Cụm an toàn về ANTT các doanh nghiệp {p}",
    perCommune: true,
  },
  {
    type: TK_TYPES.linked,
    group: "Liên kết nhà trường - gia đình - công an",
    kind: "safe-school-gate",
    count: 5,
    siteKind: "school",
    name: "Cổng trường an toàn giao thông {school}",
  },
  {
    type: TK_TYPES.linked,
    group: "Hội viên, đoàn viên không vi phạm pháp luật",
    kind: "law-abiding-farmers",
    count: 3,
    siteKind: "village",
    name: "Chi hội nông dân không vi phạm pháp luật {p}",
  },
  {
    type: TK_TYPES.linked,
    group: "Hội đồng bảo vệ ANTT",
    kind: "security-council",
    count: 2,
    siteKind: "commune",
    name: "Hội đồng bảo vệ ANTT {p}",
    perCommune: true,
  },
  {
    type: TK_TYPES.prevention,
    group: "Camera an ninh",
    kind: "camera-security",
    count: 7,
    siteKind: "commune",
    name: "Camera an ninh {p}",
    perCommune: true,
    duties: ["camera-monitoring", "crime-prevention"],
  },
  {
    type: TK_TYPES.prevention,
    group: "Tiếng loa an ninh",
    kind: "security-loudspeaker",
    count: 4,
    siteKind: "village",
    name: "Tiếng loa an ninh {p}",
  },
  {
    type: TK_TYPES.prevention,
    group: "Phát thanh an ninh",
    kind: "security-broadcast",
    count: 2,
    siteKind: "commune",
    name: "Phát thanh an ninh {p}",
    perCommune: true,
  },
  {
    type: TK_TYPES.prevention,
    group: "Zalo kết nối phòng, chống tội phạm",
    kind: "zalo-crime-prevention",
    count: 4,
    siteKind: "commune",
    name: "Zalo kết nối - phòng, chống tội phạm {p}",
    perCommune: true,
  },
  {
    type: TK_TYPES.prevention,
    group: "Tuần tra nhân dân",
    kind: "people-patrol",
    count: 4,
    siteKind: "village",
    name: "Tổ tuần tra nhân dân và tự quản về ANTT {p}",
  },
  {
    type: TK_TYPES.prevention,
    group: "Khu dân cư không ma túy",
    kind: "custom",
    customKindName: "Khu dân cư không có ma túy",
    count: 3,
    siteKind: "village",
    name: "Khu dân cư không có ma túy {p}",
  },
  {
    type: TK_TYPES.prevention,
    group: "4 an toàn về ANTT",
    kind: "four-safeties",
    count: 2,
    siteKind: "village",
    name: "4 an toàn về ANTT {p}",
  },
];

const TK_CLANS = ["Nguyễn Văn", "Trần", "Phan", "Huỳnh", "Võ"];
const TK_SCHOOLS = [
  "Trường Tiểu học Hoà Thuận",
  "Trường THCS An Sơn",
  "Trường Tiểu học Tân Thạnh",
  "Trường THCS Tam Thanh",
  "Trường Tiểu học An Phú",
];

/** The 4 models launched in the first half of 2022 (the other 3 of the 7 are replicated sites). */
const TK_NEW_2022 = [
  { group: "Camera an ninh", unit: TRUONG_XUAN, launchedOn: "2022-04-22" },
  { group: "Zalo kết nối phòng, chống tội phạm", unit: "20356", launchedOn: "2022-02-18" },
  { group: "Liên kết nhà trường - gia đình - công an", unit: "20375", launchedOn: "2022-03-25" },
  { group: "Liên gia an toàn PCCC", unit: "20335", launchedOn: "2022-05-26" },
] as const;

function tamKy(): Record<string, unknown> {
  const rng = new Rng(20_220_502);
  const validTo = "2025-06-30";
  const byCode = new Map(TK_PLACES.map((p) => [p.code, p] as const));
  const units: Unit[] = [
    { code: "49", name: "Tỉnh Quảng Nam", level: "province", type: "province", validTo },
    {
      code: TK_CITY,
      name: "Thành phố Tam Kỳ",
      level: "district",
      type: "provincial-city",
      parentCode: "49",
      validTo,
    },
    ...communeUnits(TK_PLACES, TK_CITY, validTo),
    ...TAM_THANG_SITES.map(
      (s): Unit => ({
        code: `${TAM_THANG}.${s.slug}`,
        name: s.village,
        level: "village",
        type: "village",
        parentCode: TAM_THANG,
        validTo,
      }),
    ),
  ];

  // Models: one draft per model of each group, placed in a commune, launched 2014-2021
  // except the Tam Thăng five-in-one (March 2021) and the 4 launched in H1 2022.
  interface Draft {
    model: Model;
    group: TkGroup;
    place: CityPlace;
    village?: string;
    siteUnit: string;
  }
  const drafts: Draft[] = [];
  const used = new Set<string>();
  let clan = 0;
  let school = 0;
  for (const group of TK_GROUPS) {
    for (let i = 0; i < group.count; i++) {
      let place: CityPlace;
      let village: string | undefined;
      let launchedOn: string;
      const special =
        group.kind === "five-in-one" && i === 0
          ? { unit: TAM_THANG, launchedOn: "2021-03-16" }
          : TK_NEW_2022.find((n) => n.group === group.group && i === 0);
      if (special) {
        place = must(byCode.get(special.unit), "place");
        launchedOn = special.launchedOn;
      } else {
        do {
          place =
            group.kind === "custom" && group.customKindName === "Bãi biển an toàn về ANTT"
              ? must(byCode.get(i === 0 ? "20359" : "20371"), "beach commune")
              : rng.pick(TK_PLACES);
        } while (
          (group.perCommune && used.has(`${group.group}|${place.code}`)) ||
          (group.kind === "five-in-one" && place.code === TAM_THANG)
        );
        launchedOn = randomDate(rng, "2015-03-01", "2021-12-20");
      }
      used.add(`${group.group}|${place.code}`);
      if (group.siteKind === "village") {
        village =
          place.code === TAM_THANG && group.kind === "five-in-one" && i === 0
            ? "Thôn Kim Đới"
            : rng.pick(place.villages);
      }
      const where =
        village !== undefined
          ? `${village.replace(/^(Thôn|Khối phố)/, (w) => w.toLowerCase())}, ${lowerType(place.name)}`
          : lowerType(place.name);
      const name =
        group.kind === "five-in-one" && i === 0
          ? "Tổ tự quản 5 trong 1 xã Tam Thăng"
          : group.name
              .replace("{p}", where)
              .replace("{clan}", TK_CLANS[clan++ % TK_CLANS.length] as string)
              .replace("{school}", TK_SCHOOLS[school++ % TK_SCHOOLS.length] as string);
      const schoolPlace =
        group.kind === "safe-school-gate"
          ? must(
              TK_PLACES.find((p) => name.includes(shortName(p.name))),
              "school's ward",
            )
          : place;
      drafts.push({
        model: {
          id: "",
          name,
          kind: group.kind,
          ...(group.customKindName !== undefined ? { customKindName: group.customKindName } : {}),
          type: group.type,
          group: group.group,
          unitCode: schoolPlace.code,
          launchedOn,
          status: "active",
          ...(group.duties ? { duties: [...group.duties] } : {}),
        },
        group,
        place: schoolPlace,
        ...(village !== undefined ? { village } : {}),
        siteUnit:
          place.code === TAM_THANG && group.kind === "five-in-one" && i === 0
            ? `${TAM_THANG}.kim-doi`
            : schoolPlace.code,
      });
    }
  }
  check(drafts.length === 87, "Tam Kỳ has 87 models");
  drafts.sort((a, b) =>
    `${a.model.launchedOn}|${a.model.name}` < `${b.model.launchedOn}|${b.model.name}` ? -1 : 1,
  );
  drafts.forEach((d, i) => {
    d.model.id = `tk-mh-${pad(i + 1, 3)}`;
    d.model.dossierRef = `${pad(i + 1, 3)}/HSMH-CATP`;
  });
  const fiveInOne = must(
    drafts.find((d) => d.model.name === "Tổ tự quản 5 trong 1 xã Tam Thăng"),
    "Tam Thăng five-in-one",
  );
  fiveInOne.model.exemplar = true;
  const truongXuanCamera = must(
    drafts.find((d) => d.place.code === TRUONG_XUAN && d.model.kind === "camera-security"),
    "Trường Xuân cameras",
  );
  truongXuanCamera.model.name = "Camera an ninh phường Trường Xuân";
  truongXuanCamera.model.description =
    "Camera 0 đồng: người dân khối phố tự nguyện đóng góp kinh phí lắp camera hướng ra đường, kết nối chia sẻ hình ảnh với Công an phường";

  // Sites: one where each model was launched, plus the replications.
  const sites: Site[] = [];
  const siteOfModel = new Map<string, Site>();
  for (const d of drafts) {
    const site: Site = {
      id: "",
      modelId: d.model.id,
      unitCode: d.siteUnit,
      name: d.village ?? tkSiteName(d),
      kind: d.group.siteKind,
      launchedOn: must(d.model.launchedOn, "launch"),
      status: "active",
    };
    sites.push(site);
    siteOfModel.set(d.model.id, site);
  }
  function tkSiteName(d: Draft): string {
    switch (d.group.siteKind) {
      case "school":
        return d.model.name.replace("Cổng trường an toàn giao thông ", "");
      case "religious-community":
        return d.group.kind === "peaceful-parish"
          ? "Giáo xứ Tam Kỳ"
          : `Chùa ${shortName(d.place.name)}`;
      case "business":
        return `Các doanh nghiệp ${lowerType(d.place.name)}`;
      case "other":
        return d.group.customKindName === "Chợ an toàn về ANTT"
          ? `Chợ ${shortName(d.place.name)}`
          : `Bãi biển ${shortName(d.place.name)}`;
      default:
        return d.place.name;
    }
  }
  const kimDoi = must(siteOfModel.get(fiveInOne.model.id), "Kim Đới site");
  kimDoi.name = "Thôn Kim Đới";
  const replicated = (from: Site, unitCode: string, name: string, launchedOn: string): Site => {
    const site: Site = {
      id: "",
      modelId: from.modelId,
      unitCode,
      name,
      kind: from.kind,
      launchedOn,
      status: "active",
      replicatedFromSiteId: from.id,
    };
    sites.push(site);
    return site;
  };
  // Ids first for the originals, so that replications can point at them.
  sites.forEach((s, i) => {
    s.id = `tk-site-${pad(i + 1, 3)}`;
  });
  const tamThangSites = [kimDoi];
  for (const s of TAM_THANG_SITES.slice(1)) {
    const site = replicated(kimDoi, `${TAM_THANG}.${s.slug}`, s.village, s.launchedOn);
    site.id = `tk-site-${pad(sites.length, 3)}`;
    tamThangSites.push(site);
  }
  // Other replications: two before 2022, one in February 2022, and a loudspeaker site
  // that was ended in 2021.
  const loudspeakers = drafts
    .filter((d) => d.model.kind === "security-loudspeaker" && d.place.code !== TAM_THANG)
    .sort((a, b) => (String(a.model.launchedOn) < String(b.model.launchedOn) ? -1 : 1));
  check(String(loudspeakers[0]?.model.launchedOn) < "2020-06-01", "an early loudspeaker model");
  const selfRun = drafts.filter(
    (d) => d.model.kind === "self-governing-team" && String(d.model.launchedOn) < "2020-01-01",
  );
  const extra: [Draft, string, string][] = [
    [must(selfRun[0], "self-run model"), "2020-09-17", "replicated"],
    [must(selfRun[1] ?? selfRun[0], "self-run model"), "2021-07-22", "replicated"],
    [must(loudspeakers[1], "loudspeaker model"), "2022-02-09", "replicated"],
    [must(loudspeakers[0], "loudspeaker model"), "2020-06-01", "ended"],
  ];
  for (const [d, launchedOn, how] of extra) {
    const from = must(siteOfModel.get(d.model.id), "site");
    const village = rng.pick(d.place.villages.filter((v) => v !== d.village));
    const launch = maxDate(launchedOn, addDays(must(from.launchedOn, "launch"), 30));
    const site = replicated(from, d.place.code, village, launch);
    site.id = `tk-site-${pad(sites.length, 3)}`;
    if (how === "ended") {
      site.status = "ended";
      site.endedOn = "2021-10-15";
      site.endReason =
        "Hệ thống loa hư hỏng, không còn hoạt động; chuyển sang phát trên hệ thống truyền thanh của xã";
    }
  }

  // Reviews: the final review of 2021 for models launched before October 2021, and the
  // interim review of H1 2022 for every model (the 4 new ones are not graded yet).
  const older = drafts.filter((d) => String(d.model.launchedOn) < "2022-01-01");
  const grades = rng.shuffle([
    ...Array<string>(28).fill("good"),
    ...Array<string>(27).fill("fair"),
    ...Array<string>(20).fill("average"),
    ...Array<string>(8).fill("weak"),
  ]);
  check(grades.length === older.length, "one grade per model launched before 2022");
  // The Tam Thăng five-in-one is good: swap it in if the shuffle said otherwise.
  const fiveIndex = older.indexOf(fiveInOne);
  const goodIndex = grades.indexOf("good");
  if (grades[fiveIndex] !== "good") {
    [grades[fiveIndex], grades[goodIndex]] = [
      grades[goodIndex] as string,
      grades[fiveIndex] as string,
    ];
  }
  const reviews: Review[] = [];
  let ends = 0;
  let replicates = 0;
  older.forEach((d, i) => {
    const grade = grades[i] as string;
    const recommendation: Review["recommendation"] =
      grade === "weak"
        ? ends++ < 5
          ? "end"
          : "consolidate"
        : grade === "average"
          ? "consolidate"
          : grade === "good" && (d === fiveInOne || replicates++ < 9)
            ? "replicate"
            : "maintain";
    d.model.grade = { grade, reviewedOn: "2022-06-28", kind: "interim" };
    if (String(d.model.launchedOn) < "2021-10-01") {
      const before =
        grade === "weak"
          ? rng.pick(["average", "weak"])
          : rng.chance(0.75)
            ? grade
            : rng.pick(["good", "fair", "average"]);
      reviews.push({
        id: "",
        modelId: must(d.model.id, "id"),
        unitCode: TK_CITY,
        kind: "final",
        reviewedOn: "2021-12-22",
        grade: before,
        recommendation:
          before === "weak" ? "consolidate" : before === "average" ? "consolidate" : "maintain",
        decisionRef: "Báo cáo 1987/BC-CATP",
      });
    }
    reviews.push({
      id: "",
      modelId: must(d.model.id, "id"),
      unitCode: TK_CITY,
      kind: "interim",
      reviewedOn: "2022-06-28",
      grade,
      recommendation,
      decisionRef: "Báo cáo 1036/BC-CATP",
      ...(recommendation === "end"
        ? { note: "Mô hình hoạt động hình thức, không còn phát huy hiệu quả; đề xuất thanh loại" }
        : {}),
    });
  });
  for (const d of drafts.filter((x) => String(x.model.launchedOn) >= "2022-01-01")) {
    d.model.grade = {
      grade: "not-graded",
      reviewedOn: "2022-06-28",
      kind: "interim",
      note: "Mới ra mắt, chưa đủ thời gian đánh giá",
    };
    reviews.push({
      id: "",
      modelId: must(d.model.id, "id"),
      unitCode: TK_CITY,
      kind: "interim",
      reviewedOn: "2022-06-28",
      grade: "not-graded",
      recommendation: "maintain",
      decisionRef: "Báo cáo 1036/BC-CATP",
    });
  }
  numberInOrder(reviews, (r) => `${r.reviewedOn}|${r.modelId}`, "tk-rv-", 3);

  // Tam Thăng: one five-in-one team per site.
  const teams: Team[] = tamThangSites.map((site, i) => {
    const households = rng.int(140, 260);
    const members = rng.int(5, 9);
    return {
      id: `tk-to-${pad(i + 1)}`,
      kind: "self-governing",
      name: `Tổ tự quản 5 trong 1 ${String(site.name).replace("Thôn", "thôn")}`,
      modelSiteId: site.id,
      unitCode: site.unitCode,
      householdCount: households,
      memberCounts: { leader: 1, deputy: 1, member: members },
      duties: [
        "keep-order",
        "crime-prevention",
        "fire-rescue",
        "epidemic-prevention",
        "disaster-reintegration",
      ],
      equipment: [
        { kind: "loudspeaker", count: 1 },
        { kind: "flashlight", count: members + 2 },
        { kind: "fire-extinguisher", count: 2 },
      ],
      chatGroup: {
        platform: "zalo",
        name: `5 trong 1 ${site.name}`,
        memberCount: rng.int(60, 140),
      },
      trainings: [
        {
          kind: "training",
          heldOn: addDays(must(site.launchedOn, "launch"), 14),
          level: "commune",
          participants: members + 2,
          note: "Tập huấn kỹ năng hòa giải, sơ cứu, phòng cháy chữa cháy",
        },
      ],
      foundedOn: must(site.launchedOn, "launch"),
    };
  });
  fiveInOne.model.participants = {
    households: teams.reduce((acc, t) => acc + (t.householdCount ?? 0), 0),
  };

  // Trường Xuân: 48 camera points paid for by residents ("camera 0 đồng").
  const truongXuan = must(byCode.get(TRUONG_XUAN), "Trường Xuân");
  const cameras: Camera[] = [];
  for (let i = 0; i < 48; i++) {
    const village = truongXuan.villages[i % truongXuan.villages.length] as string;
    const installedOn =
      i < 30
        ? randomDate(rng, "2022-04-04", "2022-04-21")
        : randomDate(rng, "2022-04-23", "2022-06-20");
    const connected = i % 3 === 0;
    cameras.push({
      id: "",
      unitCode: TRUONG_XUAN,
      village,
      location: jitter(rng, truongXuan, 0.006),
      address: rng.pick([
        `Đầu kiệt ${village.toLowerCase()}`,
        `Ngã tư ${village.toLowerCase()}`,
        `Nhà văn hóa ${village.toLowerCase()}`,
        `Trục đường chính ${village.toLowerCase()}`,
      ]),
      ownerKind: "public",
      funding: [{ source: "households", amount: rng.int(44, 76) * 50_000 }],
      installedOn,
      connectedToDutyRoom: connected,
      sharingTier: connected ? "live-view" : "on-request",
      sharingCommitment: { signedOn: installedOn },
      coverage: rng.chance(0.7) ? ["road"] : ["road", "public-place"],
      retentionDays: rng.pick([15, 30]),
      status: "active",
      lenses: 1,
    });
  }
  numberInOrder(cameras, (c) => `${c.installedOn}|${c.village}|${c.location?.lat}`, "tk-cam-", 3);
  const contributions: Contribution[] = [];
  for (const village of truongXuan.villages) {
    const list = cameras.filter((c) => c.village === village);
    const amount = list.reduce((acc, c) => acc + cameraCost(c), 0);
    contributions.push({
      id: "",
      unitCode: TRUONG_XUAN,
      contributorKind: "household",
      contributorName: `Các hộ dân ${village.toLowerCase()}, phường Trường Xuân`,
      contributorCount: rng.int(25, 70),
      amount,
      receivedOn: addDays(list.map((c) => c.installedOn).sort()[0] as string, -5),
      funds: { kind: "cameras", cameraIds: list.map((c) => c.id) },
      note: "Camera 0 đồng: người dân tự nguyện đóng góp toàn bộ kinh phí",
    });
  }
  numberInOrder(contributions, (c) => `${c.receivedOn}|${c.contributorName}`, "tk-dg-", 3);

  // Incidents: Trường Xuân's cameras at work from April 2022, and the city's other
  // incidents of the period (clarified by other means or still open).
  const incidents: IncidentDraft[] = [];
  const extractions: Extraction[] = [];
  const txCams = (date: string) => cameras.filter((c) => c.installedOn < date);
  for (const [category, date, hour] of [
    ["theft", "2022-05-03", 23],
    ["traffic-accident", "2022-05-14", 17],
    ["theft", "2022-05-29", 2],
    ["public-disorder", "2022-06-05", 21],
    ["traffic-accident", "2022-06-11", 7],
    ["theft", "2022-06-19", 1],
  ] as const) {
    const cams = rng.sample(txCams(date), rng.int(1, 3));
    const draft = cityIncident(rng, {
      category,
      place: truongXuan,
      village: rng.pick(truongXuan.villages),
      occurred: at(date, hour, rng.int(0, 59)),
      mode: "camera",
      cameraIds: cams.map((c) => c.id),
    });
    incidents.push(draft);
  }
  const cityWeights = TK_PLACES.map((p) => [p, 1] as const);
  const spec: [Category, number, IncidentDraft["mode"]][] = [
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
  for (const [category, n, mode] of spec) {
    for (let i = 0; i < n; i++) {
      const place = rng.weighted(cityWeights);
      const [start, length] = HOURS[category];
      incidents.push(
        cityIncident(rng, {
          category,
          place,
          village: rng.pick(place.villages),
          occurred:
            at(randomDate(rng, "2021-01-05", "2022-06-20"), start) + rng.int(0, length * 60 - 1),
          mode,
        }),
      );
    }
  }
  numberInOrder(incidents, (d) => d.occurred, "tk-vv-", 3);
  for (const d of incidents.filter((x) => x.mode === "camera")) {
    const e = cityExtraction(rng, d, TRUONG_XUAN, "helped-clarify");
    extractions.push(e);
    const clarified = must(d.clarified, "clarified");
    clarified.on = maxDate(clarified.on, dateOfTime(Date.parse(e.requestedAt) / 60_000 + 7 * 60));
  }
  numberInOrder(extractions, (e) => e.requestedAt, "tk-tx-", 3);

  // Activities: the Tam Thăng teams at work, outreach across the city, mediations.
  const activities: Activity[] = [];
  teams.forEach((team, i) => {
    const site = must(tamThangSites[i], "site");
    let day = addDays(team.foundedOn, 10);
    while (day <= "2022-06-25") {
      const start = at(day, rng.int(19, 21), rng.pick([0, 30]));
      activities.push({
        kind: "patrol",
        id: "",
        unitCode: site.unitCode,
        startedAt: iso(start),
        endedAt: iso(start + rng.int(2, 3) * 60),
        participants: rng.int(3, 6),
        directedByCamera: false,
        incidentsFound: rng.weighted([
          [0, 0.8],
          [1, 0.2],
        ] as const),
        modelSiteId: must(site.id, "site id"),
        teamId: team.id,
      });
      day = addDays(day, rng.int(24, 38));
    }
    for (let k = 0; k < 2; k++) {
      const date = randomDate(rng, addDays(team.foundedOn, 20), "2022-06-25");
      if (date <= team.foundedOn) continue;
      activities.push({
        kind: "mediation",
        id: "",
        unitCode: site.unitCode,
        date,
        disputeKind: rng.pick(["land", "neighbours", "family"] as const),
        outcome: rng.chance(0.85) ? "succeeded" : "failed",
        parties: 2,
        modelSiteId: must(site.id, "site id"),
        teamId: team.id,
      });
    }
  });
  for (const place of TK_PLACES) {
    for (const year of ["2021", "2022"]) {
      activities.push({
        kind: "outreach",
        id: "",
        unitCode: place.code,
        date: randomDate(rng, `${year}-02-10`, `${year}-06-20`),
        audience: rng.int(60, 220),
        topic: rng.pick(["law", "drugs", "fraud", "traffic-safety", "cybersecurity"] as const),
        channel: "meeting",
      });
    }
  }
  activities.push(
    {
      kind: "outreach",
      id: "",
      unitCode: TRUONG_XUAN,
      date: "2022-04-22",
      audience: 180,
      topic: "law",
      channel: "meeting",
      modelSiteId: must(siteOfModel.get(truongXuanCamera.model.id)?.id, "site"),
      note: "Ra mắt mô hình Camera an ninh, vận động nhân dân tham gia lắp đặt camera 0 đồng",
    },
    {
      kind: "award",
      id: "",
      unitCode: TAM_THANG,
      date: "2021-12-28",
      recipientKind: "model-site",
      recipientName: "Tổ tự quản 5 trong 1 thôn Kim Đới",
      recipientId: must(kimDoi.id, "site id"),
      level: "district",
      form: "certificate",
      decisionRef: "QĐ 4512/QĐ-UBND",
    },
    {
      kind: "drill",
      id: "",
      unitCode: "20335",
      date: "2022-06-15",
      level: "commune",
      participants: 64,
      topic: "fire",
      note: "Diễn tập chữa cháy tại khu dân cư có Tổ liên gia an toàn PCCC",
    },
  );
  numberInOrder(activities, activityKey, "tk-hd-", 3);

  return {
    schemaVersion: "1.0",
    name: "Thành phố Tam Kỳ (Quảng Nam): mô hình tự quản về ANTT, 6 tháng đầu năm 2022",
    description:
      "Mẫu dữ liệu minh họa tái tạo các số liệu đã công bố về mô hình tự quản về ANTT ở thành phố Tam Kỳ (87 hồ sơ, 3 loại, 22 nhóm; 7 mô hình xây dựng mới, nhân rộng 6 tháng đầu năm 2022; Camera an ninh phường Trường Xuân; Tổ tự quản 5 trong 1 xã Tam Thăng). Mã đơn vị hành chính là mã chính thức trước ngày 01/7/2025; tên thôn, người, địa chỉ, tọa độ và số tiền là minh họa.",
    area: { unitCode: TK_CITY, name: "Thành phố Tam Kỳ" },
    covers: { start: "2021-01-01", end: "2022-06-30" },
    units,
    models: drafts.map((d) => d.model),
    sites,
    reviews,
    teams,
    cameras,
    incidents: incidents.map(incidentRecord),
    extractions,
    activities,
    contributions,
  };
}

// =======================================================================================
// Hội An city (Quảng Nam), 2023.
// =======================================================================================

const HA_CITY = "503";
const TAN_HIEP = "20434";
const CAM_CHAU = "20413";
const MINH_AN = "20398";
const CAM_PHO = "20404";
const SON_PHONG = "20410";
const TAN_AN = "20401";
const THANH_HA = "20407";

const HA_PLACES: readonly CityPlace[] = [
  cityPlace(MINH_AN, "Phường Minh An", 15.8775, 108.3285, 7),
  cityPlace(TAN_AN, "Phường Tân An", 15.885, 108.331, 6),
  cityPlace(CAM_PHO, "Phường Cẩm Phô", 15.879, 108.319, 7),
  cityPlace(THANH_HA, "Phường Thanh Hà", 15.879, 108.3, 8),
  cityPlace(SON_PHONG, "Phường Sơn Phong", 15.8835, 108.323, 6),
  cityPlace(CAM_CHAU, "Phường Cẩm Châu", 15.886, 108.345, 9),
  cityPlace("20416", "Phường Cửa Đại", 15.893, 108.37, 6),
  cityPlace("20419", "Phường Cẩm An", 15.906, 108.354, 6),
  cityPlace("20422", "Xã Cẩm Hà", 15.905, 108.315, 8),
  cityPlace("20425", "Xã Cẩm Kim", 15.868, 108.322, 6),
  cityPlace("20428", "Phường Cẩm Nam", 15.869, 108.338, 7),
  cityPlace("20431", "Xã Cẩm Thanh", 15.877, 108.365, 7),
  cityPlace(TAN_HIEP, "Xã Tân Hiệp", 15.956, 108.504, ["Thôn Bãi Làng", "Thôn Bãi Hương"]),
];

const HA_STREETS = [
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

interface HaModel {
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

/** Models that are not one of a kind in the city: name stem, kind, how many, site kind. */
const HA_WARDS_ONLY = new Set(["Tuyến phố du lịch an toàn về ANTT"]);
const HA_COMMON: readonly [string, Model["kind"], number, Site["kind"], string?][] = [
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

function hoiAnModels(rng: Rng): HaModel[] {
  const models: HaModel[] = [
    {
      name: "Tổ liên gia an toàn PCCC và ANTT",
      kind: "fire-safety-households",
      unit: HA_CITY,
      launchedOn: "2022-09-15",
      siteKind: "commune",
      siteName: "Phường Minh An",
      description:
        "Các hộ liền kề liên kết bằng chuông báo cháy, nút ấn và nhóm Zalo; thí điểm tại phường Minh An, nhân rộng năm 2023",
    },
    {
      name: "Điểm chữa cháy công cộng",
      kind: "public-fire-point",
      unit: HA_CITY,
      launchedOn: "2022-11-09",
      siteKind: "village",
      description:
        "Tủ phương tiện chữa cháy đặt ở đầu kiệt sâu trên 50 m, xe chữa cháy không vào được",
    },
    {
      name: "Nhóm trọ an toàn về ANTT",
      kind: "safe-boarding-houses",
      unit: CAM_CHAU,
      launchedOn: "2021-10-12",
      siteKind: "commune",
      siteName: "Phường Cẩm Châu",
      participants: { households: 41 },
      description: "41 hộ kinh doanh nhà trọ ở phường Cẩm Châu ký cam kết tham gia",
    },
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
    // The 4 models launched in 2023.
    {
      name: "Tổ tuần tra nhân dân và tự quản về ANTT",
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
      name: "Camera an ninh",
      kind: "camera-security",
      unit: TAN_HIEP,
      launchedOn: "2023-08-18",
      siteKind: "commune",
      description: "Camera an ninh tại các bãi, bến và khu dân cư xã đảo Tân Hiệp (Cù Lao Chàm)",
    },
  ];
  const byCode = new Map(HA_PLACES.map((p) => [p.code, p] as const));
  const mainland = HA_PLACES.filter((p) => p.code !== TAN_HIEP);
  const schools = [
    "Trường Tiểu học Cẩm Châu",
    "Trường THCS Nguyễn Du",
    "Trường Tiểu học Sơn Phong",
  ];
  let school = 0;
  for (const [stem, kind, count, siteKind, customKindName] of HA_COMMON) {
    const candidates = mainland.filter(
      (p) =>
        (!HA_WARDS_ONLY.has(stem) || p.type === "ward") &&
        !models.some((m) => m.kind === kind && m.unit === p.code && siteKind !== "village"),
    );
    const places = rng.sample(candidates, count);
    for (const place of places) {
      const village = rng.pick(place.villages).replace(/^(Thôn|Khối phố)/, (w) => w.toLowerCase());
      const name =
        kind === "safe-school-gate"
          ? `${stem} ${schools[school++]}`
          : siteKind === "village"
            ? `${stem} ${village}, ${lowerType(place.name)}`
            : `${stem} ${lowerType(place.name)}`;
      models.push({
        name,
        kind,
        ...(customKindName !== undefined ? { customKindName } : {}),
        ...(kind === "safe-school-gate" ? { siteName: name.replace(`${stem} `, "") } : {}),
        unit:
          kind === "safe-school-gate"
            ? must(
                HA_PLACES.find((p) => name.includes(shortName(p.name))) ?? byCode.get(MINH_AN),
                "school's ward",
              ).code
            : place.code,
        launchedOn: randomDate(rng, "2016-01-10", "2022-10-30"),
        siteKind,
      });
    }
  }
  return models;
}

/** "Khối phố 5" from "Tổ tự quản về ANTT khối phố 5, phường Thanh Hà". */
function villageOfName(name: string): string {
  const match = /((?:thôn|khối phố) [^,]+),/.exec(name);
  const village = must(match?.[1], `village in ${name}`);
  return village.charAt(0).toUpperCase() + village.slice(1);
}

function hoiAn(): Record<string, unknown> {
  const rng = new Rng(20_230_503);
  const validTo = "2025-06-30";
  const byCode = new Map(HA_PLACES.map((p) => [p.code, p] as const));
  const place = (code: string) => must(byCode.get(code), `place ${code}`);
  const units: Unit[] = [
    { code: "49", name: "Tỉnh Quảng Nam", level: "province", type: "province", validTo },
    {
      code: HA_CITY,
      name: "Thành phố Hội An",
      level: "district",
      type: "provincial-city",
      parentCode: "49",
      validTo,
    },
    ...communeUnits(HA_PLACES, HA_CITY, validTo),
    {
      code: `${TAN_HIEP}.bai-lang`,
      name: "Thôn Bãi Làng",
      level: "village",
      type: "village",
      parentCode: TAN_HIEP,
      validTo,
    },
    {
      code: `${TAN_HIEP}.bai-huong`,
      name: "Thôn Bãi Hương",
      level: "village",
      type: "village",
      parentCode: TAN_HIEP,
      validTo,
    },
  ];

  const specs = hoiAnModels(rng).sort((a, b) =>
    `${a.launchedOn}|${a.name}` < `${b.launchedOn}|${b.name}` ? -1 : 1,
  );
  check(specs.length === 46, "Hội An has 46 model records");
  const models: Model[] = specs.map((m, i) => ({
    id: `ha-mh-${pad(i + 1, 2)}`,
    name: m.name,
    kind: m.kind,
    ...(m.customKindName !== undefined ? { customKindName: m.customKindName } : {}),
    unitCode: m.unit,
    launchedOn: m.launchedOn,
    status: m.ended ? "ended" : "active",
    ...(m.ended ? { endedOn: m.ended.on, endReason: m.ended.reason } : {}),
    ...(m.participants ? { participants: m.participants } : {}),
    ...(m.description !== undefined ? { description: m.description } : {}),
  }));
  const modelOf = (name: string, unit?: string) =>
    must(
      models.find((m) => m.name === name && (unit === undefined || m.unitCode === unit)),
      `model ${name}`,
    );

  // Sites: where each model was launched; the fire-safety model and the public fire
  // points replicated in 2023.
  const sites: Site[] = [];
  for (const [i, m] of models.entries()) {
    const spec = specs[i] as HaModel;
    const unit = m.unitCode === HA_CITY ? MINH_AN : m.unitCode;
    sites.push({
      id: `ha-site-${pad(sites.length + 1, 3)}`,
      modelId: m.id,
      unitCode: unit,
      name:
        spec.siteName ??
        (spec.kind === "public-fire-point"
          ? "Điểm chữa cháy công cộng kiệt 29 Phan Châu Trinh"
          : spec.siteKind === "village"
            ? villageOfName(m.name)
            : place(unit).name),
      kind: spec.kind === "fire-safety-households" ? "commune" : spec.siteKind,
      launchedOn: m.launchedOn as string,
      status: m.status,
      ...(m.endedOn !== undefined ? { endedOn: m.endedOn, endReason: m.endReason as string } : {}),
    });
  }
  const siteOf = (modelId: string) =>
    must(
      sites.find((s) => s.modelId === modelId && s.replicatedFromSiteId === undefined),
      "site",
    );
  const fireModel = modelOf("Tổ liên gia an toàn PCCC và ANTT");
  const fireBase = siteOf(fireModel.id);
  const fireSites = new Map<string, Site>([[MINH_AN, fireBase]]);
  for (const [unit, launchedOn] of [
    [CAM_PHO, "2023-03-10"],
    [SON_PHONG, "2023-04-14"],
    [TAN_AN, "2023-05-12"],
  ] as const) {
    const site: Site = {
      id: `ha-site-${pad(sites.length + 1, 3)}`,
      modelId: fireModel.id,
      unitCode: unit,
      name: place(unit).name,
      kind: "commune",
      launchedOn,
      status: "active",
      replicatedFromSiteId: fireBase.id,
    };
    sites.push(site);
    fireSites.set(unit, site);
  }
  const pointModel = modelOf("Điểm chữa cháy công cộng");
  const pointBase = siteOf(pointModel.id);
  const pointUnits = [
    MINH_AN,
    MINH_AN,
    MINH_AN,
    CAM_PHO,
    CAM_PHO,
    CAM_PHO,
    SON_PHONG,
    SON_PHONG,
    TAN_AN,
    TAN_AN,
    CAM_CHAU,
    CAM_CHAU,
  ];
  const streets = rng.shuffle(HA_STREETS);
  pointUnits.forEach((unit, i) => {
    sites.push({
      id: `ha-site-${pad(sites.length + 1, 3)}`,
      modelId: pointModel.id,
      unitCode: unit,
      name: `Điểm chữa cháy công cộng kiệt ${rng.int(8, 160)} ${streets[i % streets.length]}`,
      kind: "village",
      launchedOn: randomDate(rng, "2023-02-01", "2023-11-30"),
      status: "active",
      replicatedFromSiteId: pointBase.id,
    });
  });

  // Teams: 16 fire-safety household groups (1 founded with the pilot in 2022, 15 in
  // 2023), and the people's patrol team of Thanh Hà.
  const teams: Team[] = [];
  const fireTeamUnits = [
    MINH_AN,
    MINH_AN,
    MINH_AN,
    MINH_AN,
    MINH_AN,
    MINH_AN,
    CAM_PHO,
    CAM_PHO,
    CAM_PHO,
    CAM_PHO,
    SON_PHONG,
    SON_PHONG,
    SON_PHONG,
    TAN_AN,
    TAN_AN,
    TAN_AN,
  ];
  fireTeamUnits.forEach((unit, i) => {
    const site = must(fireSites.get(unit), "fire site");
    const foundedOn =
      i === 0
        ? "2022-09-15"
        : randomDate(rng, maxDate(site.launchedOn as string, "2023-01-05"), "2023-11-25");
    const households = rng.int(5, 15);
    const village = rng.pick(place(unit).villages);
    const street = rng.pick(HA_STREETS);
    teams.push({
      id: "",
      kind: "fire-safety-group",
      name: `Tổ liên gia an toàn PCCC kiệt ${rng.int(5, 180)} ${street}`,
      modelSiteId: site.id,
      unitCode: unit,
      village,
      householdCount: households,
      memberCounts: {
        leader: 1,
        deputy: households > 9 ? 1 : 0,
        member: households - (households > 9 ? 2 : 1),
      },
      duties: ["fire-rescue", "keep-order"],
      equipment: [
        { kind: "alarm-bell-with-button", count: households },
        { kind: "fire-extinguisher", count: households + rng.int(0, 3) },
        { kind: "entry-tools", count: 1 },
      ],
      chatGroup: {
        platform: "zalo",
        name: `Liên gia PCCC ${street}`,
        memberCount: households * 2 + rng.int(0, 4),
      },
      trainings: [
        {
          kind: "drill",
          heldOn: addDays(foundedOn, rng.int(7, 30)),
          level: "village",
          participants: households * 2 + rng.int(2, 8),
          note: "Diễn tập bấm chuông báo cháy, sử dụng bình chữa cháy tại chỗ",
        },
      ],
      foundedOn,
    });
  });
  numberInOrder(teams, (t) => `${t.foundedOn}|${t.unitCode}|${t.name}`, "ha-lg-", 2);
  const patrolModel = modelOf("Tổ tuần tra nhân dân và tự quản về ANTT", THANH_HA);
  const patrolSite = siteOf(patrolModel.id);
  const patrolTeam: Team = {
    id: "ha-tt-thanh-ha",
    kind: "patrol-team",
    name: "Tổ tuần tra nhân dân phường Thanh Hà",
    modelSiteId: patrolSite.id,
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
  teams.push(patrolTeam);

  // Tân Hiệp (Cù Lao Chàm): the cameras of the new model, paid by the budget and the
  // households of the two villages.
  const tanHiep = place(TAN_HIEP);
  const cameras: Camera[] = [];
  for (let i = 0; i < 16; i++) {
    const village = i < 10 ? "Thôn Bãi Làng" : "Thôn Bãi Hương";
    const installedOn = randomDate(rng, "2023-07-20", "2023-08-16");
    const connected = i % 4 !== 3;
    const lenses = rng.pick([1, 1, 2, 2, 4]);
    const cost = lenses * rng.int(60, 76) * 50_000;
    const budget = Math.round((cost * 0.6) / 50_000) * 50_000;
    cameras.push({
      id: "",
      unitCode: i < 10 ? `${TAN_HIEP}.bai-lang` : `${TAN_HIEP}.bai-huong`,
      location: {
        lat: round(tanHiep.lat + (i < 10 ? 0.002 : -0.006) + (rng.next() - 0.5) * 0.004, 5),
        lng: round(tanHiep.lng + (i < 10 ? 0.0 : 0.008) + (rng.next() - 0.5) * 0.004, 5),
      },
      address: rng.pick([
        `Bến cảng ${village.replace("Thôn ", "")}`,
        `Khu dân cư ${village.toLowerCase()}`,
        "Đường ven biển",
        `Chợ ${village.replace("Thôn ", "")}`,
      ]),
      ownerKind: "public",
      funding: [
        { source: "budget", amount: budget },
        { source: "households", amount: cost - budget },
      ],
      installedOn,
      connectedToDutyRoom: connected,
      sharingTier: connected ? "live-view" : "on-request",
      sharingCommitment: { signedOn: installedOn },
      coverage: ["road", "public-place"],
      retentionDays: 30,
      status: "active",
      lenses,
    });
  }
  numberInOrder(cameras, (c) => `${c.unitCode}|${c.installedOn}|${c.location?.lat}`, "ha-cam-", 2);
  const cameraSite = siteOf(modelOf("Camera an ninh", TAN_HIEP).id);
  const sum = (list: readonly Camera[], source: string) =>
    list.reduce(
      (acc, c) =>
        acc +
        (c.funding ?? []).filter((f) => f.source === source).reduce((s, f) => s + f.amount, 0),
      0,
    );
  const contributions: Contribution[] = [
    {
      id: "ha-dg-01",
      unitCode: TAN_HIEP,
      contributorKind: "budget",
      contributorName: "Ngân sách thành phố Hội An",
      amount: sum(cameras, "budget"),
      receivedOn: "2023-07-14",
      funds: { kind: "cameras", cameraIds: cameras.map((c) => c.id) },
    },
    ...["bai-lang", "bai-huong"].map((slug, i): Contribution => {
      const list = cameras.filter((c) => c.unitCode === `${TAN_HIEP}.${slug}`);
      return {
        id: `ha-dg-0${i + 2}`,
        unitCode: `${TAN_HIEP}.${slug}`,
        contributorKind: "household",
        contributorName: `Các hộ dân thôn ${slug === "bai-lang" ? "Bãi Làng" : "Bãi Hương"}`,
        contributorCount: slug === "bai-lang" ? 126 : 74,
        amount: sum(list, "households"),
        receivedOn: slug === "bai-lang" ? "2023-07-17" : "2023-07-19",
        funds: { kind: "cameras", cameraIds: list.map((c) => c.id) },
      };
    }),
    {
      id: "ha-dg-04",
      unitCode: MINH_AN,
      contributorKind: "business",
      contributorName: "Các hộ kinh doanh phố cổ Hội An",
      contributorCount: 38,
      amount: 96_500_000,
      receivedOn: "2023-03-02",
      funds: { kind: "model", id: pointModel.id },
      note: "Đóng góp mua tủ, bình chữa cháy cho các điểm chữa cháy công cộng",
    },
  ];
  const expenses: Expense[] = [
    {
      id: "ha-chi-01",
      unitCode: TAN_HIEP,
      amount: sum(cameras, "budget") + sum(cameras, "households"),
      spentOn: "2023-08-16",
      purpose: "cameras",
      funds: { kind: "model-site", id: cameraSite.id },
      payee: "VNPT Quảng Nam",
      note: "Lắp đặt 16 điểm camera an ninh tại xã Tân Hiệp (ngân sách và xã hội hóa)",
    },
  ];

  // Incidents of 2023, a few clarified with Tân Hiệp's cameras.
  const incidents: IncidentDraft[] = [];
  const spec: [Category, number, IncidentDraft["mode"], readonly string[]][] = [
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
  for (const [category, n, mode, codes] of spec) {
    for (let i = 0; i < n; i++) {
      const where = place(codes[i % codes.length] as string);
      const [start, length] = HOURS[category];
      incidents.push(
        cityIncident(rng, {
          category,
          place: where,
          village: rng.pick(where.villages),
          occurred:
            at(randomDate(rng, "2023-01-05", "2023-12-15"), start) + rng.int(0, length * 60 - 1),
          mode,
          spread: 0.003,
        }),
      );
    }
  }
  const islandCams = (date: string) => cameras.filter((c) => c.installedOn < date);
  for (const [category, date, hour] of [
    ["theft", "2023-09-16", 14],
    ["public-disorder", "2023-10-21", 22],
  ] as const) {
    const cams = rng.sample(islandCams(date), 2);
    const draft = cityIncident(rng, {
      category,
      place: tanHiep,
      village: rng.pick(tanHiep.villages),
      occurred: at(date, hour, rng.int(0, 59)),
      mode: "camera",
      cameraIds: cams.map((c) => c.id),
      spread: 0.003,
    });
    draft.description =
      category === "theft"
        ? "Trộm cắp tài sản của du khách tại bãi tắm Bãi Làng, xã Tân Hiệp; trích xuất camera xác định đối tượng"
        : "Nhóm du khách say rượu gây rối trật tự tại khu dân cư Bãi Hương, xã Tân Hiệp";
    incidents.push(draft);
  }
  numberInOrder(incidents, (d) => d.occurred, "ha-vv-", 2);
  const extractions: Extraction[] = incidents
    .filter((d) => d.mode === "camera")
    .map((d, i) => {
      const e = cityExtraction(rng, d, TAN_HIEP, "helped-clarify");
      e.id = `ha-tx-${pad(i + 1)}`;
      const clarified = must(d.clarified, "clarified");
      clarified.on = maxDate(clarified.on, dateOfTime(Date.parse(e.requestedAt) / 60_000 + 7 * 60));
      return e;
    });

  // Activities: the Thanh Hà patrols, fire drills and training, outreach, an award.
  const activities: Activity[] = [];
  let day = "2023-03-31";
  while (day <= "2023-12-28") {
    const start = at(day, rng.int(20, 22), rng.pick([0, 30]));
    activities.push({
      kind: "patrol",
      id: "",
      unitCode: THANH_HA,
      startedAt: iso(start),
      endedAt: iso(start + rng.int(2, 4) * 60),
      participants: rng.int(4, 8),
      directedByCamera: false,
      incidentsFound: rng.weighted([
        [0, 0.75],
        [1, 0.25],
      ] as const),
      modelSiteId: patrolSite.id,
      teamId: patrolTeam.id,
    });
    day = addDays(day, rng.int(10, 18));
  }
  activities.push(
    {
      kind: "training",
      id: "",
      unitCode: HA_CITY,
      date: "2023-03-16",
      level: "district",
      participants: 126,
      topic: "fire",
      note: "Tập huấn PCCC cho tổ trưởng Tổ liên gia và người quản lý điểm chữa cháy công cộng",
    },
    {
      kind: "drill",
      id: "",
      unitCode: MINH_AN,
      date: "2023-11-08",
      level: "commune",
      participants: 140,
      topic: "fire",
      modelSiteId: pointBase.id,
      note: "Diễn tập chữa cháy tại khu phố cổ, sử dụng điểm chữa cháy công cộng",
    },
    {
      kind: "outreach",
      id: "",
      unitCode: CAM_PHO,
      date: "2023-06-23",
      audience: 95,
      topic: "drugs",
      channel: "meeting",
      modelSiteId: siteOf(modelOf("Tín hữu Hội thánh Tin lành nói không với ma túy").id).id,
      note: "Ra mắt mô hình và tuyên truyền phòng, chống ma túy cho tín hữu",
    },
    {
      kind: "outreach",
      id: "",
      unitCode: CAM_CHAU,
      date: "2023-04-20",
      audience: 41,
      topic: "law",
      channel: "meeting",
      modelSiteId: siteOf(modelOf("Nhóm trọ an toàn về ANTT").id).id,
      note: "Hướng dẫn chủ nhà trọ khai báo tạm trú, nhận diện đối tượng nghi vấn",
    },
    {
      kind: "award",
      id: "",
      unitCode: CAM_CHAU,
      date: "2023-08-18",
      recipientKind: "model-site",
      recipientName: "Nhóm trọ an toàn về ANTT phường Cẩm Châu",
      recipientId: siteOf(modelOf("Nhóm trọ an toàn về ANTT").id).id,
      level: "district",
      form: "certificate",
      decisionRef: "QĐ 2659/QĐ-UBND",
    },
  );
  for (const p of HA_PLACES) {
    activities.push({
      kind: "outreach",
      id: "",
      unitCode: p.code,
      date: randomDate(rng, "2023-02-15", "2023-11-30"),
      audience: rng.int(50, 200),
      topic: rng.pick(["fire-safety", "fraud", "drugs", "law", "cybersecurity"] as const),
      channel: rng.pick(["meeting", "loudspeaker", "social-media"] as const),
    });
  }
  for (const d of incidents.filter((x) => x.category === "dispute")) {
    activities.push({
      kind: "mediation",
      id: "",
      unitCode: d.place.code,
      date: addDays(dateOfTime(d.occurred), rng.int(1, 5)),
      disputeKind: rng.pick(["neighbours", "land", "family"] as const),
      outcome: rng.chance(0.8) ? "succeeded" : "failed",
      parties: 2,
      note: `Hòa giải vụ việc ${d.id}`,
    });
  }
  numberInOrder(activities, activityKey, "ha-hd-", 3);

  return {
    schemaVersion: "1.0",
    name: "Thành phố Hội An (Quảng Nam): phong trào Toàn dân bảo vệ ANTT, năm 2023",
    description:
      "Mẫu dữ liệu minh họa tái tạo các số liệu đã công bố về phong trào ở thành phố Hội An năm 2023: 44 mô hình (4 mô hình mới), 16 Tổ liên gia PCCC, 13 điểm chữa cháy công cộng, Nhóm trọ an toàn về ANTT ở Cẩm Châu (41 hộ), Chi hội nông dân không vi phạm pháp luật (50 hội viên). Mã đơn vị hành chính là mã chính thức trước ngày 01/7/2025; tên thôn, người, địa chỉ, tọa độ và số tiền là minh họa.",
    area: { unitCode: HA_CITY, name: "Thành phố Hội An" },
    covers: { start: "2023-01-01", end: "2023-12-31" },
    units,
    models,
    sites,
    teams,
    cameras,
    incidents: incidents.map(incidentRecord),
    extractions,
    activities,
    contributions,
    expenses,
    ext: { "commune-police-officers": 17, "ward-protection-force-members": 158 },
  };
}

function cameraCost(camera: Camera): number {
  return (camera.funding ?? []).reduce((acc, f) => acc + f.amount, 0);
}

// =======================================================================================
// Generation entry points.
// =======================================================================================

/** The sample files, by path relative to the repository root, with their JSON text. */
export function generateSamples(): Record<string, string> {
  return {
    "examples/data/tho-xuan-2024.json": toJson(thoXuan()),
    "examples/data/tam-ky-2022.json": toJson(tamKy()),
    "examples/data/hoi-an-2023.json": toJson(hoiAn()),
  };
}

const isMain =
  process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  for (const [file, text] of Object.entries(generateSamples())) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`${file}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
  }
}
