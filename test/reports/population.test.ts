// The police statistics' own measures in a unit report: recorders and duty-room screens,
// camera points funded but not yet installed, and rates per 10,000 residents and per 1,000
// households, from the population of the unit or of the units below it.
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";
import { camera, rawDataset } from "./fixture.js";

/** The district dataset, with population counts and cameras changed by `edit`. */
function dataset(edit: (raw: Record<string, unknown>) => void = () => {}) {
  const raw = rawDataset();
  edit(raw);
  return DatasetSchema.parse(raw);
}

const withPopulation =
  (population: Record<string, unknown[]>) => (raw: Record<string, unknown>) => {
    raw["units"] = (raw["units"] as { code: string }[]).map((unit) =>
      population[unit.code] ? { ...unit, population: population[unit.code] } : unit,
    );
  };

const planned = (id: string, extra: Record<string, unknown> = {}) => {
  const { installedOn: _installed, ...rest } = camera(id, "16000", "2000-01-01");
  return { ...rest, status: "planned", plannedOn: "2024-02-01", ...extra };
};

describe("a unit report: camera equipment and cameras not yet installed", () => {
  const data = dataset((raw) => {
    const cameras = raw["cameras"] as Record<string, unknown>[];
    cameras[0] = { ...cameras[0], recorders: 12, dutyRoomScreens: 3 };
    cameras.push(
      planned("p-1", { funding: [{ source: "commune-budget", amount: 60_000_000 }], lenses: 2 }),
      planned("p-2", { funding: [{ source: "household", amount: 20_000_000 }] }),
      // planned after the period: not stated in 2024
      planned("p-3", { plannedOn: "2025-03-01" }),
    );
  });
  const report = buildUnitReport(data, { unit: "412", period: "2024" });

  it("counts planned points apart, never among the points or lenses in service", () => {
    const without = buildUnitReport(dataset(), { unit: "412", period: "2024" });
    const cam = report.figures.cameras;
    expect(cam.pointsAtEnd).toBe(without.figures.cameras.pointsAtEnd);
    expect(cam.lensesAtEnd).toBe(without.figures.cameras.lensesAtEnd);
    expect(cam.planned).toEqual({
      points: 2,
      lenses: 3,
      funded: { points: 2, lenses: 3 },
      costVnd: 80_000_000,
    });
    expect(cam.equipment).toEqual({ recorders: 12, dutyRoomScreens: 3 });
  });

  it("states the equipment and the funded points, in Vietnamese and English", () => {
    const vi = renderReport(report, { locale: "vi", format: "text", rounding: "exact" });
    expect(vi).toContain("Hệ thống gồm 12 đầu ghi, 3 màn hình giám sát tại phòng trực Công an xã");
    expect(vi).toContain("Ngoài ra, 2 điểm camera đã có kinh phí (80.000.000 đồng), chưa lắp đặt.");
    const en = renderReport(report, { locale: "en", format: "text", rounding: "exact" });
    expect(en).toContain("The systems comprise 12 recorders and 3 monitoring screens in the");
    expect(en).toMatch(
      /In addition, 2 points are funded \(80,000,000 (VND|đồng)\) but not yet installed\./,
    );
  });

  it("says which planned points are funded when only some are, and nothing when none is planned", () => {
    const some = buildUnitReport(
      dataset((raw) => {
        (raw["cameras"] as unknown[]).push(planned("p-1", { funding: [] }), planned("p-2"));
      }),
      { unit: "412", period: "2024" },
    );
    expect(renderReport(some, { locale: "vi", format: "text" })).toContain(
      "Ngoài ra, 2 điểm camera đã có kế hoạch, chưa lắp đặt.",
    );
    const none = renderReport(buildUnitReport(dataset(), { unit: "412", period: "2024" }));
    expect(none).not.toContain("chưa lắp đặt");
    expect(none).not.toContain("đầu ghi");
  });
});

describe("a unit report: rates per 10,000 residents and per 1,000 households", () => {
  it("says nothing of rates when no unit gives a population", () => {
    const report = buildUnitReport(dataset(), { unit: "412", period: "2024" });
    expect(report.figures.population).toEqual({
      residents: null,
      households: null,
      residentsFromChildren: { counted: 0, of: 0 },
      householdsFromChildren: { counted: 0, of: 0 },
    });
    expect(report.figures.incidents.perTenThousandResidents).toBeNull();
    expect(report.figures.cameras.lensesPerThousandHouseholds).toBeNull();
    expect(renderReport(report)).not.toContain("10.000 dân");
  });

  it("reads the unit's own count on the last day of the period, and compares the rates", () => {
    const data = dataset(
      withPopulation({
        "412": [
          { asOf: "2022-12-31", residents: 40_000, households: 9_000 },
          { asOf: "2024-06-30", residents: 20_000, households: 5_000 },
          { asOf: "2025-06-30", residents: 1, households: 1 },
        ],
      }),
    );
    const report = buildUnitReport(data, { unit: "412", period: "2024" });
    const incidents = report.figures.incidents;
    expect(report.figures.population.residents).toBe(20_000);
    expect(incidents.perTenThousandResidents).toEqual({
      numerator: incidents.total,
      denominator: 20_000,
      ratio: incidents.total / 20_000,
      perTenThousand: incidents.total / 2,
    });
    const lenses = report.figures.cameras.lensesAtEnd;
    expect(report.figures.cameras.lensesPerThousandHouseholds).toEqual({
      numerator: lenses,
      denominator: 5_000,
      ratio: lenses / 5_000,
      perThousand: lenses / 5,
    });
    // 2023 reads the count of 2022-12-31.
    const rate = report.changes?.incidents.perTenThousandResidents?.perTenThousand;
    expect(rate?.current).toBe(incidents.total / 2);
    expect(report.changes?.incidents.perTenThousandResidents?.denominator.previous).toBe(40_000);
    expect(rate?.poisson).toBeNull();

    const vi = renderReport(report, { locale: "vi", format: "text", rounding: "exact" });
    const previous = (report.changes?.incidents.total.previous ?? 0) / 4;
    const comma = (n: number) => n.toFixed(1).replace(".", ",");
    expect(vi).toContain(
      `Bình quân ${comma(incidents.total / 2)} vụ/10.000 dân (dân số 20.000 người; cùng kỳ năm 2023: ${comma(previous)} vụ/10.000 dân).`,
    );
    expect(vi).toContain(
      `Bình quân ${comma(lenses / 5)} mắt camera/1.000 hộ (5.000 hộ; cùng kỳ năm 2023:`,
    );
    const en = renderReport(report, { locale: "en", format: "text", rounding: "exact" });
    expect(en).toContain(
      `That is ${(incidents.total / 2).toFixed(1)} incidents per 10,000 residents (population 20,000 residents;`,
    );
    expect(en).toContain(
      `On average ${(lenses / 5).toFixed(1)} camera lenses per 1,000 households (5,000 households;`,
    );
  });

  it("sums the units below when the unit gives no count, and gives no rate over a partial sum", () => {
    const data = dataset(
      withPopulation({
        "16000": [{ asOf: "2024-12-31", residents: 12_450, households: 3_120 }],
        "16003": [{ asOf: "2024-12-31", households: 2_000 }],
      }),
    );
    const report = buildUnitReport(data, { unit: "412", period: "2024" });
    expect(report.figures.population).toEqual({
      residents: 12_450,
      households: 5_120,
      residentsFromChildren: { counted: 1, of: 2 },
      householdsFromChildren: { counted: 2, of: 2 },
    });
    // Residents of one commune of two: every incident over them would overstate the rate.
    expect(report.figures.incidents.perTenThousandResidents).toBeNull();
    const vi = renderReport(report, { locale: "vi", format: "text", rounding: "exact" });
    expect(vi).not.toContain("vụ/10.000 dân");
    expect(vi).toContain("mắt camera/1.000 hộ (5.120 hộ");
  });

  it("counts a unit below as given only when its own figure is whole, all the way down", () => {
    // A province of two districts, each with one commune of two counted: the districts'
    // sums are partial, so the province's is too, and no rate is given over it.
    const data = dataset(
      withPopulation({ "16000": [{ asOf: "2024-12-31", residents: 12_450, households: 3_120 }] }),
    );
    const report = buildUnitReport(data, { unit: "40", period: "2024" });
    expect(report.figures.population.residentsFromChildren.counted).toBe(0);
    expect(report.figures.incidents.perTenThousandResidents).toBeNull();
    expect(report.figures.cameras.lensesPerThousandHouseholds).toBeNull();
  });
});
