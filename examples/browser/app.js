// A static page that uses the ESM build of antt in a browser: it validates the bundled
// Thọ Xuân 2024 dataset, builds the district report and shows a table and two SVG charts.
// scripts/browser-test.mjs bundles this file (as an app's bundler would) and opens it in
// headless Chromium.
import {
  buildUnitReport,
  CAMERA_OWNER_KIND_LABELS,
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

async function main() {
  const response = await fetch("./data/tho-xuan-2024.json");
  const validation = validateDataset(await response.json());
  if (!validation.success) {
    const errors = validation.issues.filter((issue) => issue.severity === "error");
    throw new Error(`${errors.length} lỗi dữ liệu: ${errors[0]?.message.vi}`);
  }
  const dataset = validation.data;
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

main().catch((error) => {
  const status = document.getElementById("status");
  status.className = "status error";
  status.textContent = String(error?.stack ?? error);
  document.body.dataset.ready = "error";
  console.error(error);
});
