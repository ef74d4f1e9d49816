import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateSamples } from "../../scripts/generate-samples.js";
import { vietnamDateOf } from "../../src/core/index.js";
import { type Dataset, validateDataset } from "../../src/dataset/index.js";
import { defaultLegalClassOf } from "../../src/incidents/index.js";
import { modelKindKey } from "../../src/models/index.js";
import { vietnamAdminData } from "../../src/vn-admin/index.js";
import { THO_XUAN_2024_CLARIFIED_WITH_CAMERA } from "../support/records.js";

const FILES = [
  "examples/data/tho-xuan-2024.json",
  "examples/data/tam-ky-2022.json",
  "examples/data/hoi-an-2023.json",
  "examples/data/phu-tho-2025.json",
] as const;

const root = new URL("../../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), "utf8");

function load(file: string): Dataset {
  const result = validateDataset(JSON.parse(read(file)));
  if (!result.success) throw new Error(`${file} does not validate`);
  return result.data;
}

const tally = <T>(items: readonly T[], key: (item: T) => string) => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};
const sum = <T>(items: readonly T[], value: (item: T) => number) =>
  items.reduce((acc, item) => acc + value(item), 0);
const inYear = (instant: string, year: number) => vietnamDateOf(instant).startsWith(`${year}-`);
const between = (date: string | undefined, start: string, end: string) =>
  date !== undefined && date >= start && date <= end;

describe("the sample datasets", () => {
  it.each(FILES)("%s passes validateDataset with no errors and no warnings", (file) => {
    const result = validateDataset(JSON.parse(read(file)));
    const errors = result.issues.filter((issue) => issue.severity === "error");
    const warnings = result.issues.filter((issue) => issue.severity === "warning");
    for (const warning of warnings) {
      console.warn(file, warning.path.join("."), warning.message.en);
    }
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("are generated deterministically: two runs give the same bytes", () => {
    expect(generateSamples()).toEqual(generateSamples());
  });

  it("are committed exactly as the generator writes them", () => {
    const generated = generateSamples();
    expect(Object.keys(generated).sort()).toEqual([...FILES].sort());
    for (const file of FILES) expect(read(file), file).toBe(generated[file]);
  });

  it.each(FILES)("%s writes one record per line", (file) => {
    const lines = read(file).split("\n");
    const data = JSON.parse(read(file)) as Record<string, unknown>;
    const records = sum(Object.values(data), (value) => (Array.isArray(value) ? value.length : 0));
    expect(lines.filter((line) => line.startsWith("  {")).length).toBe(records);
  });
});

describe("Thọ Xuân 2024 reproduces the published figures", () => {
  const data = load("examples/data/tho-xuan-2024.json");
  const communes = data.units.filter((u) => u.level === "commune");
  const lenses = (cameras: Dataset["cameras"]) => sum(cameras, (c) => c.lenses);
  const clarifiedWithCamera = (year: number) =>
    data.incidents.filter(
      (i) =>
        inYear(i.occurredAt, year) &&
        i.clarified?.on.startsWith(`${year}-`) &&
        i.clarified.by.includes("camera"),
    );

  it("holds the province, the district and its 30 communes with pre-2025 codes", () => {
    expect(data.units.find((u) => u.code === "38")?.level).toBe("province");
    expect(data.units.find((u) => u.code === "395")).toMatchObject({
      level: "district",
      parentCode: "38",
      validTo: "2025-06-30",
    });
    expect(communes).toHaveLength(30);
    expect(communes.every((u) => u.parentCode === "395" && u.validTo === "2025-06-30")).toBe(true);
  });

  it("runs Camera với ANTT in 30 of 30 communes: one model, one site per commune", () => {
    expect(data.models).toHaveLength(1);
    expect(data.models[0]).toMatchObject({ kind: "camera-security", unitCode: "395" });
    expect(data.sites).toHaveLength(30);
    expect(new Set(data.sites.map((s) => s.unitCode))).toEqual(
      new Set(communes.map((u) => u.code)),
    );
    expect(data.sites.every((s) => between(s.launchedOn, "2020-01-01", "2022-12-31"))).toBe(true);
    expect(data.sites.filter((s) => s.replicatedFromSiteId !== undefined)).toHaveLength(26);
  });

  it("counts 5,236 lenses facing roads and public places, 784 connected to duty rooms", () => {
    expect(
      data.cameras.every((c) => c.coverage.includes("road") || c.coverage.includes("public-place")),
    ).toBe(true);
    expect(data.cameras.every((c) => c.status === "active")).toBe(true);
    expect(lenses(data.cameras)).toBe(5236);
    expect(lenses(data.cameras.filter((c) => c.connectedToDutyRoom))).toBe(784);
  });

  it("splits the lenses by owner: 912 agencies, businesses and schools, 3,586 households", () => {
    const by = (owner: string) => lenses(data.cameras.filter((c) => c.ownerKind === owner));
    expect({
      agency: by("agency"),
      business: by("business"),
      school: by("school"),
      household: by("household"),
      public: by("public"),
      police: by("police"),
    }).toEqual({
      agency: 304,
      business: 398,
      school: 210,
      household: 3586,
      public: 678,
      police: 60,
    });
    expect(by("agency") + by("business") + by("school")).toBe(912);
  });

  it("has 25 one-lens cameras on Xuân Sinh's main roads, installed in 2020", () => {
    const xuanSinh = data.cameras.filter((c) => c.unitCode === "15532");
    expect(xuanSinh).toHaveLength(25);
    expect(
      xuanSinh.every(
        (c) => c.lenses === 1 && c.installedOn?.startsWith("2020-") && c.coverage.includes("road"),
      ),
    ).toBe(true);
  });

  it("counts 987 footage extractions in 2024", () => {
    expect(data.extractions.filter((e) => inYear(e.requestedAt, 2024))).toHaveLength(987);
  });

  it("counts 312 cases clarified with camera help in 2024, by category", () => {
    const clarified = clarifiedWithCamera(2024);
    expect(clarified).toHaveLength(312);
    const byCategory = tally(clarified, (i) => i.category);
    expect(byCategory).toMatchObject(THO_XUAN_2024_CLARIFIED_WITH_CAMERA);
    const named = 104 + 63 + 50 + 31 + 5 + 2;
    expect(312 - named).toBe(57);
    expect(byCategory).toEqual({
      ...THO_XUAN_2024_CLARIFIED_WITH_CAMERA,
      "modified-vehicle": 18,
      "urban-order": 14,
      dispute: 11,
      fraud: 8,
      fire: 6,
    });
  });

  it("links every camera-clarified case to an extraction that helped clarify it, and only those", () => {
    const clarified = new Set(clarifiedWithCamera(2024).map((i) => i.id));
    const helped = data.extractions.filter(
      (e) => inYear(e.requestedAt, 2024) && e.outcome === "helped-clarify" && e.incidentId,
    );
    expect(new Set(helped.map((e) => e.incidentId))).toEqual(clarified);
  });

  it("clarified Xuân Sinh's theft of 7 March and public disorder of 28 February through its cameras", () => {
    const xuanSinhCameras = new Set(
      data.cameras.filter((c) => c.unitCode === "15532").map((c) => c.id),
    );
    for (const [category, day, suspects] of [
      ["theft", "2024-03-07", 2],
      ["public-disorder", "2024-02-28", 8],
    ] as const) {
      const found = data.incidents.filter(
        (i) =>
          i.unitCode === "15532" && i.category === category && vietnamDateOf(i.occurredAt) === day,
      );
      expect(found).toHaveLength(1);
      const incident = found[0];
      expect(incident?.suspects).toBe(suspects);
      expect(incident?.clarified?.by).toContain("camera");
      expect(incident?.cameraIds?.every((id) => xuanSinhCameras.has(id))).toBe(true);
      const extractions = data.extractions.filter((e) => e.incidentId === incident?.id);
      expect(extractions.length).toBeGreaterThan(0);
      for (const e of extractions) {
        expect(e.outcome).toBe("helped-clarify");
        expect(e.cameraIds.every((id) => xuanSinhCameras.has(id))).toBe(true);
      }
    }
  });

  it("has 10 fewer criminal cases in 2024 than in 2023", () => {
    expect(data.incidents.every((i) => i.legalClass === undefined)).toBe(true);
    const criminal = (year: number) =>
      data.incidents.filter(
        (i) => inYear(i.occurredAt, year) && defaultLegalClassOf(i.category) === "criminal",
      ).length;
    expect(criminal(2023) - criminal(2024)).toBe(10);
    expect(criminal(2024)).toBe(242);
  });

  it("places every point inside the district and keeps money in whole đồng", () => {
    const points = [...data.cameras, ...data.incidents].flatMap((r) =>
      r.location ? [r.location] : [],
    );
    expect(points.length).toBe(data.cameras.length + data.incidents.length);
    for (const p of points) {
      expect(p.lat).toBeGreaterThan(19.84);
      expect(p.lat).toBeLessThan(20.01);
      expect(p.lng).toBeGreaterThan(105.37);
      expect(p.lng).toBeLessThan(105.58);
    }
    const amounts = [
      ...data.contributions.map((c) => c.amount),
      ...data.cameras.flatMap((c) => (c.funding ?? []).map((f) => f.amount)),
    ];
    expect(amounts.every((a) => Number.isInteger(a) && a > 0)).toBe(true);
  });

  it("matches every camera's funding with the contributions that list it", () => {
    for (const source of ["households", "budget"] as const) {
      const funded = sum(data.cameras, (c) =>
        sum(
          (c.funding ?? []).filter((f) => f.source === source),
          (f) => f.amount,
        ),
      );
      const given = sum(
        data.contributions.filter(
          (c) => c.contributorKind === (source === "budget" ? "budget" : "household"),
        ),
        (c) => c.amount,
      );
      expect(given, source).toBe(funded);
    }
  });
});

describe("Tam Kỳ H1 2022 reproduces the published figures", () => {
  const data = load("examples/data/tam-ky-2022.json");
  const h1 = (date: string | undefined) => between(date, "2022-01-01", "2022-06-30");

  it("has 87 model dossiers in 3 types and 22 groups", () => {
    expect(data.models).toHaveLength(87);
    expect(new Set(data.models.map((m) => m.dossierRef)).size).toBe(87);
    expect(data.models.every((m) => m.dossierRef && m.type && m.group)).toBe(true);
    expect(new Set(data.models.map((m) => m.type)).size).toBe(3);
    expect(new Set(data.models.map((m) => m.group)).size).toBe(22);
    expect(data.models.every((m) => m.status === "active")).toBe(true);
  });

  it("built or replicated 7 models in H1 2022: 4 launched and 3 sites replicated", () => {
    const launched = data.models.filter((m) => h1(m.launchedOn));
    const replicated = data.sites.filter(
      (s) => s.replicatedFromSiteId !== undefined && h1(s.launchedOn),
    );
    expect(launched).toHaveLength(4);
    expect(replicated).toHaveLength(3);
    expect(data.models.every((m) => String(m.launchedOn) <= "2022-06-30")).toBe(true);
  });

  it("launched Camera an ninh in Trường Xuân in April 2022 with 48 cameras paid by residents", () => {
    const model = data.models.filter((m) => m.unitCode === "20353" && m.kind === "camera-security");
    expect(model).toHaveLength(1);
    expect(model[0]?.launchedOn?.slice(0, 7)).toBe("2022-04");
    const cameras = data.cameras.filter((c) => c.unitCode === "20353");
    expect(cameras).toHaveLength(48);
    expect(sum(cameras, (c) => c.lenses)).toBe(48);
    expect(
      cameras.every(
        (c) => (c.funding?.length ?? 0) > 0 && c.funding?.every((f) => f.source === "households"),
      ),
    ).toBe(true);
    const ids = new Set(cameras.map((c) => c.id));
    const paid = data.contributions.filter(
      (c) => c.funds.kind === "cameras" && c.funds.cameraIds?.every((id) => ids.has(id)),
    );
    expect(paid.every((c) => c.contributorKind === "household")).toBe(true);
    expect(sum(paid, (c) => c.amount)).toBe(
      sum(cameras, (c) => sum(c.funding ?? [], (f) => f.amount)),
    );
  });

  it("launched Tổ tự quản 5 trong 1 in Kim Đới (March 2021) and replicated it to 5 villages", () => {
    const model = data.models.filter((m) => m.unitCode === "20362" && m.kind === "five-in-one");
    expect(model).toHaveLength(1);
    expect(model[0]?.launchedOn?.slice(0, 7)).toBe("2021-03");
    const sites = data.sites.filter((s) => s.modelId === model[0]?.id);
    expect(sites).toHaveLength(6);
    const origin = sites.filter((s) => s.replicatedFromSiteId === undefined);
    expect(origin.map((s) => s.unitCode)).toEqual(["20362.kim-doi"]);
    expect(sites.filter((s) => s.replicatedFromSiteId === origin[0]?.id)).toHaveLength(5);
  });

  it("grades the models and proposes ending the weak ones", () => {
    const interim = data.reviews.filter((r) => r.reviewedOn === "2022-06-28");
    expect(interim).toHaveLength(87);
    expect(tally(interim, (r) => r.grade)).toEqual({
      good: 28,
      fair: 27,
      average: 20,
      weak: 8,
      "not-graded": 4,
    });
    expect(interim.filter((r) => r.recommendation === "end")).toHaveLength(5);
    expect(data.models.every((m) => m.grade?.grade !== undefined)).toBe(true);
  });
});

describe("Hội An 2023 reproduces the published figures", () => {
  const data = load("examples/data/hoi-an-2023.json");
  const activeAtEnd = data.models.filter(
    (m) =>
      String(m.launchedOn) <= "2023-12-31" &&
      (m.status !== "ended" || String(m.endedOn) > "2023-12-31"),
  );

  it("has 44 models at the end of 2023, 4 of them launched in 2023", () => {
    expect(activeAtEnd).toHaveLength(44);
    const launched = activeAtEnd.filter((m) => m.launchedOn?.startsWith("2023-"));
    expect(launched.map((m) => [m.name, m.unitCode])).toEqual([
      ["Tổ tuần tra nhân dân và tự quản về ANTT", "20407"],
      ["Cảnh sát khu vực vì nhân dân phục vụ", "20410"],
      ["Tín hữu Hội thánh Tin lành nói không với ma túy", "20404"],
      ["Camera an ninh", "20434"],
    ]);
    expect(launched[2]?.kind).toBe("custom");
    expect(data.models.filter((m) => m.status === "ended")).toHaveLength(2);
  });

  it("has 16 fire-safety household groups, 15 founded in 2023, of 5 to 15 households", () => {
    const groups = data.teams.filter((t) => t.kind === "fire-safety-group");
    expect(groups).toHaveLength(16);
    expect(groups.filter((t) => t.foundedOn.startsWith("2023-"))).toHaveLength(15);
    expect(groups.every((t) => (t.householdCount ?? 0) >= 5 && (t.householdCount ?? 0) <= 15)).toBe(
      true,
    );
  });

  it("has 13 public firefighting points, 12 launched in 2023", () => {
    const model = data.models.filter((m) => m.kind === "public-fire-point");
    expect(model).toHaveLength(1);
    const points = data.sites.filter((s) => s.modelId === model[0]?.id);
    expect(points).toHaveLength(13);
    expect(points.filter((s) => s.launchedOn?.startsWith("2023-"))).toHaveLength(12);
  });

  it("counts 41 boarding-house households in Cẩm Châu and 50 law-abiding farmers", () => {
    const boarding = data.models.filter((m) => m.kind === "safe-boarding-houses");
    expect(boarding).toHaveLength(1);
    expect(boarding[0]).toMatchObject({
      name: "Nhóm trọ an toàn về ANTT",
      unitCode: "20413",
      participants: { households: 41 },
    });
    const farmers = data.models.filter((m) => m.kind === "law-abiding-farmers");
    expect(farmers).toHaveLength(1);
    expect(farmers[0]?.participants).toEqual({ people: 50 });
  });

  it("counts the city's forces as records: 17 commune police officers, 158 ward protection members", () => {
    expect(data.ext).toBeUndefined();
    expect(data.forces?.map((f) => [f.kind, f.members, f.countedOn])).toEqual([
      ["commune-police", 17, "2023-12-31"],
      ["ward-protection", 158, "2023-12-31"],
    ]);
  });
});

describe("Phú Thọ 2025 reproduces the published figures", () => {
  const data = load("examples/data/phu-tho-2025.json");
  const communes = data.units.filter((u) => u.level === "commune");
  const activeAtEnd = data.models.filter(
    (m) =>
      String(m.launchedOn) <= "2025-12-31" &&
      (m.status !== "ended" || String(m.endedOn) > "2025-12-31"),
  );
  const camera = data.models.filter((m) => m.kind === "camera-security");
  const cameraSites = data.sites.filter((s) => s.modelId === camera[0]?.id);

  it("holds today's province and its 148 wards and communes, as the package's unit table has them", () => {
    const table = vietnamAdminData().units.filter((u) => u.validFrom === "2025-07-01");
    expect(data.units.find((u) => u.code === "25")).toEqual({
      code: "25",
      name: "Tỉnh Phú Thọ",
      level: "province",
      type: "province",
      validFrom: "2025-07-01",
    });
    expect(data.units.some((u) => u.level === "district")).toBe(false);
    expect(communes).toHaveLength(148);
    for (const unit of data.units) {
      const row = table.find((u) => u.code === unit.code);
      expect(row, unit.code).toMatchObject({
        name: unit.name,
        level: unit.level,
        type: unit.type,
        validFrom: "2025-07-01",
      });
      expect(row?.parentCode).toBe(unit.parentCode);
    }
  });

  it("writes today's codes as of 2025-07-01 on every record dated before that day", () => {
    const dated = [
      ...data.models.map((m) => [m.launchedOn, m.unitCodeAsOf] as const),
      ...data.sites.map((s) => [s.launchedOn, s.unitCodeAsOf] as const),
      ...data.teams.map((t) => [t.foundedOn, t.unitCodeAsOf] as const),
    ];
    for (const [date, asOf] of dated) {
      expect(asOf).toBe(String(date) < "2025-07-01" ? "2025-07-01" : undefined);
    }
  });

  it("has models of 38 kinds active at the end of 2025", () => {
    expect(new Set(activeAtEnd.map(modelKindKey)).size).toBe(38);
    // The 2 ended models: a kind others still run, and a 39th kind (ended in 2024).
    const ended = data.models.filter((m) => m.status === "ended");
    expect(ended.map((m) => [modelKindKey(m), m.endedOn])).toEqual([
      ["security-loudspeaker", "2025-09-30"],
      ["custom:Bến đò an toàn về ANTT", "2024-10-15"],
    ]);
    expect(new Set(data.models.map(modelKindKey)).size).toBe(39);
  });

  it("runs Camera an ninh since 2020 at 331 sites across the province", () => {
    expect(camera).toHaveLength(1);
    expect(camera[0]).toMatchObject({ name: "Camera an ninh", unitCode: "25", status: "active" });
    expect(camera[0]?.launchedOn?.startsWith("2020-")).toBe(true);
    expect(cameraSites).toHaveLength(331);
    expect(cameraSites.every((s) => s.status === "active")).toBe(true);
    expect(cameraSites.every((s) => between(s.launchedOn, "2020-01-01", "2025-12-31"))).toBe(true);
    expect(cameraSites.filter((s) => s.replicatedFromSiteId === undefined)).toHaveLength(1);
    expect(new Set(cameraSites.map((s) => s.unitCode)).size).toBe(121);
  });

  it("links 5 to 7 households in each Tổ liên gia an toàn PCCC và ANTT", () => {
    const groups = data.teams.filter((t) => t.kind === "fire-security-group");
    expect(groups).toHaveLength(42);
    expect(data.teams).toHaveLength(42);
    expect(groups.every((t) => (t.householdCount ?? 0) >= 5 && (t.householdCount ?? 0) <= 7)).toBe(
      true,
    );
    const fireModels = data.models.filter((m) => m.kind === "fire-safety-households");
    const fireSites = new Set(
      data.sites.filter((s) => fireModels.some((m) => m.id === s.modelId)).map((s) => s.id),
    );
    expect(groups.every((t) => fireSites.has(String(t.modelSiteId)))).toBe(true);
  });
});
