// Validate a camera registry before it is counted: every problem, with its path, in Vietnamese.
//
// Run: npx tsx examples/validate-camera-registry.ts
import { readFileSync } from "node:fs";
import { CameraPointSchema, type Issue, validate, validateDataset } from "antt";

// The bundled Thọ Xuân dataset, as an app would receive it: untrusted JSON.
const url = new URL("./data/tho-xuan-2024.json", import.meta.url);
const dataset = JSON.parse(readFileSync(url, "utf8")) as { cameras: Record<string, unknown>[] };

// Xuân Sinh's 25 cameras (commune 15532). Break four of them the way spreadsheets and
// hand-written imports usually do.
const xuanSinh = dataset.cameras.filter((camera) => camera["unitCode"] === "15532");
const broken = xuanSinh.map((camera) => structuredClone(camera));
const [typo, fraction, swapped, badDate] = broken;
if (!typo || !fraction || !swapped || !badDate) throw new Error("Xuân Sinh has 25 cameras");

// 1. A typo in a key: strict schemas reject it instead of dropping the field silently.
typo["connectedToDutyRom"] = typo["connectedToDutyRoom"];
delete typo["connectedToDutyRoom"];
// 2. A fractional amount of đồng (money is a whole number of đồng).
fraction["funding"] = [{ source: "budget", amount: 3_500_000.5 }];
// 3. Latitude and longitude swapped (105° is not a latitude).
swapped["location"] = { lat: 105.4528, lng: 19.89907 };
// 4. A day that does not exist.
badDate["installedOn"] = "2024-02-30";

const where = (issue: Issue) => issue.path.join(".") || "(bản ghi)";

// Record by record: validate() never throws; it returns the parsed record or every issue.
console.log(`Kiểm tra ${broken.length} điểm camera của xã Xuân Sinh:`);
for (const camera of broken) {
  const result = validate(CameraPointSchema, camera);
  if (result.success) continue;
  for (const issue of result.issues) {
    console.log(`  ${String(camera["id"])}  ${where(issue)}: ${issue.message.vi}`);
  }
}

// The whole dataset: the same record checks (paths start at the collection) plus the
// checks across records. A fifth camera reuses the id of another: only validateDataset
// can see that.
const duplicate = broken[4];
if (duplicate) duplicate["id"] = xuanSinh[5]?.["id"];
const others = dataset.cameras.filter((camera) => camera["unitCode"] !== "15532");
const checked = validateDataset({ ...dataset, cameras: [...broken, ...others] });

console.log(`\nKiểm tra cả bộ dữ liệu: ${checked.success ? "hợp lệ" : "không hợp lệ"}`);
for (const issue of checked.issues) {
  const severity = issue.severity === "error" ? "lỗi" : "cảnh báo";
  console.log(`  [${severity}] ${where(issue)}: ${issue.message.vi}`);
}
