// The lines and JSON figures of fires and traffic accidents: traffic accidents apart from
// collisions, casualties and damage, causes (issue 14, part 10).
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";
import { rawDataset, sample } from "./fixture.js";

const base = { unitCode: "16000", detectedBy: "report", status: "closed" };

/** The district of the fixture, with the given incidents added in 2024. */
function reportWith(incidents: Record<string, unknown>[]) {
  const raw = rawDataset() as { incidents: Record<string, unknown>[] };
  raw.incidents = [...raw.incidents, ...incidents.map((i) => ({ ...base, ...i }))];
  return buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
}

const linesOf = (text: string, start: string) =>
  text.split("\n").filter((line) => line.startsWith(`- ${start}`));

const crash = (id: string, month: string, extra: Record<string, unknown>) => ({
  id,
  category: "traffic-accident",
  occurredAt: `2024-${month}-02T08:00:00+07:00`,
  ...extra,
});

const fire = (id: string, month: string, extra: Record<string, unknown>) => ({
  id,
  category: "fire",
  occurredAt: `2024-${month}-02T08:00:00+07:00`,
  ...extra,
});

describe("fires and traffic accidents in the report", () => {
  const report = reportWith([
    crash("t-1", "04", {
      trafficSeverity: "accident",
      casualties: { deaths: 2, injuries: 3 },
      damageVnd: 150_000_000,
      cause: "traffic-violation",
    }),
    crash("t-2", "05", { trafficSeverity: "collision", casualties: { deaths: 0, injuries: 0 } }),
    fire("f-1", "06", {
      casualties: { deaths: 0, injuries: 0 },
      damageVnd: 80_000_000,
      cause: "electrical",
    }),
    fire("f-2", "07", { casualties: { deaths: 0, injuries: 0 }, cause: "unknown" }),
  ]);

  it("writes traffic accidents apart from collisions, with casualties and damage, in Vietnamese", () => {
    const text = renderReport(report);
    // The fixture has one traffic accident of its own, told apart from neither.
    expect(linesOf(text, "Xảy ra 3 vụ tai nạn")).toEqual([
      "- Xảy ra 3 vụ tai nạn, va chạm giao thông (1 vụ tai nạn giao thông, 1 vụ va chạm giao thông), làm chết 2 người, bị thương 3 người (số liệu của 2/3 vụ), thiệt hại tài sản khoảng 150 triệu đồng (số liệu của 1/3 vụ).",
    ]);
    expect(linesOf(text, "Xảy ra 2 vụ cháy")).toEqual([
      "- Xảy ra 2 vụ cháy, nổ, không gây thiệt hại về người, thiệt hại tài sản khoảng 80 triệu đồng (số liệu của 1/2 vụ).",
    ]);
    expect(linesOf(text, "Nguyên nhân")).toEqual([
      "- Nguyên nhân: 1 vụ do vi phạm quy định về trật tự, an toàn giao thông.",
      "- Nguyên nhân: 1 vụ do chập điện, sự cố về điện; 1 vụ chưa rõ nguyên nhân.",
    ]);
  });

  it("writes them in English", () => {
    const text = renderReport(report, { locale: "en" });
    expect(linesOf(text, "Traffic accident or collision: 3")).toEqual([
      "- Traffic accident or collision: 3 (traffic accident: 1, traffic collision: 1); 2 killed, 3 injured (given for 2 of 3), property damage about 150 million đồng (given for 1 of 3).",
    ]);
    expect(linesOf(text, "Fire or explosion: 2")).toEqual([
      "- Fire or explosion: 2; no one killed or injured, property damage about 80 million đồng (given for 1 of 2).",
    ]);
    expect(linesOf(text, "Causes")).toEqual([
      "- Causes: traffic violation: 1.",
      "- Causes: electrical fault: 1; cause not established: 1.",
    ]);
  });

  it("carries the figures in the report's JSON", () => {
    const i = JSON.parse(JSON.stringify(report)).figures.incidents;
    expect(i.trafficBySeverity).toEqual({ accident: 1, collision: 1, unassigned: 1 });
    expect(i.byAccidentCategoryAndCause).toEqual({
      fire: { electrical: 1, unknown: 1 },
      "traffic-accident": { "traffic-violation": 1, unassigned: 2 },
    });
    expect(i.harmByCategory.fire).toEqual({
      cases: 2,
      deaths: 0,
      injuries: 0,
      deathsStated: 2,
      injuriesStated: 2,
      casualtiesStated: 2,
      damageVnd: 80_000_000,
      damageStated: 1,
    });
    expect(i.harm).toMatchObject({ deaths: 2, injuries: 3, damageVnd: 230_000_000 });
  });

  it("compares casualties and damage with the previous period like any figure", () => {
    const changes = report.changes?.incidents;
    expect(changes?.harm.deaths.current).toBe(2);
    expect(changes?.harm.damageVnd.poisson).toBeNull();
  });
});

describe("what the report does not say", () => {
  it("never says no casualties from missing data", () => {
    const text = renderReport(
      reportWith([
        fire("f-1", "06", { casualties: { deaths: 0, injuries: 0 } }),
        fire("f-2", "07", { casualties: { deaths: 0 }, damageVnd: 5_000_000 }),
      ]),
    );
    expect(text).not.toContain("không gây thiệt hại về người");
    expect(linesOf(text, "Xảy ra 2 vụ cháy")).toEqual([
      "- Xảy ra 2 vụ cháy, nổ, thiệt hại tài sản khoảng 5 triệu đồng (số liệu của 1/2 vụ).",
    ]);
  });

  it("writes no line for fires and traffic accidents with nothing known beyond their count", () => {
    const text = renderReport(reportWith([fire("f-1", "06", {}), crash("t-1", "04", {})]));
    expect(linesOf(text, "Xảy ra 2 vụ tai nạn")).toEqual([]);
    expect(linesOf(text, "Xảy ra 1 vụ cháy")).toEqual([]);
    expect(linesOf(text, "Nguyên nhân")).toEqual([]);
  });

  it("writes only the split of traffic accidents that is known", () => {
    const text = renderReport(
      reportWith([crash("t-1", "04", { trafficSeverity: "collision" }), crash("t-2", "05", {})]),
    );
    expect(linesOf(text, "Xảy ra 3 vụ tai nạn")).toEqual([
      "- Xảy ra 3 vụ tai nạn, va chạm giao thông (1 vụ va chạm giao thông).",
    ]);
  });
});

describe("the samples", () => {
  it("state the casualties and damage of Thọ Xuân's fires, which their records give", () => {
    const report = buildUnitReport(sample("tho-xuan-2024"), { unit: "395", period: "2024" });
    expect(report.figures.incidents.harmByCategory["fire"]).toMatchObject({
      cases: 6,
      damageStated: 6,
      casualtiesStated: 6,
      deaths: 0,
      injuries: 0,
    });
    expect(linesOf(renderReport(report), "Xảy ra 6 vụ cháy")).toEqual([
      "- Xảy ra 6 vụ cháy, nổ, không gây thiệt hại về người, thiệt hại tài sản khoảng 247 triệu đồng.",
    ]);
  });
});

describe("casualties known of some incidents only", () => {
  it("says of how many incidents each figure is known, one note when they are the same", () => {
    const onlyDeaths = reportWith([
      crash("a", "03", { casualties: { deaths: 2 } }),
      crash("b", "03", {}),
      crash("c", "03", {}),
    ]);
    const line = (r: ReturnType<typeof reportWith>, locale: "vi" | "en") =>
      renderReport(r, { locale, rounding: "exact" })
        .split("\n")
        .find((l) => l.includes(locale === "vi" ? "làm chết" : "killed"));
    expect(line(onlyDeaths, "vi")).toMatch(/làm chết 2 người \(số liệu của 1\/\d+ vụ\)\.$/);
    const apart = reportWith([
      crash("a", "03", { casualties: { deaths: 2, injuries: 0 } }),
      crash("b", "03", { casualties: { injuries: 4 } }),
      crash("c", "03", {}),
    ]);
    expect(line(apart, "vi")).toMatch(
      /làm chết 2 người \(số liệu của 1\/\d+ vụ\), bị thương 4 người \(số liệu của 2\/\d+ vụ\)\.$/,
    );
    expect(line(apart, "en")).toMatch(
      /2 killed \(given for 1 of \d+\), 4 injured \(given for 2 of \d+\)/,
    );
    const together = reportWith([
      crash("a", "03", { casualties: { deaths: 1, injuries: 3 } }),
      crash("b", "03", {}),
    ]);
    expect(line(together, "vi")).toMatch(
      /làm chết 1 người, bị thương 3 người \(số liệu của 1\/\d+ vụ\)\.$/,
    );
  });
});
