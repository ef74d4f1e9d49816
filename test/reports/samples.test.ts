// The published figures of the domain notes, reproduced by the report from the bundled
// sample datasets (see examples/data/README.md for how each is counted).
import { describe, expect, it } from "vitest";
import {
  buildUnitReport,
  REPORT_COLLECTIONS,
  renderReport,
  type UnitReport,
} from "../../src/reports/index.js";
import { THO_XUAN_2024_CLARIFIED_WITH_CAMERA } from "../support/records.js";
import { sample } from "./fixture.js";

function balanced(report: UnitReport): boolean {
  return REPORT_COLLECTIONS.every((c) => {
    const r = report.reconciliation.period.collections[c];
    const e = r.excluded;
    return r.given === r.counted + e.otherUnit + e.unknownUnit + e.outsidePeriod;
  });
}

describe("Thọ Xuân district, 2024 (tho-xuan-2024.json)", () => {
  const dataset = sample("tho-xuan-2024");
  const report = buildUnitReport(dataset, { unit: "395", period: "2024" });
  const f = report.figures;

  it("runs the camera model in 30 of 30 communes and towns", () => {
    expect(report.unit).toMatchObject({
      code: "395",
      name: "Huyện Thọ Xuân",
      type: "rural-district",
    });
    expect(report.unit.children).toEqual({
      level: "commune",
      count: 30,
      byType: { commune: 27, township: 3 },
    });
    expect(f.models.coverage).toEqual({
      childUnits: 30,
      withAnySite: 30,
      byModelKind: { "camera-security": 30 },
      byModel: { "tx-mh-camera": 30 },
    });
    expect(f.models.byModel["tx-mh-camera"]).toEqual({ sites: 30, replicated: 26, teams: 0 });
  });

  it("counts 5,236 lenses: 784 connected, 912 by agencies, businesses and schools, 3,586 by households", () => {
    expect(f.cameras.lensesAtEnd).toBe(5236);
    expect(f.cameras.facingRoadOrPublicPlace.lenses).toBe(5236);
    expect(f.cameras.connectedToDutyRoom.lenses).toBe(784);
    expect(f.cameras.byOwnerGroup["agencies-businesses-schools"]?.lenses).toBe(912);
    expect(f.cameras.byOwnerGroup["households"]?.lenses).toBe(3586);
    expect(f.cameras.byOwnerGroup["public"]?.lenses).toBe(678);
    expect(f.cameras.byOwnerGroup["police"]?.lenses).toBe(60);
    expect(report.changes?.cameras.lensesAtEnd.previous).toBe(4391);
    expect(report.changes?.cameras.connectedToDutyRoom.lenses.previous).toBe(611);
  });

  it("counts 987 extractions and 312 cases clarified with camera help, by category", () => {
    expect(f.extractions.total).toBe(987);
    expect(f.extractions.incidentsHelped).toBe(312);
    expect(f.extractions.helpedClarify).toBe(752);
    expect(f.extractions.casesClarifiedWithCamera).toBe(312);
    expect(f.extractions.casesClarifiedWithCameraByCategory).toMatchObject(
      THO_XUAN_2024_CLARIFIED_WITH_CAMERA,
    );
    const sum = Object.values(f.extractions.casesClarifiedWithCameraByCategory).reduce(
      (a, b) => a + b,
      0,
    );
    expect(sum).toBe(312);
    expect(report.changes?.extractions.total.previous).toBe(652);
  });

  it("curbs criminal offences by 10 cases from 2023", () => {
    const criminal = report.changes?.incidents.byLegalClass["criminal"];
    expect(criminal).toMatchObject({
      current: 242,
      previous: 252,
      change: -10,
      absoluteChange: 10,
      direction: "down",
    });
    expect(criminal?.percent).toBeCloseTo(-3.968, 3);
    expect(criminal?.poisson?.significant).toBe(false);
    expect(f.incidents.total).toBe(431);
    expect(f.incidents.clarified).toBe(394);
    expect(report.changes?.incidents.total.previous).toBe(401);
  });

  it("reconciles every record and raises no warning", () => {
    expect(balanced(report)).toBe(true);
    expect(report.reconciliation.period.collections.cameras.counted).toBe(1527);
    expect(report.reconciliation.period.collections.incidents).toMatchObject({
      given: 832,
      counted: 431,
      excluded: { otherUnit: 0, unknownUnit: 0, outsidePeriod: 401 },
    });
    expect(report.warnings).toEqual([]);
  });

  it("counts Xuân Sinh's 25 cameras for the commune alone", () => {
    const xuanSinh = buildUnitReport(dataset, { unit: "15532", period: "2024" });
    expect(xuanSinh.unit.name).toBe("Xã Xuân Sinh");
    expect(xuanSinh.figures.cameras.pointsAtEnd).toBe(25);
    expect(xuanSinh.figures.cameras.lensesAtEnd).toBe(25);
    expect(xuanSinh.figures.cameras.connectedToDutyRoom.points).toBe(25);
    expect(xuanSinh.reconciliation.period.collections.cameras).toMatchObject({
      counted: 25,
      excluded: { otherUnit: 1502, unknownUnit: 0, outsidePeriod: 0 },
    });
    expect(xuanSinh.figures.teams.byKind).toEqual({ "security-team": 9 });
    expect(balanced(xuanSinh)).toBe(true);
  });

  it("writes the published phrases in Vietnamese, rounded", () => {
    const text = renderReport(report, { locale: "vi", format: "text", rounding: "rounded" });
    for (const phrase of [
      "Toàn huyện có trên 5.200 mắt camera",
      "đã trích xuất gần 1.000 lượt, làm rõ trên 300 vụ việc",
      "hơn 100 vụ tai nạn, va chạm giao thông",
      "trên 900 mắt do cơ quan, doanh nghiệp, trường học lắp đặt",
      "gần 3.600 mắt do hộ gia đình lắp đặt",
      "phạm pháp hình sự trên 240 vụ, được kiềm chế 10 vụ (giảm 4,0% số vụ), chưa có ý nghĩa thống kê",
      "30/30 xã, thị trấn có mô hình “Camera với ANTT”",
      "với tổng số tiền 476,7 triệu đồng",
    ]) {
      expect(text.toLowerCase()).toContain(phrase.toLowerCase());
    }
    expect(text).toContain("Cách ghi số: số trong lời văn được làm tròn");
  });

  it("says the same things in English", () => {
    const text = renderReport(report, { locale: "en" });
    for (const phrase of [
      "Across the district over 5,200 camera lenses",
      "Nearly 1,000 extractions",
      "helping clarify over 300 cases",
      "curbed by 10 cases (4.0% fewer)",
      "not statistically significant",
      "30 of 30 communes and townships",
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it("keeps the exact counts in exact mode and in markdown", () => {
    const exact = renderReport(report, { rounding: "exact" });
    expect(exact).toContain("Toàn huyện có 5.236 mắt camera");
    expect(exact).toContain("Đã trích xuất 987 lượt, làm rõ 312 vụ việc");
    expect(exact).not.toMatch(/\b(trên|gần|hơn) \d/);
    const markdown = renderReport(report, { format: "markdown" });
    expect(markdown).toContain("trên 5.200 mắt camera (5.236;");
    expect(markdown).toContain("gần 1.000 lượt (987)");
    expect(markdown).toContain("| Tai nạn, va chạm giao thông | 104 |");
  });

  it("says which ambushes cameras directed, what the drill practised, and what the money was for", () => {
    const text = renderReport(report);
    expect(text).toContain("mật phục 8 lượt (5 lượt theo chỉ dẫn của camera)");
    expect(text).toContain("diễn tập 1 cuộc (phòng cháy, chữa cháy, cứu nạn)");
    expect(text).toContain("Đóng góp theo mục đích: camera an ninh 476,7 triệu đồng.");
    expect(text).toContain("Chi theo nội dung: lắp đặt, sửa chữa camera 72,6 triệu đồng.");
    expect(report.figures.activities.ambushes.directedByCamera).toBe(5);
  });

  it("names incidents by category, the social evils as a group, and suspects by category", () => {
    const text = renderReport(report, { rounding: "exact" });
    expect(text).toContain(
      "Theo loại vụ việc: 119 vụ tai nạn, va chạm giao thông; 96 vụ trộm cắp tài sản;",
    );
    expect(text).toContain("6 vụ cháy, nổ");
    expect(text).toContain("Tệ nạn xã hội (ma túy, đánh bạc, mại dâm): 19 vụ.");
    expect(text).toContain("Đối tượng theo loại vụ việc:");
    // Without a completeness declaration, the absence of a category is never stated.
    expect(report.completeness.period).toEqual([]);
    expect(text).not.toContain("Không để xảy ra");
  });

  // Illustrative additions (examples/data/README.md): none moves a published figure.
  it("keeps traffic accidents apart from collisions, with casualties and causes, and the fires' harm", () => {
    expect(f.incidents.trafficBySeverity).toEqual({ accident: 19, collision: 100 });
    expect(f.incidents.harmByCategory["traffic-accident"]).toMatchObject({
      cases: 119,
      deaths: 18,
      injuries: 93,
      casualtiesStated: 119,
    });
    expect(f.incidents.byAccidentCategoryAndCause["fire"]).toEqual({
      electrical: 4,
      "open-flame": 2,
    });
    const vi = renderReport(report, { rounding: "exact" });
    for (const line of [
      "Xảy ra 119 vụ tai nạn, va chạm giao thông (19 vụ tai nạn giao thông, 100 vụ va chạm giao thông), làm chết 18 người, bị thương 93 người.",
      "Nguyên nhân: 14 vụ do vi phạm quy định về trật tự, an toàn giao thông; 4 vụ do đường sá, thời tiết; 1 vụ do phương tiện hư hỏng, mất an toàn.",
      "Xảy ra 6 vụ cháy, nổ, không gây thiệt hại về người, thiệt hại tài sản khoảng 247.000.000 đồng.",
      "Nguyên nhân: 4 vụ do chập điện, sự cố về điện; 2 vụ do sử dụng lửa trần, nguồn nhiệt.",
    ]) {
      expect(vi).toContain(line);
    }
    const en = renderReport(report, { locale: "en", rounding: "exact" });
    for (const line of [
      "Traffic accident or collision: 119 (traffic accident: 19, traffic collision: 100); 18 killed, 93 injured.",
      "Causes: traffic violation: 14; road or weather conditions: 4; vehicle defect: 1.",
      "Fire or explosion: 6; no one killed or injured, property damage about 247,000,000 đồng.",
      "Causes: electrical fault: 4; open flame or heat source: 2.",
    ]) {
      expect(en).toContain(line);
    }
  });

  it("counts the people found on ambushes and sweeps, the duty-room equipment, and rates per population", () => {
    expect(f.activities.subjects).toEqual({
      apprehended: 107,
      byCategory: { drugs: 59, gambling: 22, "modified-vehicle": 19, "street-racing": 10 },
    });
    expect(f.cameras.equipment).toEqual({ recorders: 21, dutyRoomScreens: 24 });
    expect(f.population).toMatchObject({ residents: 238_180, households: 67_820 });
    const vi = renderReport(report, { rounding: "exact" });
    for (const line of [
      "Qua tuần tra, mật phục: bắt giữ 107 đối tượng; phát hiện, xử lý 110 đối tượng (ma túy 59; đánh bạc 22; xe độ chế trái phép 19; đua xe trái phép 10).",
      "Hệ thống gồm 21 đầu ghi, 24 màn hình giám sát tại phòng trực Công an xã.",
      "Bình quân 77,2 mắt camera/1.000 hộ (67.820 hộ; cùng kỳ năm 2023: 65,6).",
      "Bình quân 18,1 vụ/10.000 dân (dân số 238.180 người; cùng kỳ năm 2023: 17,0 vụ/10.000 dân).",
    ]) {
      expect(vi).toContain(line);
    }
    const en = renderReport(report, { locale: "en", rounding: "exact" });
    for (const line of [
      "Patrols and ambushes: 107 suspects apprehended; 110 suspects found or handled (drugs 59; gambling 22; illegally modified vehicle 19; illegal street racing 10).",
      "The systems comprise 21 recorders and 24 monitoring screens in the commune police duty room.",
      "On average 77.2 camera lenses per 1,000 households (67,820 households; 2023: 65.6).",
      "That is 18.1 incidents per 10,000 residents (population 238,180 residents; 2023: 17.0).",
    ]) {
      expect(en).toContain(line);
    }
  });
});

describe("Tam Kỳ city, first half of 2022 (tam-ky-2022.json)", () => {
  const dataset = sample("tam-ky-2022");
  const report = buildUnitReport(dataset, { unit: "502", period: "2022-H1" });
  const m = report.figures.models;

  it("counts 87 models (dossiers) in 3 types and 22 groups", () => {
    expect(report.unit.name).toBe("Thành phố Tam Kỳ");
    expect(m.activeAtEnd).toBe(87);
    expect(m.withDossier).toBe(87);
    expect(m.types).toBe(3);
    expect(m.groups).toBe(22);
    expect(m.byType).toEqual({
      "Mô hình liên kết": 17,
      "Mô hình phòng ngừa": 26,
      "Mô hình tự quản": 44,
    });
    expect(m.byGrade).toEqual({ average: 20, fair: 27, good: 28, "not-graded": 4, weak: 8 });
  });

  it("counts 7 models built or replicated in the first half of 2022", () => {
    expect(m.launchedInPeriod).toBe(4);
    expect(m.sites.replicatedInPeriod).toBe(3);
    expect(m.newOrReplicatedInPeriod).toBe(7);
    expect(m.reviews.byRecommendation["end"]).toBe(5);
  });

  it("counts the Kim Đới five-in-one model with 6 sites, 5 replicated", () => {
    expect(m.byModel["tk-mh-081"]).toEqual({ sites: 6, replicated: 5, teams: 6 });
    expect(report.names.models["tk-mh-081"]).toMatchObject({
      kind: "five-in-one",
      unitCode: "20362",
      ownedHere: true,
    });
    const tamThang = buildUnitReport(dataset, { unit: "20362", period: "2022-H1" });
    expect(tamThang.unit.children.count).toBe(6);
    expect(tamThang.figures.models.coverage.byModelKind["five-in-one"]).toBe(6);
    const text = renderReport(report);
    expect(text).toContain("“Tổ tự quản 5 trong 1 xã Tam Thăng” 6 điểm (5 điểm nhân rộng)");
    expect(text).toContain("xây dựng mới, nhân rộng: 7");
  });

  it("counts Trường Xuân's 48 cameras, all paid by residents", () => {
    const truongXuan = buildUnitReport(dataset, { unit: "20353", period: "2022-H1" });
    expect(truongXuan.figures.cameras.pointsAtEnd).toBe(48);
    expect(truongXuan.figures.cameras.costBySourceVnd).toEqual({ household: 145_400_000 });
    expect(truongXuan.figures.cameras.costByFundingSourceVnd).toEqual({
      community: 145_400_000,
      budget: 0,
    });
    expect(truongXuan.figures.funding.contributions.bySource["budget"]?.amountVnd).toBe(0);
    expect(renderReport(truongXuan)).toContain("Toàn phường có 48 mắt camera");
    expect(renderReport(truongXuan)).toContain("(100% xã hội hóa)");
    expect(renderReport(truongXuan)).toContain("phòng trực ban Công an phường");
  });

  it("reconciles every record", () => {
    expect(balanced(report)).toBe(true);
    // The loudspeaker site ended in October 2021 is outside the half-year.
    expect(report.reconciliation.period.collections.sites.excluded.outsidePeriod).toBe(1);
  });

  it("counts Trường Xuân's cameras as its model's, names the five-in-one's partners, and the drill's scale", () => {
    expect(m.camerasByModel).toEqual({ "tk-mh-086": { points: 48, lenses: 48 } });
    expect(m.byPartner).toEqual({
      "fatherland-front": 1,
      "veterans-association": 1,
      "womens-union": 1,
    });
    const vi = renderReport(report);
    expect(vi).toContain(
      "Camera thuộc mô hình: “Camera an ninh phường Trường Xuân” 48 mắt camera (48 điểm).",
    );
    expect(vi).toContain(
      "Phối hợp xây dựng mô hình: Ủy ban Mặt trận Tổ quốc (1 mô hình); Hội Cựu chiến binh (1 mô hình); Hội Liên hiệp Phụ nữ (1 mô hình).",
    );
    expect(vi).toContain("diễn tập 1 cuộc (phòng cháy, chữa cháy, cứu nạn; quy mô khu dân cư)");
    const en = renderReport(report, { locale: "en" });
    expect(en).toContain(
      "Cameras of the models: “Camera an ninh phường Trường Xuân”: 48 camera lenses (48 points).",
    );
    expect(en).toContain("1 drill (fire and rescue; residential area scale)");
  });
});

describe("Hội An city, 2023 (hoi-an-2023.json)", () => {
  const dataset = sample("hoi-an-2023");
  const report = buildUnitReport(dataset, { unit: "503", period: "2023" });
  const f = report.figures;

  it("states the city's forces: 17 commune police officers and 158 ward protection members", () => {
    expect(f.forces.byKind).toEqual({
      "commune-police": { members: 17, units: 1, teams: null },
      "ward-protection": { members: 158, units: 1, teams: null },
    });
    expect(renderReport(report)).toContain(
      "Lực lượng: Công an xã, phường, thị trấn 17 cán bộ, chiến sĩ; Bảo vệ dân phố 158 thành viên.",
    );
    expect(renderReport(report, { locale: "en" })).toContain(
      "Forces: commune police, 17 officers; ward protection force, 158 members.",
    );
  });

  it("counts 44 models active at the end of 2023, 4 of them new", () => {
    expect(f.models.activeAtEnd).toBe(44);
    expect(f.models.launchedInPeriod).toBe(4);
    expect(report.reconciliation.period.collections.models.excluded.outsidePeriod).toBe(2);
  });

  it("counts 16 fire-safety groups (15 founded in 2023) and 13 public fire points (12 in 2023)", () => {
    expect(f.teams.fireSafetyGroups).toEqual({
      activeAtEnd: 16,
      foundedInPeriod: 15,
      households: 156,
      combinedAtEnd: 0,
    });
    expect(f.models.sites.byModelKind["public-fire-point"]).toEqual({
      activeAtEnd: 13,
      launchedInPeriod: 12,
      replicatedInPeriod: 12,
    });
    expect(f.models.sites.byModelKind["fire-safety-households"]?.activeAtEnd).toBe(4);
  });

  it("does not compare with 2022, which the dataset does not cover, and says so", () => {
    expect(report.coverage.comparison).toBe("not-covered");
    expect(report.warnings.map((w) => w.code)).toEqual(["comparison-not-covered"]);
    const text = renderReport(report);
    expect(text).toContain("Toàn thành phố có 44 mô hình thuộc 21 loại hình đang hoạt động");
    expect(text).toContain("16 Tổ liên gia an toàn PCCC (15 thành lập trong kỳ)");
    expect(text).toContain("Điểm chữa cháy công cộng: 13 điểm, 12 xây dựng trong kỳ");
    expect(text).toContain("Không nêu số so sánh với cùng kỳ năm 2022");
    expect(text).not.toMatch(/so với cùng kỳ năm 2022[,.;]/);
    expect(text).not.toContain("ý nghĩa thống kê");
    expect(balanced(report)).toBe(true);
  });

  it("states an absence only where the incidents are declared complete, and counts who declared", () => {
    // 10 of the 13 wards and communes declared their 2023 incidents complete; the city did not.
    expect(report.completeness).toEqual({
      period: [],
      comparison: [],
      children: { complete: 10, of: 13 },
    });
    const vi = renderReport(report);
    expect(vi).toContain("10/13 phường, xã đã báo cáo đầy đủ vụ việc trong kỳ.");
    expect(vi).not.toContain("Không để xảy ra");
    expect(vi).not.toContain("Không phát sinh");
    expect(renderReport(report, { locale: "en" })).toContain(
      "10 of 13 wards and communes reported their incidents in full.",
    );
    // Tân Hiệp declared its incidents complete and had neither a fire nor a social evil.
    const tanHiep = buildUnitReport(dataset, { unit: "20434", period: "2023" });
    expect(tanHiep.completeness.period).toEqual(["incidents"]);
    expect(tanHiep.figures.incidents.byCategory["fire"] ?? 0).toBe(0);
    const island = renderReport(tanHiep);
    expect(island).toContain("Không để xảy ra cháy, nổ.");
    expect(island).toContain("Không phát sinh tệ nạn xã hội.");
    expect(island).toContain("2/2 thôn đã báo cáo đầy đủ vụ việc trong kỳ.");
    // Compared with 2022, which declares nothing, the report warns.
    const compared = buildUnitReport(dataset, {
      unit: "20434",
      period: "2023",
      compareWith: "same-period-last-year",
    });
    expect(compared.warnings.map((w) => w.code)).toContain("completeness-differs");
  });

  it("counts the model's cameras, the planned points, the partners, and a drill once", () => {
    expect(f.models.camerasByModel).toEqual({ "ha-mh-46": { points: 16, lenses: 29 } });
    expect(f.cameras.planned).toEqual({
      points: 2,
      lenses: 3,
      funded: { points: 2, lenses: 3 },
      costVnd: 12_900_000,
    });
    // The planned points are not among the points in service.
    expect(f.cameras.pointsAtEnd).toBe(16);
    expect(f.cameras.lensesAtEnd).toBe(29);
    expect(f.models.byPartner).toEqual({
      "farmers-association": 1,
      "religious-congregation": 1,
      "veterans-association": 1,
      "youth-union": 1,
    });
    // The Minh An pilot group took part in the city's drill: counted once, as the activity.
    expect(f.activities.drills).toMatchObject({
      count: 1,
      byScenarioScale: { "residential-cluster": 1 },
    });
    expect(f.teams.drills).toMatchObject({ held: 15, recordedAsActivity: 1 });
    const vi = renderReport(report, { rounding: "exact" });
    for (const line of [
      "Camera thuộc mô hình: “Camera an ninh” 29 mắt camera (16 điểm).",
      "Phối hợp xây dựng mô hình: Hội Nông dân (1 mô hình); Chức sắc, cộng đồng tôn giáo (1 mô hình); Hội Cựu chiến binh (1 mô hình); Đoàn Thanh niên (1 mô hình).",
      "Ngoài ra, 2 điểm camera đã có kinh phí (12.900.000 đồng), chưa lắp đặt.",
      "diễn tập 1 cuộc (phòng cháy, chữa cháy, cứu nạn; quy mô cụm dân cư, liên gia)",
    ]) {
      expect(vi).toContain(line);
    }
    const en = renderReport(report, { locale: "en", rounding: "exact" });
    for (const line of [
      "Cameras of the models: “Camera an ninh”: 29 camera lenses (16 points).",
      "Models built with: Farmers' association (1 model); Religious congregation (1 model); Veterans' association (1 model); Youth union (1 model).",
      "In addition, 2 points are funded (12,900,000 đồng) but not yet installed.",
      "1 drill (fire and rescue; cluster of households scale)",
    ]) {
      expect(en).toContain(line);
    }
  });
});

describe("Phú Thọ province after the 2025 merger, 2025 (phu-tho-2025.json)", () => {
  const dataset = sample("phu-tho-2025");
  const report = buildUnitReport(dataset, { unit: "25", period: "2025" });
  const m = report.figures.models;
  const t = report.figures.teams;
  const vi = renderReport(report, { rounding: "exact" });
  const en = renderReport(report, { locale: "en", rounding: "exact" });

  it("reports on today's province and its 148 wards and communes, with no district level", () => {
    expect(report.unit).toMatchObject({ code: "25", name: "Tỉnh Phú Thọ", type: "province" });
    expect(report.unit.children).toEqual({
      level: "commune",
      count: 148,
      byType: { commune: 133, ward: 15 },
    });
  });

  it("counts 38 kinds of models active at the end of 2025", () => {
    expect(Object.keys(m.byKind)).toHaveLength(38);
    expect(Object.keys(m.byKind).filter((k) => k.startsWith("custom:"))).toHaveLength(18);
    expect(m.endedInPeriod).toBe(1);
    // The Bến đò model, a 39th kind, ended in 2024: outside the year.
    expect(report.reconciliation.period.collections.models.excluded.outsidePeriod).toBe(1);
    // The text says the number of kinds, names the four largest and counts the other 34.
    expect(vi).toContain("mô hình thuộc 38 loại hình đang hoạt động");
    expect(en).toContain("models of 38 kinds active on 31 December 2025");
    expect(vi).toContain(
      "Theo loại hình: Tổ tự quản về ANTT (9), Tổ liên gia an toàn PCCC và ANTT (6), Tổ tự quản 5 trong 1 (6), Tổ tuần tra nhân dân và tự quản về ANTT (5) và 34 loại hình khác.",
    );
    expect(en).toContain(
      "By kind: Self-governing security-and-order team (9), Fire-safety and security household group (6), Five-in-one self-governing team (6), People's patrol and self-governing team (5) and 34 other kinds.",
    );
    // The markdown table has one row per kind, "Camera an ninh" with its 331 sites.
    const markdown = renderReport(report, { format: "markdown", rounding: "exact" });
    const start = markdown.indexOf("| Loại hình mô hình |");
    const rows = markdown.slice(start, markdown.indexOf("\n\n", start)).split("\n").slice(2);
    expect(rows).toHaveLength(38);
    expect(rows).toContain("| Camera an ninh | 1 | 331 |  |");
  });

  it("counts Camera an ninh at 331 sites across the province, since 2020", () => {
    expect(m.sites.byModelKind["camera-security"]).toEqual({
      activeAtEnd: 331,
      launchedInPeriod: 38,
      replicatedInPeriod: 38,
    });
    const [id, name] = Object.entries(report.names.models).find(
      ([, n]) => n.kind === "camera-security",
    ) as [string, (typeof report.names.models)[string]];
    expect(name).toMatchObject({ name: "Camera an ninh", unitCode: "25", ownedHere: true });
    expect(m.byModel[id]).toEqual({ sites: 331, replicated: 330, teams: 0 });
    expect(m.coverage.byModelKind["camera-security"]).toBe(121);
    expect(vi).toContain(
      "Mô hình được nhân rộng nhiều nhất: “Camera an ninh” 331 điểm (330 điểm nhân rộng).",
    );
    expect(vi).toContain("rộng nhất là mô hình “Camera an ninh” (121/148)");
    expect(en).toContain("Most replicated: “Camera an ninh” 331 sites (330 replicated).");
  });

  it("counts 42 fire-safety-and-security household groups of 5 to 7 households", () => {
    expect(t.byKind).toEqual({ "fire-security-group": 42 });
    expect(t.fireSafetyGroups).toEqual({
      activeAtEnd: 42,
      foundedInPeriod: 9,
      households: 251,
      combinedAtEnd: 42,
    });
    // The report gives groups and households; 5 to 7 a group bounds the sum.
    expect(t.fireSafetyGroups.households).toBeGreaterThanOrEqual(5 * 42);
    expect(t.fireSafetyGroups.households).toBeLessThanOrEqual(7 * 42);
    expect(vi).toContain(
      "42 Tổ liên gia an toàn PCCC (9 thành lập trong kỳ; 42 tổ kết hợp bảo đảm ANTT) liên kết 251 hộ.",
    );
    expect(en).toContain(
      "42 fire-safety household groups (9 founded in the period; 42 also keeping security and order) link 251 households.",
    );
  });

  it("places records older than today's units by their codes as of 2025-07-01", () => {
    expect(balanced(report)).toBe(true);
    const { sites, teams } = report.reconciliation.period.collections;
    expect(sites.excluded.unknownUnit + sites.excluded.otherUnit).toBe(0);
    expect(teams.counted).toBe(42);
    expect(report.coverage.comparison).toBe("not-covered");
  });

  it("states the grassroots protection force counted at the end of 2025 (illustrative)", () => {
    expect(report.figures.forces.byKind).toEqual({
      "grassroots-protection": { members: 16_236, units: 1, teams: 4_812 },
    });
    expect(vi).toContain(
      "Lực lượng: Lực lượng tham gia bảo vệ ANTT ở cơ sở 16.236 thành viên (4.812 tổ).",
    );
    expect(en).toContain(
      "Forces: grassroots security and order protection force, 16,236 members (4,812 teams).",
    );
  });
});
