/**
 * Writes the sample datasets of examples/data/ from fixed seeds: every run rewrites the
 * same bytes. `npx tsx scripts/generate-samples.ts` writes the files; the test
 * `test/examples/samples.test.ts` imports {@link generateSamples} and checks that the
 * committed files are what it generates now.
 *
 * The datasets reproduce figures published in local news reports about the "Toàn dân bảo
 * vệ an ninh Tổ quốc" movement (see examples/data/README.md for every figure and how the
 * exact counts behind the rounded wording were chosen). The figures and fixed facts of
 * each dataset are data tables in scripts/samples/ (`tho-xuan-data.ts`, `tam-ky-data.ts`,
 * `hoi-an-data.ts`, `phu-tho-data.ts`); the modules beside them build the records from
 * those tables (see scripts/samples/README.md). Unit codes are official: the pre-2025 codes
 * of the first three are embedded in their tables, and Phú Thọ's 2025 units come from the
 * package's own unit table (src/vn-admin); the generator reads no file beside the clone.
 * Names of villages, people, shops and roads, coordinates and amounts are illustrative.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hoiAn } from "./samples/hoi-an.js";
import { phuTho } from "./samples/phu-tho.js";
import { toJson } from "./samples/records.js";
import { tamKy } from "./samples/tam-ky.js";
import { thoXuan } from "./samples/tho-xuan.js";

/** The sample files, by path relative to the repository root, with their JSON text. */
export function generateSamples(): Record<string, string> {
  return {
    "examples/data/tho-xuan-2024.json": toJson(thoXuan()),
    "examples/data/tam-ky-2022.json": toJson(tamKy()),
    "examples/data/hoi-an-2023.json": toJson(hoiAn()),
    "examples/data/phu-tho-2025.json": toJson(phuTho()),
  };
}

const isMain =
  process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  for (const [file, text] of Object.entries(generateSamples())) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`${file}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
  }
}
