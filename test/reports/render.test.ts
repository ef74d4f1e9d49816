import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADMIN_UNIT_TYPE_LABELS,
  ADMIN_UNIT_TYPE_LEVEL,
  type AdminUnitType,
} from "../../src/admin/index.js";
import { CameraPointSchema } from "../../src/cameras/index.js";
import { formatNumber } from "../../src/core/index.js";
import { type Dataset, DatasetSchema, validateDataset } from "../../src/dataset/index.js";
import {
  buildUnitReport,
  qualifierWord,
  renderReport,
  roundCount,
  type UnitReport,
} from "../../src/reports/index.js";
import { camera, districtDataset, rawDataset } from "./fixture.js";

const dataset = districtDataset();
const report = buildUnitReport(dataset, { unit: "412", period: "2024" });

/** A one-unit dataset (with the parents its level needs) of the given type. */
function unitOfType(type: AdminUnitType, extra: Partial<Dataset> = {}): Dataset {
  const level = ADMIN_UNIT_TYPE_LEVEL[type];
  const units: Record<string, unknown>[] = [
    { code: "38", name: "Tỉnh A", level: "province", type: "province" },
    { code: "395", name: "Huyện B", level: "district", type: "rural-district", parentCode: "38" },
    { code: "15532", name: "Xã C", level: "commune", type: "commune", parentCode: "395" },
  ];
  const code = { province: "40", district: "412", commune: "16000", village: "15532.thon-9" }[
    level
  ];
  const parentCode = { province: undefined, district: "38", commune: "395", village: "15532" }[
    level
  ];
  units.push({ code, name: "Đơn vị", level, type, ...(parentCode ? { parentCode } : {}) });
  return DatasetSchema.parse({ schemaVersion: "1.0", units, ...extra });
}

describe("renderReport: words of the unit", () => {
  const expected: Partial<Record<AdminUnitType, [string, string]>> = {
    province: ["Toàn tỉnh", "Across the province"],
    "centrally-run-city": ["Toàn thành phố", "Across the city"],
    "rural-district": ["Toàn huyện", "Across the district"],
    "urban-district": ["Toàn quận", "Across the district"],
    "district-town": ["Toàn thị xã", "Across the town"],
    "provincial-city": ["Toàn thành phố", "Across the city"],
    commune: ["Toàn xã", "Across the commune"],
    ward: ["Toàn phường", "Across the ward"],
    township: ["Toàn thị trấn", "Across the township"],
    "special-zone": ["Toàn đặc khu", "Across the special zone"],
    hamlet: ["Toàn ấp", "Across the hamlet"],
  };

  it.each(Object.keys(ADMIN_UNIT_TYPE_LABELS) as AdminUnitType[])(
    "names a unit of type %s by its type",
    (type) => {
      const cameras = [
        {
          id: "cam-1",
          unitCode: { province: "40", district: "412", commune: "16000", village: "15532.thon-9" }[
            ADMIN_UNIT_TYPE_LEVEL[type]
          ],
          ownerKind: "police",
          installedOn: "2020-01-01",
          connectedToDutyRoom: true,
          sharingTier: "live-view",
          coverage: ["road"],
          status: "active",
          lenses: 4,
        },
      ];
      const data = unitOfType(type, { cameras } as Partial<Dataset>);
      const unit = data.units.at(-1)?.code as string;
      const r = buildUnitReport(data, { unit, period: "2024" });
      const vi = renderReport(r);
      const en = renderReport(r, { locale: "en", format: "markdown" });
      for (const text of [vi, en]) expect(text).not.toMatch(/undefined|NaN|Infinity|\[object/);
      const words = expected[type];
      if (words) {
        expect(vi).toContain(`- ${words[0]} có`);
        expect(en).toContain(`- ${words[1]}`);
      }
    },
  );

  it("names the child units by their types, the most numerous first", () => {
    const text = renderReport(report);
    expect(text).toContain("2/2 xã, thị trấn có mô hình “Camera an ninh huyện Mẫu Sơn”");
    expect(renderReport(report, { locale: "en" })).toContain(
      "2 of 2 communes and townships run “Camera an ninh huyện Mẫu Sơn”",
    );
  });

  it("names the kind, not one model, when several models of a kind together reach every unit", () => {
    const input = rawDataset();
    const sites = input["sites"] as { id: string; modelId: string; unitCode: string }[];
    const models = input["models"] as { id: string; name: string }[];
    const cam = models.find((m) => m.id === "mh-cam") as { id: string };
    models.push({ ...cam, id: "mh-cam-2", name: "Camera an ninh xã thứ hai" });
    // One of the camera model's sites now belongs to a second model of the same kind.
    const moved = sites.filter((s) => s.modelId === "mh-cam").at(-1) as { modelId: string };
    moved.modelId = "mh-cam-2";
    const split = buildUnitReport(DatasetSchema.parse(input), { unit: "412", period: "2024" });
    const cov = split.figures.models.coverage;
    expect(cov.byModelKind["camera-security"]).toBe(cov.childUnits);
    expect(Object.values(cov.byModel).every((n) => n < cov.childUnits)).toBe(true);
    const vi = renderReport(split);
    expect(vi).toContain(
      "2/2 xã, thị trấn có mô hình loại hình “Camera an ninh” (2 mô hình cộng lại)",
    );
    expect(vi).not.toContain("có mô hình “Camera an ninh huyện Mẫu Sơn”");
    expect(renderReport(split, { locale: "en" })).toContain(
      "run a model of the kind “Security cameras” (2 models together)",
    );
  });

  it("splits camera cost into community funding and budget when the payers alone do not show it", () => {
    const input = rawDataset();
    const cameras = input["cameras"] as { funding?: { source: string; amount: number }[] }[];
    const paid = cameras.find((c) => c.funding !== undefined) as {
      funding: { source: string; amount: number }[];
    };
    paid.funding = [
      { source: "households", amount: 3_000_000 },
      { source: "business", amount: 1_000_000 },
      { source: "commune-budget", amount: 500_000 },
    ];
    const split = buildUnitReport(DatasetSchema.parse(input), { unit: "412", period: "2024" });
    const vi = renderReport(split);
    expect(vi).toContain(
      ": 6,5 triệu đồng, trong đó xã hội hóa 4 triệu đồng, ngân sách nhà nước 2,5 triệu đồng (hộ gia đình 3 triệu đồng,",
    );
    expect(split.figures.cameras.costByFundingSourceVnd).toEqual({
      community: 4_000_000,
      budget: 2_500_000,
    });
    expect(renderReport(split, { locale: "en" })).toMatch(/, of which community funding /);
  });

  it("says how many households and people take part in the models, each counted once", () => {
    const input = rawDataset();
    const models = input["models"] as { id: string; participants?: object }[];
    const sites = input["sites"] as { modelId: string; participants?: object }[];
    (models.find((m) => m.id === "mh-cam") as { participants?: object }).participants = {
      households: 300,
    };
    for (const site of sites.filter((s) => s.modelId === "mh-cam")) {
      site.participants = { households: 100, people: 250 };
    }
    const joined = buildUnitReport(DatasetSchema.parse(input), { unit: "412", period: "2024" });
    expect(joined.figures.models.participants).toEqual({ households: 300, people: 500 });
    expect(renderReport(joined)).toContain("Có 300 hộ, 500 người tham gia các mô hình.");
    expect(renderReport(joined, { locale: "en" })).toContain(
      "300 households and 500 people take part in the models.",
    );
    expect(renderReport(report)).not.toContain("tham gia các mô hình");
  });
});

describe("renderReport: numbers and changes", () => {
  const vi = renderReport(report);
  const en = renderReport(report, { locale: "en" });

  it("says which wording it uses", () => {
    expect(vi).toContain("Cách ghi số: số trong lời văn được làm tròn (trên, hơn, gần)");
    expect(renderReport(report, { rounding: "exact" })).toContain(
      "Cách ghi số: số liệu chính xác.",
    );
    expect(renderReport(report, { format: "markdown" })).toContain(
      "số chính xác ghi trong ngoặc đơn và trong các bảng",
    );
    expect(en).toContain("Numbers: counts in the prose are rounded");
    expect(renderReport(report, { locale: "en", rounding: "exact" })).toContain(
      "Numbers: exact counts.",
    );
  });

  it("writes dates with the Vietnamese calendar words and money in đồng", () => {
    expect(vi).toContain("Kỳ báo cáo: từ ngày 01/01/2024 đến ngày 31/12/2024");
    expect(vi).toContain("(tính đến ngày 31 tháng 12 năm 2024)");
    expect(en).toContain("Period: 1 January 2024 to 31 December 2024");
    expect(vi).toContain("với tổng số tiền 14,5 triệu đồng (xã hội hóa 12,5 triệu đồng");
    expect(renderReport(report, { rounding: "exact" })).toContain(
      "với tổng số tiền 14.500.000 đồng",
    );
    expect(en).toContain("14.5 million đồng in all");
  });

  it("writes changes with the absolute value, the percent and the significance", () => {
    expect(vi).toContain(
      "Xảy ra 3 vụ việc về ANTT, tăng 1 vụ (+50,0%) so với cùng kỳ năm 2023, chưa có ý nghĩa thống kê.",
    );
    expect(vi).toContain(
      "tai nạn, sự cố 1 vụ, tăng 1 vụ (khi đó chưa có), chưa có ý nghĩa thống kê",
    );
    expect(vi).toContain("phạm pháp hình sự 2 vụ, không thay đổi");
    expect(vi).toContain("tăng 9,5 triệu đồng (+190,0%) so với cùng kỳ năm 2023.");
    expect(en).toContain(
      "3 incidents occurred, up 1 case (+50.0%) from 2023, not statistically significant.",
    );
    expect(vi).not.toMatch(/tăng mạnh|đột biến|surge/i);
  });

  it("says when a change is statistically significant", () => {
    const patrols = Array.from({ length: 30 }, (_, i) => ({
      kind: "patrol",
      id: `p-${i}`,
      unitCode: "16000",
      startedAt: `2024-0${1 + (i % 9)}-10T21:00:00+07:00`,
      endedAt: `2024-0${1 + (i % 9)}-10T23:00:00+07:00`,
      participants: 4,
      directedByCamera: false,
    }));
    const data = DatasetSchema.parse({
      schemaVersion: "1.0",
      units: dataset.units,
      activities: patrols,
    });
    const r = buildUnitReport(data, { unit: "412", period: "2024" });
    expect(renderReport(r)).toContain(
      "tuần tra 30 lượt, tăng 30 lượt so với cùng kỳ năm 2023 (khi đó chưa có), có ý nghĩa thống kê",
    );
    expect(renderReport(r, { locale: "en" })).toContain("statistically significant");
  });

  it("writes criminal offences that fell as curbed (kiềm chế)", () => {
    const theft = (id: string, at: string) => ({
      id,
      category: "theft",
      occurredAt: at,
      unitCode: "16000",
      detectedBy: "report",
      status: "received",
    });
    const data = DatasetSchema.parse({
      schemaVersion: "1.0",
      units: dataset.units,
      incidents: [
        theft("a", "2023-02-01T08:00:00+07:00"),
        theft("b", "2023-03-01T08:00:00+07:00"),
        theft("c", "2024-03-01T08:00:00+07:00"),
      ],
    });
    const r = buildUnitReport(data, { unit: "412", period: "2024" });
    expect(renderReport(r)).toContain(
      "phạm pháp hình sự 1 vụ, được kiềm chế 1 vụ (giảm 50,0% số vụ), chưa có ý nghĩa thống kê",
    );
    expect(renderReport(r, { locale: "en" })).toContain("curbed by 1 case (50.0% fewer)");
    expect(renderReport(r, { format: "markdown" })).toContain(
      "| Trộm cắp tài sản | 1 | 2 | −1 (−50,0%) |",
    );
  });

  it("compares with the previous period and with nothing", () => {
    const h1 = buildUnitReport(dataset, {
      unit: "412",
      period: "2024-H1",
      compareWith: "previous-period",
    });
    expect(renderReport(h1)).toContain("so sánh với 6 tháng cuối năm 2023");
    expect(renderReport(h1, { locale: "en" })).toContain("compared with the second half of 2023");
    const alone = buildUnitReport(dataset, { unit: "412", period: "2024", compareWith: "none" });
    const text = renderReport(alone);
    expect(text).toContain("không so sánh với kỳ khác");
    expect(text).not.toContain("so với");
    expect(text).not.toContain("ý nghĩa thống kê");
    const q = buildUnitReport(dataset, { unit: "412", period: "2024-Q2" });
    expect(renderReport(q)).toContain("so sánh với cùng kỳ năm 2023");
    expect(renderReport(q, { locale: "en" })).toContain("compared with the same period of 2023");
    const range = buildUnitReport(dataset, { unit: "412", period: "2023-11-01..2024-10-31" });
    expect(renderReport(range)).toContain("so sánh với cùng kỳ năm trước");
  });

  it("writes a unit with no records without zeros dressed as findings", () => {
    const empty = DatasetSchema.parse({ schemaVersion: "1.0", units: dataset.units });
    const r = buildUnitReport(empty, { unit: "16003", period: "2024" });
    for (const options of [{}, { locale: "en" as const, format: "markdown" as const }]) {
      const text = renderReport(r, options);
      expect(text).not.toMatch(/undefined|NaN|Infinity/);
    }
    const text = renderReport(r);
    expect(text).toContain("Chưa ghi nhận mô hình, điểm mô hình hay tổ nào.");
    expect(text).toContain("Chưa ghi nhận camera nào.");
    expect(text).toContain("Chưa ghi nhận vụ việc nào trong kỳ.");
    expect(text).toContain("Chưa ghi nhận hoạt động nào trong kỳ.");
    expect(text).toContain("Chưa ghi nhận khoản đóng góp, khoản chi nào trong kỳ.");
  });

  it("lists the warnings and the reconciliation", () => {
    expect(vi).toContain("VII. LƯU Ý");
    expect(vi).toContain(
      "1 mã đơn vị của bản ghi không có trong danh sách đơn vị, không được tính: 99999.",
    );
    expect(vi).toContain(
      "Điểm camera: có 7, tính 4; không tính: đơn vị khác 1, mã đơn vị không rõ 1, ngoài kỳ 1.",
    );
    expect(en).toContain(
      "Camera points: 7 given, 4 counted; not counted: other unit 1, unknown unit code 1, outside the period 1.",
    );
    const md = renderReport(report, { format: "markdown" });
    expect(md).toContain("| Điểm camera | 7 | 4 | 1 | 1 | 1 |");
    expect(md).toMatch(/^# BÁO CÁO KẾT QUẢ/);
    expect(md).toContain("## II. Camera an ninh");
    const early = buildUnitReport(dataset, { unit: "412", period: "2023" });
    expect(renderReport(early)).toContain(
      "Không nêu số so sánh với cùng kỳ năm 2022 vì bộ dữ liệu chỉ có số liệu từ ngày 01/01/2023 đến ngày 31/12/2024.",
    );
    const late = buildUnitReport(dataset, { unit: "412", period: "2025", compareWith: "none" });
    expect(renderReport(late, { locale: "en" })).toContain(
      "The dataset covers 1 January 2023 to 31 December 2024 only",
    );
  });
});

describe("renderReport: rounded wording never changes the report (properties)", () => {
  /** A camera of the commune with so many lenses. */
  const lensesOf = (id: string, lenses: number) => ({
    ...camera(id, "16000", "2020-01-01"),
    lenses,
  });

  /** A commune with `lenses` camera lenses and `incidents` thefts in 2024. */
  function communeReport(lenses: number, incidents: number): UnitReport {
    const data = DatasetSchema.parse({
      schemaVersion: "1.0",
      units: dataset.units,
      cameras: [
        lensesOf("cam", Math.min(lenses, 64)),
        ...Array.from({ length: Math.max(0, Math.ceil((lenses - 64) / 64)) }, (_, i) =>
          lensesOf(`cam-${i}`, Math.min(64, lenses - 64 * (i + 1))),
        ),
      ].filter((c) => c.lenses > 0),
      incidents: Array.from({ length: incidents }, (_, i) => ({
        id: `vv-${i}`,
        category: "theft",
        occurredAt: "2024-05-01T08:00:00+07:00",
        unitCode: "16000",
        detectedBy: "report",
        status: "received",
      })),
    });
    return buildUnitReport(data, { unit: "16000", period: "2024", compareWith: "none" });
  }

  it("leaves every number of the report as it was, in every language, format and mode", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6_000 }),
        fc.integer({ min: 0, max: 150 }),
        fc.constantFrom("vi" as const, "en" as const),
        fc.constantFrom("text" as const, "markdown" as const),
        fc.constantFrom("rounded" as const, "exact" as const),
        (lenses, incidents, locale, format, rounding) => {
          const r = communeReport(lenses, incidents);
          const before = JSON.stringify(r);
          renderReport(r, { locale, format, rounding });
          expect(JSON.stringify(r)).toBe(before);
          expect(r.figures.cameras.lensesAtEnd).toBe(lenses);
          expect(r.figures.incidents.total).toBe(incidents);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes the word that matches the side the exact count is on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6_000 }),
        fc.constantFrom("vi" as const, "en" as const),
        (lenses, locale) => {
          const r = communeReport(lenses, 0);
          const { shown, qualifier } = roundCount(lenses);
          const number = formatNumber(shown, { locale });
          const word = qualifierWord(qualifier, locale);
          const noun =
            locale === "vi" ? "mắt camera" : lenses === 1 ? "camera lens" : "camera lenses";
          const phrase = `${word === "" ? "" : `${word} `}${number} ${noun}`;
          expect(renderReport(r, { locale })).toContain(phrase);
          if (lenses > shown) expect(["trên", "hơn", "over", "more than"]).toContain(word);
          if (lenses < shown) expect(["gần", "nearly"]).toContain(word);
          const markdown = renderReport(r, { locale, format: "markdown" });
          const exact = formatNumber(lenses, { locale });
          if (lenses !== shown) expect(markdown).toContain(`${phrase} (${exact};`);
          expect(renderReport(r, { locale, rounding: "exact" })).toContain(`${exact} ${noun}`);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("renderReport: less common cases", () => {
  it("names the models of a higher level whose sites are in the unit", () => {
    const commune = buildUnitReport(dataset, { unit: "16003", period: "2024" });
    expect(renderReport(commune)).toContain(
      "Toàn thị trấn có 1 điểm áp dụng mô hình của đơn vị cấp trên (“Camera an ninh huyện Mẫu Sơn”), trong đó 1 điểm nhân rộng; không có mô hình riêng đang hoạt động",
    );
    expect(renderReport(commune, { locale: "en" })).toContain(
      "Across the township 1 site apply models of a higher level (“Camera an ninh huyện Mẫu Sơn”)",
    );
    expect(renderReport(commune)).toContain("(100% ngân sách nhà nước)");
    expect(renderReport(commune)).toContain("phòng trực ban Công an thị trấn");
  });

  it("writes a period with models ended and mediations still going on", () => {
    const june = buildUnitReport(dataset, {
      unit: "412",
      period: "2024-06-01..2024-06-30",
      compareWith: "none",
    });
    const text = renderReport(june);
    expect(text).toContain(
      "Trong kỳ: xây dựng mới 0 mô hình, nhân rộng 0 điểm, thanh loại 1 mô hình, dừng 1 điểm",
    );
    expect(text).toContain("hòa giải 1 vụ, thành 0 vụ;");
    expect(text).toContain("từ ngày 01/06/2024 đến ngày 30/06/2024");
  });

  it("writes markdown tables without a comparison", () => {
    const alone = buildUnitReport(dataset, { unit: "412", period: "2024", compareWith: "none" });
    const md = renderReport(alone, { format: "markdown" });
    expect(md).toContain("| Camera an ninh | 1 | 2 |  |");
    expect(md).toContain("| Trộm cắp tài sản | 1 |  |  |  |");
    expect(md).toContain("| Trộm cắp tài sản | 1 |  |  |");
  });

  it("writes a figure that fell to 0 and a count that rose from 0", () => {
    const { covers: _, ...rest } = rawDataset();
    const r = buildUnitReport(DatasetSchema.parse(rest), { unit: "412", period: "2026" });
    const text = renderReport(r);
    expect(text).toContain("Xảy ra 0 vụ việc về ANTT, giảm 1 vụ (−100,0%) so với cùng kỳ năm 2025");
    expect(text).not.toContain("Đã làm rõ");
    const many = DatasetSchema.parse({
      schemaVersion: "1.0",
      units: dataset.units,
      incidents: Array.from({ length: 151 }, (_, i) => ({
        id: `vv-${i}`,
        category: "fraud",
        occurredAt: "2024-05-01T08:00:00+07:00",
        unitCode: "16000",
        detectedBy: "report",
        status: "clarified",
        clarified: { on: "2024-05-02", by: ["camera"] },
      })),
    });
    const md = renderReport(buildUnitReport(many, { unit: "412", period: "2024" }), {
      format: "markdown",
    });
    expect(md).toContain(
      "tăng trên 150 vụ so với cùng kỳ năm 2023 (151; khi đó chưa có), có ý nghĩa thống kê",
    );
    // Cases clarified with camera help but no extraction recorded.
    expect(md).toContain("Đã trích xuất 0 lượt, làm rõ trên 150 vụ việc (151)");
    expect(md).not.toContain("lượt trích xuất có kết quả");
  });

  it("keeps records outside the code lists apart instead of failing", () => {
    const raw = rawDataset();
    const sites = [
      ...(raw["sites"] as object[]),
      {
        id: "s-x",
        modelId: "mh-missing",
        unitCode: "16000",
        kind: "commune",
        launchedOn: "2024-01-01",
        status: "active",
      },
    ];
    const cameras = [
      ...(raw["cameras"] as Record<string, unknown>[]),
      { ...(raw["cameras"] as Record<string, unknown>[])[0], id: "c-x", ownerKind: undefined },
    ];
    const data = { ...DatasetSchema.parse(raw), sites, cameras } as unknown as Dataset;
    const r = buildUnitReport(data, { unit: "412", period: "2024" });
    expect(r.figures.models.sites.byModelKind["unknown-model"]?.activeAtEnd).toBe(1);
    expect(r.names.models["mh-missing"]).toEqual({
      name: "mh-missing",
      kind: "unknown-model",
      unitCode: "",
      ownedHere: false,
    });
    expect(r.figures.cameras.byOwnerGroup["unassigned"]).toEqual({ points: 1, lenses: 2 });
    const md = renderReport(r, { format: "markdown" });
    expect(md).toContain("| Chưa phân loại | 1 | 2 |");
    expect(renderReport(r, { locale: "en" })).not.toMatch(/undefined/);
  });

  it("names the police of a district of wards and several exemplars in English", () => {
    const units = [
      { code: "01", name: "Thành phố Hà Nội", level: "province", type: "centrally-run-city" },
      {
        code: "001",
        name: "Quận Ba Đình",
        level: "district",
        type: "urban-district",
        parentCode: "01",
      },
      { code: "00001", name: "Phường Phúc Xá", level: "commune", type: "ward", parentCode: "001" },
      {
        code: "00004",
        name: "Phường Trúc Bạch",
        level: "commune",
        type: "ward",
        parentCode: "001",
      },
    ];
    const model = (id: string) => ({
      id,
      name: `Mô hình ${id}`,
      kind: "camera-security",
      unitCode: "00001",
      launchedOn: "2023-01-01",
      status: "active",
      exemplar: true,
    });
    const data = DatasetSchema.parse({
      schemaVersion: "1.0",
      units,
      models: [model("m1"), model("m2")],
      cameras: [
        {
          id: "c",
          unitCode: "00004",
          ownerKind: "agency",
          installedOn: "2023-01-01",
          connectedToDutyRoom: true,
          sharingTier: "live-view",
          coverage: ["public-place"],
          status: "active",
        },
      ],
    });
    const r = buildUnitReport(data, { unit: "001", period: "2024" });
    expect(renderReport(r)).toContain("1 mắt kết nối về phòng trực ban Công an phường");
    expect(renderReport(r)).toContain("Toàn quận có 2 mô hình đang hoạt động");
    expect(renderReport(r, { locale: "en" })).toContain("2 models are advanced exemplars");
  });
});

describe("renderReport: what the summaries compute reaches the text", () => {
  const vi = renderReport(report);
  const en = renderReport(report, { locale: "en" });

  it("says how many ambushes cameras directed, as for patrols", () => {
    expect(vi).toContain("mật phục 1 lượt (1 lượt theo chỉ dẫn của camera)");
    expect(en).toContain("1 ambush (1 directed by cameras)");
  });

  it("gives drills by topic", () => {
    expect(vi).toContain("diễn tập 1 cuộc (phòng cháy, chữa cháy, cứu nạn)");
    expect(en).toContain("1 drill (fire and rescue)");
    const drills = rawDataset();
    const activities = drills["activities"] as Record<string, unknown>[];
    activities.push(
      {
        ...(activities.find((a) => a["kind"] === "drill") as object),
        id: "a-d2",
        topic: "disaster",
      },
      { ...(activities.find((a) => a["kind"] === "drill") as object), id: "a-d3", topic: "fire" },
    );
    const text = renderReport(
      buildUnitReport(DatasetSchema.parse(drills), { unit: "412", period: "2024" }),
    );
    expect(text).toContain(
      "diễn tập 3 cuộc (2 về phòng cháy, chữa cháy, cứu nạn; 1 về phòng, chống thiên tai)",
    );
  });

  it("gives the members trained and their share, only when teams list their members", () => {
    expect(report.figures.teams.trained).toEqual({ numerator: 2, denominator: 4, ratio: 0.5 });
    expect(vi).toContain("Có 2/4 thành viên được tập huấn (50,0%).");
    expect(en).toContain("2 of 4 members trained (50.0%).");
    const unlisted = rawDataset();
    for (const team of unlisted["teams"] as Record<string, unknown>[]) delete team["members"];
    const text = renderReport(
      buildUnitReport(DatasetSchema.parse(unlisted), { unit: "412", period: "2024" }),
    );
    expect(text).not.toContain("được tập huấn (");
  });

  it("gives contributions by purpose and spending by purpose, largest first", () => {
    const contributions = report.figures.funding.contributions.byTarget;
    const known = Object.entries(contributions).filter(
      ([k, money]) => k !== "unassigned" && money.amountVnd > 0,
    );
    if (known.length > 0) expect(vi).toMatch(/^- Đóng góp theo mục đích: .+\.$/m);
    const purposes = Object.entries(report.figures.funding.expenses.byPurpose).filter(
      ([k, money]) => k !== "unassigned" && money.amountVnd > 0,
    );
    expect(purposes.length).toBeGreaterThan(0);
    expect(vi).toMatch(/^- Chi theo nội dung: .+\.$/m);
    expect(en).toMatch(/^- Spending by purpose: .+\.$/m);
  });
});

describe("renderReport: categories, their legal classes and their groups", () => {
  // Two more thefts of 2024 in the district: one fined as an administrative violation and
  // clarified with camera help, one a criminal offence; and a gambling case.
  const raw = rawDataset();
  const incidents = raw["incidents"] as Record<string, unknown>[];
  const theft = incidents.find((i) => i["id"] === "i-1") as Record<string, unknown>;
  incidents.push(
    { ...theft, id: "i-8", legalClass: "administrative" },
    { ...theft, id: "i-9", clarified: undefined, status: "investigating" },
    { ...theft, id: "i-10", category: "gambling", clarified: undefined, status: "closed" },
  );
  const r = buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
  const vi = renderReport(r);
  const en = renderReport(r, { locale: "en" });

  it("splits a category by legal class in the JSON, and where both occur in the text", () => {
    expect(r.figures.incidents.byCategoryAndLegalClass["theft"]).toEqual({
      administrative: 1,
      criminal: 2,
    });
    expect(vi).toContain("3 vụ trộm cắp tài sản (2 vụ phạm pháp hình sự, 1 vụ vi phạm hành chính)");
    expect(en).toContain("theft: 3 (criminal offence: 2, administrative violation: 1)");
    // A category of one class is not split.
    expect(vi).toMatch(/1 vụ tai nạn, va chạm giao thông[;.]/);
  });

  it("splits the cases clarified with camera help the same way", () => {
    expect(r.figures.extractions.casesClarifiedWithCameraByCategoryAndLegalClass["theft"]).toEqual({
      administrative: 1,
      criminal: 1,
    });
    expect(vi).toMatch(
      /làm rõ[^.]*2 vụ trộm cắp tài sản \(1 vụ phạm pháp hình sự, 1 vụ vi phạm hành chính\)/,
    );
  });

  it("counts the social evils as one group", () => {
    expect(r.figures.incidents.byCategoryGroup).toEqual({ "social-evils": 1 });
    expect(vi).toContain("Tệ nạn xã hội (ma túy, đánh bạc, mại dâm): 1 vụ.");
    expect(en).toContain("Social evils (drugs, gambling, prostitution): 1 case.");
    expect(renderReport(report)).not.toContain("Tệ nạn xã hội");
  });

  it("measures criminal offences as police statistics do: cleared, the rate, with camera help", () => {
    const { criminal } = r.figures.incidents;
    // i-1 (theft, cleared with camera), i-3 (assault), i-9 (theft, under investigation),
    // i-10 (gambling, closed without being cleared).
    expect(criminal).toEqual({
      cases: 4,
      cleared: 1,
      clearanceRate: { numerator: 1, denominator: 4, ratio: 0.25 },
      clearedWithCamera: 1,
      suspectsClearedWithCamera: r.figures.incidents.criminal.suspectsClearedWithCamera,
    });
    expect(criminal.cases).toBe(r.figures.incidents.byLegalClass["criminal"]);
    expect(vi).toMatch(
      /Phạm pháp hình sự: điều tra, làm rõ 1\/4 vụ, đạt 25,0%; trong đó 1 vụ nhờ camera, với \d+ đối tượng\./,
    );
  });

  it("counts suspects by category, apart from cases, adding up to all suspects", () => {
    const { suspectsByCategory, suspects } = r.figures.incidents;
    expect(Object.values(suspectsByCategory).reduce((a, b) => a + b, 0)).toBe(suspects);
    expect(suspectsByCategory["theft"]).toBeGreaterThan(0);
    expect(vi).toMatch(/^- Đối tượng theo loại vụ việc: \d+ đối tượng trộm cắp tài sản.*\.$/m);
    expect(en).toMatch(/^- Suspects by category: theft: \d+ suspects?.*\.$/m);
  });

  it("adds every incident of the period once to its category, and the classes up to it", () => {
    const { byCategory, byCategoryAndLegalClass, total } = r.figures.incidents;
    expect(Object.values(byCategory).reduce((a, b) => a + b, 0)).toBe(total);
    for (const [category, classes] of Object.entries(byCategoryAndLegalClass)) {
      expect(
        Object.values(classes).reduce((a, b) => a + b, 0),
        category,
      ).toBe(byCategory[category]);
    }
  });
});

describe("renderReport: searches that found a person or property", () => {
  it("says how many extractions helped find a missing person or lost property", () => {
    const raw = rawDataset();
    const extractions = raw["extractions"] as Record<string, unknown>[];
    const first = extractions[0] as Record<string, unknown>;
    const { incidentId: _served, ...search } = first;
    extractions.push({ ...search, id: "x-9", purpose: "lost-property", outcome: "helped-search" });
    const r = buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
    expect(r.figures.extractions.byOutcome["helped-search"]).toBe(1);
    expect(renderReport(r)).toContain(
      "1 lượt trích xuất góp phần tìm được người, tài sản thất lạc.",
    );
    expect(renderReport(r, { locale: "en" })).toContain(
      "1 extraction helped find a missing person or lost property.",
    );
  });
});

describe("renderReport: the organisations models are built with", () => {
  it("counts the active models under each partner and names the partners", () => {
    const raw = rawDataset();
    const models = raw["models"] as Record<string, unknown>[];
    (models[0] as Record<string, unknown>)["partners"] = ["veterans-association", "youth-union"];
    (models[1] as Record<string, unknown>)["partners"] = ["veterans-association"];
    const r = buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
    expect(r.figures.models.byPartner).toEqual({ "veterans-association": 2, "youth-union": 1 });
    expect(renderReport(r)).toContain(
      "Phối hợp xây dựng mô hình: Hội Cựu chiến binh (2 mô hình); Đoàn Thanh niên (1 mô hình).",
    );
    expect(renderReport(r, { locale: "en" })).toContain(
      "Models built with: Veterans' association (2 models); Youth union (1 model).",
    );
    expect(renderReport(report)).not.toContain("Phối hợp xây dựng mô hình");
  });

  it("refuses a partner listed twice, naming it", () => {
    const raw = rawDataset();
    const models = raw["models"] as Record<string, unknown>[];
    (models[0] as Record<string, unknown>)["partners"] = ["youth-union", "youth-union"];
    const result = DatasetSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "models.0.partners.1",
    ]);
  });
});

describe("renderReport: security teams and the villages they serve", () => {
  it("counts each village served once, a team's own and the others it serves", () => {
    const raw = rawDataset();
    const teams = raw["teams"] as Record<string, unknown>[];
    const security = {
      kind: "security-team",
      memberCounts: { leader: 1, deputy: 1, member: 2 },
      foundedOn: "2024-07-01",
    };
    teams.push(
      {
        ...security,
        id: "bv-1",
        name: "Tổ bảo vệ ANTT thôn 1",
        unitCode: "16000.thon-1",
        servesUnitCodes: ["16000.thon-2"],
      },
      { ...security, id: "bv-2", name: "Tổ bảo vệ ANTT thôn 2", unitCode: "16000.thon-2" },
      {
        ...security,
        id: "bv-3",
        name: "Tổ bảo vệ ANTT khối 5",
        unitCode: "16003",
        village: "Khối 5",
      },
    );
    const r = buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
    expect(r.figures.teams.villagesWithSecurityTeam).toBe(3);
    expect(renderReport(r)).toContain("Tổ bảo vệ ANTT ở cơ sở phụ trách 3 thôn, tổ dân phố.");
  });

  it("refuses a served village outside the team's commune, or its own, naming the entry", () => {
    const team = {
      id: "bv-1",
      kind: "security-team",
      name: "Tổ bảo vệ ANTT thôn 1",
      unitCode: "16000.thon-1",
      memberCounts: { leader: 1, deputy: 1, member: 2 },
      foundedOn: "2024-07-01",
      servesUnitCodes: ["16003.khoi-1", "16000.thon-1", "16000"],
    };
    const raw = { ...rawDataset(), teams: [team] };
    const result = DatasetSchema.safeParse(raw);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "teams.0.servesUnitCodes.0",
      "teams.0.servesUnitCodes.1",
      "teams.0.servesUnitCodes.2",
    ]);
  });
});

describe("renderReport: fire-safety groups that also keep security and order", () => {
  it("counts them among the fire-safety groups and says how many are combined", () => {
    const raw = rawDataset();
    const teams = raw["teams"] as Record<string, unknown>[];
    teams.push({
      id: "lg-an-ninh",
      kind: "fire-security-group",
      name: "Tổ liên gia an toàn PCCC và ANTT xóm 4",
      unitCode: "16003",
      householdCount: 6,
      foundedOn: "2024-04-01",
    });
    const r = buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
    expect(r.figures.teams.fireSafetyGroups).toEqual({
      activeAtEnd: 3,
      foundedInPeriod: 2,
      households: 19,
      combinedAtEnd: 1,
    });
    expect(renderReport(r)).toContain(
      "3 Tổ liên gia an toàn PCCC (2 thành lập trong kỳ; 1 tổ kết hợp bảo đảm ANTT) liên kết 19 hộ.",
    );
    const tooMany = { ...(teams.at(-1) as object), id: "lg-2", householdCount: 16 };
    expect(DatasetSchema.safeParse({ ...raw, teams: [tooMany] }).error?.issues[0]?.path).toEqual([
      "teams",
      0,
      "householdCount",
    ]);
  });
});

describe("renderReport: the cameras that belong to a model", () => {
  const raw = rawDataset();
  const cameras = raw["cameras"] as Record<string, unknown>[];
  cameras.push(
    camera("c-m1", "16000", "2023-05-01", { lenses: 4, modelId: "mh-cam", modelSiteId: "s-cam-1" }),
    camera("c-m2", "16003", "2024-02-01", { lenses: 2, modelId: "mh-cam" }),
    camera("c-m3", "16003", "2024-02-01", {
      modelId: "mh-cam",
      status: "removed",
      removedOn: "2024-06-30",
    }),
  );

  it("counts the model's own points and lenses in place at the end, not every camera", () => {
    const r = buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
    expect(r.figures.models.camerasByModel).toEqual({ "mh-cam": { points: 2, lenses: 6 } });
    expect(renderReport(r)).toContain(
      "Camera thuộc mô hình: “Camera an ninh huyện Mẫu Sơn” 6 mắt camera (2 điểm).",
    );
    expect(r.figures.cameras.lensesAtEnd).toBeGreaterThan(6);
  });

  it("refuses a site of another model, and a site without its model, naming the field", () => {
    const wrong = structuredClone(raw);
    const list = wrong["cameras"] as Record<string, unknown>[];
    (list.at(-3) as Record<string, unknown>)["modelSiteId"] = "s-5in1";
    const result = validateDataset(wrong);
    const issue = result.issues.find((i) => i.code === "camera-site-of-other-model");
    expect(issue?.path).toEqual(["cameras", list.length - 3, "modelSiteId"]);
    expect(issue?.message.vi).toMatch(/không phải mô hình mh-cam/);
    const { modelId: _model, ...siteOnly } = list.at(-3) as Record<string, unknown>;
    expect(
      CameraPointSchema.safeParse(siteOnly).error?.issues.map((i) => i.path.join(".")),
    ).toEqual(["modelId"]);
  });
});
