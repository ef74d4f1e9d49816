// The report of a district, built from a bundled sample dataset and written the way local
// news reports write it. Run it with `npm run demo`; flags:
//
//   --dataset tho-xuan-2024 | tam-ky-2022 | hoi-an-2023 | phu-tho-2025   (default tho-xuan-2024)
//   --en         English instead of Vietnamese
//   --markdown   markdown (headings, tables, exact counts in parentheses) instead of text
//   --exact      exact counts instead of rounded wording ("5.236" for "trên 5.200")
//
// The test gate runs it with ANTT_EXAMPLE_CHECK=1; it behaves the same and must exit 0.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  buildUnitReport,
  DATASET_COLLECTIONS,
  type DatasetCollection,
  formatNumber,
  renderReport,
  validateDataset,
} from "antt";

/** Each sample dataset with the unit and period its published figures are about. */
const DATASETS = {
  "tho-xuan-2024": { unit: "395", period: "2024" }, // Huyện Thọ Xuân, năm 2024
  "tam-ky-2022": { unit: "502", period: "2022-H1" }, // Thành phố Tam Kỳ, 6 tháng đầu năm 2022
  "hoi-an-2023": { unit: "503", period: "2023" }, // Thành phố Hội An, năm 2023
  "phu-tho-2025": { unit: "25", period: "2025" }, // Tỉnh Phú Thọ (sau hợp nhất), năm 2025
} as const;
type DatasetName = keyof typeof DATASETS;

const USAGE = `Usage: npm run demo -- [--dataset ${Object.keys(DATASETS).join("|")}] [--en] [--markdown] [--exact]`;

function options() {
  try {
    const { values } = parseArgs({
      options: {
        dataset: { type: "string", default: "tho-xuan-2024" },
        en: { type: "boolean", default: false },
        markdown: { type: "boolean", default: false },
        exact: { type: "boolean", default: false },
      },
    });
    if (!Object.hasOwn(DATASETS, values.dataset))
      throw new Error(`unknown dataset ${values.dataset}`);
    return { ...values, dataset: values.dataset as DatasetName };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const args = options();
const locale = args.en ? "en" : "vi";
const file = new URL(`./data/${args.dataset}.json`, import.meta.url);
const validation = validateDataset(JSON.parse(readFileSync(file, "utf8")));

const warnings = validation.issues.filter((issue) => issue.severity === "warning");
if (!validation.success) {
  for (const issue of validation.issues.slice(0, 10)) {
    console.error(`${issue.path.join(".")}: ${issue.message[locale]}`);
  }
  process.exit(1);
}
const dataset = validation.data;
const collections = Object.keys(DATASET_COLLECTIONS) as DatasetCollection[];
const records = collections.reduce((n, name) => n + dataset[name].length, 0);
const count = (n: number) => formatNumber(n, { locale });
console.log(
  locale === "vi"
    ? `Bộ dữ liệu ${args.dataset}.json: ${count(records)} bản ghi hợp lệ, ${count(warnings.length)} cảnh báo.`
    : `Dataset ${args.dataset}.json: ${count(records)} valid records, ${count(warnings.length)} warnings.`,
);
for (const warning of warnings.slice(0, 5)) {
  console.log(`  ${warning.path.join(".")}: ${warning.message[locale]}`);
}

const { unit, period } = DATASETS[args.dataset];
const report = buildUnitReport(dataset, { unit, period, compareWith: "same-period-last-year" });
console.log();
process.stdout.write(
  renderReport(report, {
    locale,
    format: args.markdown ? "markdown" : "text",
    rounding: args.exact ? "exact" : "rounded",
  }),
);
