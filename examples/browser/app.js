// A static page that uses the ESM build of antt in a browser: it validates the bundled
// Thọ Xuân 2024 dataset, builds the district report and shows a table and two SVG charts.
// A search box finds a commune of before 2025 by name, with or without diacritics, and
// shows the province it is in today, from the unit table of antt/vn-admin, which the page
// loads only when the box is first used. scripts/browser-test.mjs bundles this file (as an
// app's bundler would) and opens it in headless Chromium.
// A drop zone takes a camera register kept in Excel: the page reads it with antt/io (loaded,
// with its XLSX reader, only when a file is dropped), lists the problems by row and cell,
// and renders the district report with the register's cameras in place of the sample's.
import {
  buildAdminIndex,
  buildUnitReport,
  CAMERA_OWNER_KIND_LABELS,
  findUnitsByName,
  formatNumber,
  INCIDENT_CATEGORY_LABELS,
  label,
  renderReport,
  validateDataset,
} from "antt";

const SVG = "http://www.w3.org/2000/svg";

function svg(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A horizontal bar chart as plain SVG: one bar per entry, largest first. */
function barChart(entries) {
  const rows = entries.filter(([, value]) => value > 0).sort((a, b) => b[1] - a[1]);
  const width = 480;
  const barHeight = 22;
  const labelWidth = 230;
  const max = Math.max(1, ...rows.map(([, value]) => value));
  const chart = svg("svg", {
    width,
    height: rows.length * (barHeight + 6) + 4,
    role: "img",
    viewBox: `0 0 ${width} ${rows.length * (barHeight + 6) + 4}`,
  });
  rows.forEach(([name, value], index) => {
    const y = index * (barHeight + 6) + 2;
    const length = ((width - labelWidth - 70) * value) / max;
    chart.append(
      svg("text", { x: labelWidth - 6, y: y + 15, "text-anchor": "end", "font-size": 12 }, name),
    );
    chart.append(
      svg("rect", {
        x: labelWidth,
        y,
        width: length,
        height: barHeight,
        fill: "#2f6fbf",
        "data-value": value,
      }),
    );
    chart.append(
      svg("text", { x: labelWidth + length + 6, y: y + 15, "font-size": 12 }, formatNumber(value)),
    );
  });
  return chart;
}

function row(name, value, key) {
  const tr = document.createElement("tr");
  const th = document.createElement("th");
  th.textContent = name;
  const td = document.createElement("td");
  td.className = "n";
  td.dataset.figure = key;
  td.textContent = formatNumber(value);
  tr.append(th, td);
  return tr;
}

let sample;

async function main() {
  const response = await fetch("./data/tho-xuan-2024.json");
  const validation = validateDataset(await response.json());
  if (!validation.success) {
    const errors = validation.issues.filter((issue) => issue.severity === "error");
    throw new Error(`${errors.length} lỗi dữ liệu: ${errors[0]?.message.vi}`);
  }
  const dataset = validation.data;
  sample = dataset;
  const report = buildUnitReport(dataset, { unit: "395", period: "2024" });
  const { cameras, extractions, incidents } = report.figures;

  document.getElementById("title").textContent =
    `${report.unit.name}: báo cáo ${report.period.key} (thư viện antt, chạy trong trình duyệt)`;
  document.getElementById("status").textContent =
    `Bộ dữ liệu “${dataset.name}” hợp lệ: ${formatNumber(dataset.cameras.length)} điểm camera, ` +
    `${formatNumber(dataset.incidents.length)} vụ việc, ${formatNumber(dataset.extractions.length)} lượt trích xuất.`;

  const tbody = document.querySelector("#figures tbody");
  tbody.append(
    row("Mắt camera đang hoạt động", cameras.lensesAtEnd, "lenses"),
    row("Mắt camera kết nối phòng trực ban", cameras.connectedToDutyRoom.lenses, "connected"),
    row("Lượt trích xuất dữ liệu camera", extractions.total, "extractions"),
    row("Vụ việc làm rõ nhờ camera", extractions.casesClarifiedWithCamera, "clarified-with-camera"),
    row("Vụ việc xảy ra trong kỳ", incidents.total, "incidents"),
  );

  document
    .getElementById("chart-owners")
    .append(
      barChart(
        Object.entries(cameras.byOwnerKind).map(([kind, count]) => [
          label(CAMERA_OWNER_KIND_LABELS, kind),
          count.lenses,
        ]),
      ),
    );
  document
    .getElementById("chart-categories")
    .append(
      barChart(
        Object.entries(extractions.casesClarifiedWithCameraByCategory).map(([category, count]) => [
          label(INCIDENT_CATEGORY_LABELS, category),
          count,
        ]),
      ),
    );
  document.getElementById("report").textContent = renderReport(report, {
    locale: "vi",
    format: "text",
  });
  document.body.dataset.ready = "true";
}

/** The province of today that a unit of 30 June 2025 went into, or every candidate. */
function provincesToday(index, unit) {
  const resolution = index.resolveUnit(unit.code, { asOf: "2025-06-30" });
  const units =
    resolution.status === "ambiguous"
      ? resolution.candidates
      : resolution.status === "unknown"
        ? []
        : [resolution.unit];
  const names = new Set(units.map((today) => index.parentOf(today.code)?.name ?? today.name));
  return [...names].join(" / ") || "?";
}

let unitIndex;
async function searchUnits(query) {
  // The unit table is a separate chunk: it loads on the first search, not with the page.
  unitIndex ??= import("antt/vn-admin").then((module) => module.vietnamAdminIndex());
  const index = await unitIndex;
  const list = document.getElementById("unit-results");
  list.replaceChildren();
  const found = findUnitsByName(index, query, { level: "commune", at: "2025-06-30" });
  for (const unit of found.slice(0, 20)) {
    const item = document.createElement("li");
    const district = index.parentOf(unit.code, "2025-06-30")?.name ?? "";
    const oldProvince = index.ancestorAt(unit.code, "province", "2025-06-30")?.name ?? "";
    item.textContent = `${unit.name} (${unit.code}), ${district}, ${oldProvince} → nay thuộc ${provincesToday(index, unit)}`;
    item.dataset.code = unit.code;
    list.append(item);
  }
  document.getElementById("unit-status").textContent =
    `${formatNumber(found.length)} xã, phường, thị trấn trước 1/7/2025 khớp với “${query}”`;
}

/** Reads a dropped camera register, lists its problems by row and renders the report. */
async function importRegister(file) {
  const status = document.getElementById("xlsx-status");
  status.className = "status";
  status.textContent = `Đang đọc ${file.name}…`;
  // antt/io and its XLSX reader are a chunk of their own, loaded on the first file.
  const { importXlsx } = await import("antt/io");
  const units = buildAdminIndex(sample.units);
  const result = await importXlsx(new Uint8Array(await file.arrayBuffer()), {
    kind: "cameras",
    units,
  });
  const tbody = document.querySelector("#xlsx-problems tbody");
  tbody.replaceChildren();
  for (const problem of result.problems) {
    const tr = document.createElement("tr");
    tr.dataset.row = String(problem.row);
    tr.dataset.code = problem.code;
    if (problem.severity === "error") tr.className = "error";
    for (const text of [
      problem.row,
      problem.column ?? "",
      problem.header ?? "",
      problem.message.vi,
    ]) {
      const td = document.createElement("td");
      td.textContent = String(text);
      tr.append(td);
    }
    tbody.append(tr);
  }
  const rowsWithErrors = new Set(
    result.problems.filter((p) => p.severity === "error").map((p) => p.row),
  ).size;
  status.dataset.records = String(result.records.length);
  status.dataset.rows = String(result.rows);
  status.textContent =
    `${file.name}: ${formatNumber(result.rows)} dòng, ${formatNumber(result.records.length)} điểm camera hợp lệ, ` +
    `${formatNumber(rowsWithErrors)} dòng có lỗi.`;
  // The register's cameras take the place of the sample's; the dataset is checked again, so
  // a camera of an unknown unit or model is listed rather than counted.
  const validation = validateDataset({ ...sample, cameras: result.records });
  const output = document.getElementById("xlsx-report");
  if (!validation.success) {
    const errors = validation.issues.filter((issue) => issue.severity === "error");
    status.className = "status error";
    status.textContent += ` Bộ dữ liệu có ${errors.length} lỗi: ${errors[0]?.message.vi}`;
    output.hidden = true;
    return;
  }
  const report = buildUnitReport(validation.data, { unit: "395", period: "2024" });
  output.dataset.lenses = String(report.figures.cameras.lensesAtEnd);
  output.textContent = renderReport(report, { locale: "vi", format: "text" });
  output.hidden = false;
}

function onRegister(file) {
  if (!file) return;
  importRegister(file).catch((error) => {
    const status = document.getElementById("xlsx-status");
    status.className = "status error";
    status.textContent = String(error?.message ?? error);
    console.error(error);
  });
}

const drop = document.getElementById("xlsx-drop");
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  onRegister(event.dataTransfer?.files[0]);
});
document.getElementById("xlsx-file").addEventListener("change", (event) => {
  onRegister(event.target.files[0]);
});

document.getElementById("unit-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const query = document.getElementById("unit-query").value;
  searchUnits(query).catch((error) => {
    document.getElementById("unit-status").textContent = String(error);
    console.error(error);
  });
});

main().catch((error) => {
  const status = document.getElementById("status");
  status.className = "status error";
  status.textContent = String(error?.stack ?? error);
  document.body.dataset.ready = "error";
  console.error(error);
});
