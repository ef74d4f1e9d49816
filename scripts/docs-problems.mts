// Writes docs/problems.md, the page of every problem the library can report, from the
// catalogue in src/problems: so the page cannot drift from the codes. test/problems checks
// that the page is what this script writes.
//
//   node --import tsx scripts/docs-problems.mts          rewrites docs/problems.md
//   node --import tsx scripts/docs-problems.mts --check  exits 1 if the page is out of date
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CataloguedProblem, problemCatalogue } from "../src/problems/index.js";

const PARTS: Readonly<Record<string, string>> = {
  schema: "Checks of every schema (zod's own)",
  core: "Shared values: periods, keys",
  admin: "Administrative units, the unit index and its loaders",
  cameras: "Camera points",
  funding: "Contributions and expenses",
  incidents: "Incidents and footage extractions",
  footage: "Footage requests, their policy and custody log (antt/footage)",
  activities: "Activities",
  models: "Models, sites, reviews and recognitions",
  teams: "Teams",
  forces: "Forces (commune police and grassroots forces)",
  dataset: "Datasets: references and checks across records",
  stream: "Streaming readers",
  states: "Aggregate states and submissions",
  reports: "Report warnings",
  io: "Spreadsheet and CSV import (antt/io)",
};

const SEVERITY = { error: "lỗi · error", warning: "cảnh báo · warning", info: "thông tin · info" };

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The page, as the catalogue gives it. */
export function problemsPage(catalogue: readonly CataloguedProblem[] = problemCatalogue()): string {
  const lines = [
    "# Problems the library reports",
    "",
    "Every problem `antt` can report has a stable number (`ANTT-E102`), a code that issues and",
    "warnings carry (`too_small`), a severity, and a title and description in Vietnamese and",
    "English saying what is wrong and how to fix it. Look a problem up in code with",
    "`describeProblem(code)` from `antt/problems`, and count a validation's problems with",
    "`qualityReport`. The letter after `ANTT-` is the severity: E an error (the input is",
    "unfit), W a warning (worth a look), I information.",
    "",
    "This page is generated from the catalogue by `scripts/docs-problems.mts`; do not edit it",
    `by hand. ${catalogue.length} problems.`,
    "",
  ];
  const parts = [...new Set(catalogue.map((p) => p.part))];
  for (const part of parts) {
    lines.push(`## ${PARTS[part] ?? part}`, "");
    lines.push("| Number | Code | Severity | Vấn đề | Problem |", "|---|---|---|---|---|");
    for (const p of catalogue.filter((q) => q.part === part)) {
      lines.push(
        `| <a id="${p.id}"></a>${p.id} | \`${p.code}\` | ${SEVERITY[p.severity]} | **${cell(p.title.vi)}**: ${cell(p.description.vi)} | **${cell(p.title.en)}**: ${cell(p.description.en)} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const path = new URL("../docs/problems.md", import.meta.url);
  const page = problemsPage();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current !== page) {
      console.error("docs/problems.md is out of date: run npm run docs:problems");
      process.exit(1);
    }
  } else {
    writeFileSync(path, page);
    console.log(`docs/problems.md: ${problemCatalogue().length} problems`);
  }
}
