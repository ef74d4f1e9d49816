// Opens examples/browser/ in headless Chromium: the page bundles the ESM build of antt as
// an app would, validates the Thọ Xuân 2024 sample, builds the district report and draws
// it. Checks the figures shown, that the console stayed free of errors, and saves a
// screenshot. Then drops a camera register in Excel on the page, written here from the sample's
// cameras in the antt/io template with two bad rows, and checks the problems listed by row and
// the report rendered from it. Needs Debian's chromium (apt-get install -y chromium) or CHROMIUM_PATH.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(
    `Chromium is missing at ${executablePath}. Install it with \`apt-get install -y chromium\` (Debian), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
  console.log("browser: 0 passed, 1 failed");
  process.exit(1);
}
if (!existsSync(join(root, "dist/index.js")) || !existsSync(join(root, "dist/io/index.js"))) {
  spawnSync("node_modules/.bin/tsup", ["--silent"], { cwd: root, stdio: "inherit" });
}

// Bundle the page's script against the built package, as an app's bundler would; the unit
// table, imported dynamically, becomes a chunk of its own.
const bundle = await build({
  entryPoints: [join(root, "examples/browser/app.js")],
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  outdir: "/bundle",
  minify: true,
  alias: {
    "antt/vn-admin": join(root, "dist/vn-admin/index.js"),
    "antt/io": join(root, "dist/io/index.js"),
    antt: join(root, "dist/index.js"),
  },
  metafile: true,
  logLevel: "error",
});
const files = new Map(bundle.outputFiles.map((file) => [`/${file.path.split("/").pop()}`, file]));
const appJs = files.get("/app.js").contents;
const chunkOf = (path) => files.get(path)?.contents;
// The chunk that holds the unit table (its rows are ASCII-escaped or not; codes are ASCII).
const tableChunk = [...files].find(([, file]) => file.text.includes("15532|"))?.[0];
// The chunk that holds the XLSX reader (exceljs names its workbook parts).
const xlsxChunk = [...files].find(([, file]) => file.text.includes("xl/worksheets/"))?.[0];

/**
 * A camera register as a commune keeps it in Excel: the antt/io template filled with the
 * sample's cameras as people write them (labels for codes, "Có"/"Không", dd/mm/yyyy, unit
 * names for some units), and two bad rows at the end. Returns the file's path.
 */
async function cameraRegister() {
  const { IMPORT_HEADERS, templateWorkbook } = await import(join(root, "dist/io/index.js"));
  const sample = JSON.parse(readFileSync(join(root, "examples/data/tho-xuan-2024.json"), "utf8"));
  const names = new Map(sample.units.map((unit) => [unit.code, unit.name]));
  const columns = IMPORT_HEADERS.cameras;
  const labelOf = (column, code) =>
    column.codes?.find((entry) => entry.code === code)?.label?.vi ?? code;
  const cell = (column, value, i) => {
    if (value === undefined || value === null) return undefined;
    switch (column.type) {
      case "boolean":
        return value ? "Có" : "Không";
      case "date": {
        const [y, m, d] = value.split("-");
        return `${d}/${m}/${y}`;
      }
      case "code":
        return labelOf(column, value);
      case "codes":
        return value.map((code) => labelOf(column, code)).join("; ");
      case "unit":
        return i % 3 === 0 && names.has(value) ? names.get(value) : value;
      default:
        return Array.isArray(value) ? value.join("; ") : value;
    }
  };
  const at = (record, path) => path.reduce((value, key) => value?.[key], record);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await templateWorkbook("cameras", { rows: 10 }));
  const sheet = workbook.worksheets[0];
  // Row 1 holds the headers, row 2 the notes; the cameras start at row 3.
  sample.cameras.forEach((camera, i) => {
    columns.forEach((column, c) => {
      const value = cell(column, at(camera, column.path), i);
      if (value !== undefined) sheet.getCell(3 + i, c + 1).value = value;
    });
  });
  const last = 3 + sample.cameras.length;
  const put = (row, key, value) =>
    (sheet.getCell(row, columns.findIndex((column) => column.key === key) + 1).value = value);
  for (const [row, id] of [
    [last, "bad-date"],
    [last + 1, "bad-owner"],
  ]) {
    put(row, "id", id);
    put(row, "unitCode", "15532");
    put(row, "ownerKind", "Hộ gia đình");
    put(row, "installedOn", "12/03/2021");
    put(row, "connectedToDutyRoom", "Không");
    put(row, "sharingTier", "Chỉ đăng ký với công an xã");
    put(row, "coverage", "Đường giao thông");
    put(row, "status", "Đang hoạt động");
  }
  put(last, "installedOn", "31/02/2024");
  put(last + 1, "ownerKind", "Nhà hàng xóm");
  mkdirSync(join(root, "test-results"), { recursive: true });
  const path = join(root, "test-results/so-camera.xlsx");
  await workbook.xlsx.writeFile(path);
  return { path, cameras: sample.cameras.length, badRows: [last, last + 1] };
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
};
const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  let body;
  let path = url.pathname;
  if (path === "/") path = "/index.html";
  if (path === "/favicon.ico") {
    response.writeHead(204).end();
    return;
  }
  if (path.endsWith(".js")) body = chunkOf(path);
  else if (path.startsWith("/data/")) body = readFileSync(join(root, "examples", normalize(path)));
  else if (path === "/index.html") body = readFileSync(join(root, "examples/browser/index.html"));
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const checks = [];
const check = (name, ok, detail = "") => {
  checks.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
};
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const consoleErrors = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("body[data-ready]", { timeout: 120_000 });

  const ready = await page.getAttribute("body", "data-ready");
  check(
    "the page validated the dataset and built the report",
    ready === "true",
    await page.textContent("#status"),
  );
  const figure = (key) =>
    page.textContent(`[data-figure="${key}"]`, { timeout: 5_000 }).catch(() => null);
  const expected = {
    lenses: "5.236",
    connected: "784",
    extractions: "987",
    "clarified-with-camera": "312",
  };
  for (const [key, value] of Object.entries(expected)) {
    const shown = await figure(key);
    check(`the table shows ${key} = ${value}`, shown === value, `shown ${shown}`);
  }
  const ownerBars = await page.$$eval("#chart-owners rect", (rects) =>
    rects.map((r) => Number(r.dataset.value)),
  );
  check(
    "the owner chart draws one bar per owner kind, summing to 5,236 lenses",
    ownerBars.length === 6 && ownerBars.reduce((a, b) => a + b, 0) === 5236,
    `${ownerBars.length} bars, ${ownerBars.reduce((a, b) => a + b, 0)} lenses`,
  );
  const categoryBars = await page.$$eval("#chart-categories rect", (rects) =>
    rects.map((r) => Number(r.dataset.value)),
  );
  check(
    "the category chart starts with 104 traffic accidents and sums to 312 cases",
    categoryBars[0] === 104 && categoryBars.reduce((a, b) => a + b, 0) === 312,
    categoryBars.join(", "),
  );
  const text = (await page.textContent("#report")) ?? "";
  check(
    "the Vietnamese report is rendered",
    text.includes("mắt camera") && text.length > 500,
    `${text.length} characters`,
  );
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  const loaded = () =>
    page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
    );
  check(
    "the unit table is a chunk of its own, not loaded with the page",
    tableChunk !== undefined && tableChunk !== "/app.js" && !(await loaded()).includes(tableChunk),
    `table in ${tableChunk}`,
  );
  for (const query of ["xuan sinh", "Xuân Sinh", "XÃ XUÂN SINH"]) {
    await page.fill("#unit-query", query);
    await page.click("#unit-form button");
    await page.waitForFunction(
      (q) => document.getElementById("unit-status").textContent.includes(q),
      query,
      { timeout: 30_000 },
    );
    const items = await page.$$eval("#unit-results li", (lis) =>
      lis.map((li) => [li.dataset.code, li.textContent]),
    );
    const hit = items.find(([code]) => code === "15532");
    check(
      `the unit search finds Xã Xuân Sinh for "${query}", in Thanh Hóa today`,
      hit?.[1].includes("Huyện Thọ Xuân") && hit[1].endsWith("nay thuộc Tỉnh Thanh Hóa"),
      hit?.[1] ?? items.map(([, text]) => text).join(" | "),
    );
  }
  check(
    "the unit table loaded on the first search, once",
    requested.filter((path) => path === tableChunk).length === 1,
    requested.join(", "),
  );

  const register = await cameraRegister();
  check(
    "the XLSX reader is a chunk of its own, not loaded with the page",
    xlsxChunk !== undefined && xlsxChunk !== "/app.js" && !(await loaded()).includes(xlsxChunk),
    `reader in ${xlsxChunk}`,
  );
  await page.setInputFiles("#xlsx-file", register.path);
  await page.waitForFunction(
    () => {
      const status = document.getElementById("xlsx-status");
      return status.dataset.records !== undefined || status.className.includes("error");
    },
    undefined,
    { timeout: 120_000 },
  );
  const imported = await page.$eval("#xlsx-status", (status) => ({
    records: Number(status.dataset.records),
    rows: Number(status.dataset.rows),
    text: status.textContent,
  }));
  check(
    `the register's ${register.cameras} cameras import as records, its ${register.cameras + 2} rows all read`,
    imported.records === register.cameras && imported.rows === register.cameras + 2,
    imported.text,
  );
  const listed = await page.$$eval("#xlsx-problems tbody tr", (rows) =>
    rows.map((row) => [Number(row.dataset.row), row.dataset.code, row.textContent]),
  );
  check(
    "the problems are listed by row: a date that does not exist, an owner of no code list",
    listed.length === 2 &&
      listed[0][0] === register.badRows[0] &&
      listed[0][1] === "import-not-a-date" &&
      listed[1][0] === register.badRows[1] &&
      listed[1][1] === "import-unknown-code",
    listed.map((row) => row.join(" ")).join(" | "),
  );
  await page.waitForSelector("#xlsx-report:not([hidden])", { timeout: 30_000 });
  const lensesFromRegister = await page.getAttribute("#xlsx-report", "data-lenses");
  const registerReport = (await page.textContent("#xlsx-report")) ?? "";
  check(
    "the report from the register is the sample's report, word for word (5,236 lenses)",
    lensesFromRegister === "5236" && registerReport === text,
    `${lensesFromRegister} lenses; ${registerReport.length} against ${text.length} characters`,
  );
  check("the console shows no error", consoleErrors.length === 0, consoleErrors.join(" | "));

  mkdirSync(join(root, "test-results"), { recursive: true });
  const screenshot = join(root, "test-results/browser.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`Screenshot: ${screenshot}`);
  const sizes = bundle.outputFiles.map((file) => file.contents.length);
  const others = sizes.reduce((a, b) => a + b, 0) - appJs.length;
  console.log(
    `Page bundle (antt + zod + date-fns + ts-pattern, minified): ${(appJs.length / 1024).toFixed(1)} KiB; chunks loaded on the first unit search: ${(others / 1024).toFixed(1)} KiB`,
  );
} finally {
  await browser.close();
  server.close();
}
const failed = checks.filter((ok) => !ok).length;
console.log(`browser: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
