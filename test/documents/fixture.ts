// The Thọ Xuân 2024 sample's district report, and the text inside a .docx.
import { strFromU8, unzipSync } from "fflate";
import { buildUnitReport } from "../../src/reports/index.js";
import { sample } from "../reports/fixture.js";

export const thoXuan = () =>
  buildUnitReport(sample("tho-xuan-2024"), { unit: "395", period: "2024" });

/** The files of a .docx (a zip), by path, as text. */
export function docxFiles(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** The text of word/document.xml's runs, each paragraph on a line. */
export function docxText(bytes: Uint8Array): string {
  const xml = docxFiles(bytes)["word/document.xml"] ?? "";
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join("")
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .filter((line) => line !== "")
    .join("\n");
}
