// Size budgets, checked by `npm test` after the build: each import costs what it uses.
// zod is a peer dependency, which size-limit leaves out by default; it is bundled here,
// because an app pays for it too. Sizes are minified, as a bundler ships them, except the
// unit table's, which is gzipped as a server sends it.
const withPeers = (config) => ({ ...config, external: [] });

const check = (name, path, imported, limit, options = {}) => ({
  name,
  path,
  import: imported,
  limit,
  brotli: false,
  modifyEsbuildConfig: withPeers,
  ...options,
});

export default [
  // The report reads days as numbers (dayNumberAt, issue 13's speed work): +20 B here.
  check("periodKeyOf", "dist/index.js", "{ periodKeyOf }", "4.1 kB"),
  check("formatVnd, formatNumber", "dist/index.js", "{ formatVnd, formatNumber }", "1 kB"),
  check("INCIDENT_CATEGORY_LABELS", "dist/index.js", "{ INCIDENT_CATEGORY_LABELS }", "2 kB"),
  // A public map is for a browser page: the grid, the counts, the refusals of bad options in
  // both languages, and toGeoJSON for the exact form. 6.3 kB, estimated with esbuild from
  // the sources.
  check(
    "toPublicGeoJSON, incidentsToGeoJSON",
    "dist/index.js",
    "{ toPublicGeoJSON, incidentsToGeoJSON }",
    "7 kB",
  ),
  check(
    "CAMERA_OWNER_KIND_LABELS + label",
    "dist/index.js",
    "{ CAMERA_OWNER_KIND_LABELS, label }",
    "2 kB",
  ),
  check(
    "the engine",
    "dist/index.js",
    "{ aggregate, groupBy, byUnit, byPeriod, countBy, mergeStates }",
    "15 kB",
  ),
  // Casualties, damage, causes and traffic accidents apart from collisions, with deaths and
  // injuries each counted where known: +1.1 kB.
  check("summarizeIncidents", "dist/index.js", "{ summarizeIncidents }", "21.5 kB"),
  check("summarizeCameras", "dist/index.js", "{ summarizeCameras }", "20 kB"),
  // zod's own z.object baseline is 84.9 kB; the budget is baseline + 25 kB. Every schema is
  // built in a pure IIFE, so the schemas beside it (periods, duties, ids) are dropped.
  // The point's field labels (+0.2 kB), which its messages and locations name fields by.
  // Planned points, equipment and the one payer code list with its old codes: +2.8 kB.
  check("CameraPointSchema", "dist/index.js", "{ CameraPointSchema }", "114 kB"),
  // The goal is 40 kB. The two built-in report locales are 13.4 kB (vi) and 9.8 kB (en) of
  // it: renderReport takes "vi" or "en" by name, so both are bundled. The fidelity lines
  // (categories by legal class, social evils, suspects, criminal clearance, drills by
  // topic, money by purpose, members trained, partners, villages served, combined fire
  // groups, searches, model cameras, statements of absence) added 9.1 kB, their labels
  // included.
  // The rest of the fidelity work added 13.7 kB: accidents and fires (casualties, damage,
  // causes, accidents apart from collisions), forces, people met on patrols, drills by
  // scenario scale, planned cameras and equipment, rates per 10,000 residents, participants,
  // the payer code list and the community/budget split, each with its labels in both
  // languages. Still far from the 40 kB goal: the locales should become entries of their own.
  // The review's fixes (money of no known source, forces ended by the law, a note per
  // casualty figure) added 0.6 kB more.
  check("renderReport", "dist/index.js", "{ renderReport }", "82 kB"),
  // Everything was 370.7 kB before the zod line, and held at 383 kB until the report became
  // a mergeable aggregator (its state, shape and merge: +5.5 kB), then units through time
  // (traced, backward and memoised resolution, link inferences, the report's "now" note:
  // +5.2 kB), then report fidelity (completeness declarations and their schema, the new
  // fields and code lists, the new report lines: +18 kB). It must not grow past this
  // without a feature that pays for it; weighty features get entries of their own.
  // Errors people can act on added 39 kB: a Vietnamese and English label for each of the
  // ~400 fields of every record (most of it: Vietnamese is 2-3 bytes a letter), the
  // library's own wording of zod's checks, locations and suggestions, and a code at every
  // rule. The catalogue's titles and descriptions are not in it: they are antt/problems.
  // The rest of report fidelity (forces as records, accidents, payers, drills, population,
  // planned cameras, people on patrols, their schemas, labels, rules and report lines)
  // added 43.7 kB.
  // The review's fixes added 1.3 kB more.
  // The report's speed work (days read as numbers, placements of one shape, category slots:
  // +2.2 kB) and renderReportParts, which antt/documents lays out (+0.3 kB).
  // Maps safe to publish (issue 18: toPublicGeoJSON, incidentsToGeoJSON, their errors in both
  // languages): +6.0 kB, estimated with esbuild from the sources (500.2 -> 506.2 kB).
  // Personal data (issue 18): the markers and their descriptions, team consent with its
  // labels and rules, the retention rule of cameraCompliance (+5.2 kB), and antt/privacy's
  // listing, redaction and consent warnings, re-exported from `antt` (+4.8 kB); measured at
  // 510.87 kB.
  // Footage requests (issue 18: an extraction's case reference, area, refusal and custody
  // log, their field labels, code lists and the custody rules with their messages): +4.4 kB,
  // measured at 506.41 kB.
  // Merged, the three parts of issue 18 measure 522.7 kB (each branch measured its own growth
  // alone: 6.0 + 9.9 + 4.4 kB, plus the footage fields in the privacy markers' walk).
  check("everything", "dist/index.js", "*", "523.5 kB"),
  // Entries with weight of their own, never loaded by `antt`: the stream readers carry every
  // record schema (they check each record) and @streamparser/json; submissions carry the
  // report and its envelope's schema.
  // Both grew with the record schemas and the report of the rest of report fidelity, then
  // by 0.1 and 0.5 kB with the report's speed work (days read as numbers).
  // Personal data (issue 18) added 2.2 kB: the markers and descriptions of the marked
  // fields, and team consent with its rules and labels (measured at 263.22 kB).
  // Then by 4.9 kB with the footage request fields and custody log of issue 18 (265.85 kB).
  // Both merged (the markers and the footage fields): 268.94 kB.
  check("antt/stream: readDatasetNDJSON, readDatasetJSON", "dist/stream/index.js", "*", "269.5 kB"),
  // Footage requests (issue 18). The checks (checkExtraction, checkExtractions,
  // custodyFindings, the default policy) evaluate no zod: 14.4 kB. The transparency report
  // carries the unit index it places records with (admin, 11.9 kB) and its two aggregators:
  // 36.6 kB with its renderer. The whole entry adds the policy's schema and footagePolicy,
  // which bring zod (76 kB of the 143 kB). Measured on dist: 14.43, 36.56 and 143.06 kB.
  check(
    "antt/footage: checkExtraction, checkExtractions, custodyFindings",
    "dist/footage/index.js",
    "{ checkExtraction, checkExtractions, custodyFindings, DEFAULT_FOOTAGE_POLICY }",
    "16 kB",
  ),
  check(
    "antt/footage: buildTransparencyReport, renderTransparencyReport",
    "dist/footage/index.js",
    "{ buildTransparencyReport, renderTransparencyReport }",
    "39 kB",
  ),
  check("antt/footage: everything", "dist/footage/index.js", "*", "150 kB"),
  // The spreadsheet import: every record schema (each row is checked), the header tables
  // and, above all, exceljs (its browser build is ~0.95 MB minified) and csv-parse's
  // browser build (~0.2 MB, with its stream polyfill). Never loaded by `antt` or a domain
  // entry: only an app that imports spreadsheets pays for it.
  // antt/sql: the table layout is generated from every record schema and interchange's JSON
  // Schema (zod and its toJSONSchema), so the entry carries them; the drivers are the app's.
  // Measured at 242.69 kB with the incident and extraction summaries; the funding, activity
  // and camera summaries add 25.2 kB (267.91 kB measured on the build): each reader starts
  // from its aggregator's init(), so the entry carries those three aggregators and the
  // combinators they are built of (~9 to 11 kB each, overlapping).
  check("antt/sql: loadDataset, summaries in SQL", "dist/sql/index.js", "*", "269 kB"),
  check("antt/io: importXlsx, importCsv, templateWorkbook", "dist/io/index.js", "*", "1400 kB"),
  // antt/privacy reads the personal-data markers off every record schema, so it carries
  // them (and zod); its own code (listing, redaction, consent warnings) is about 5 kB.
  // Measured at 218.14 kB; 223.86 kB with the footage request fields in its schemas.
  check("antt/privacy: personalDataOf, redact", "dist/privacy/index.js", "*", "224.5 kB"),
  check("antt/submissions: mergeSubmissions", "dist/submissions/index.js", "*", "226 kB"),
  // The documents entry carries the libraries that write the files, and is never loaded by
  // `antt` or a domain entry: docx (a Word writer, with its zip) for reportToDocx, exceljs
  // (its browser build, zip included) for reportToXlsx; each import pays only for its own.
  // Measured at 326.6 kB and 956.4 kB, with the report's renderer and figures.
  check("antt/documents: reportToDocx", "dist/documents/index.js", "{ reportToDocx }", "335 kB"),
  check("antt/documents: reportToXlsx", "dist/documents/index.js", "{ reportToXlsx }", "965 kB"),
  // The catalogue of problems: 173 titles and descriptions of the fix in both languages
  // (92 kB of source, nearly all text), and the quality report; it holds no schema.
  // Issue 15 added 26 entries: the importer's 16 (ANTT-E800…, about 7.9 kB of source) and
  // the command line's 10 (ANTT-E840…E849, about 4.6 kB), measured together at 127.05 kB.
  // Issue 18 added the 22 entries of footage requests (ANTT-E940…E959, W940…W942), measured
  // with the rest at 141.24 kB.
  check(
    "antt/problems: problemCatalogue, qualityReport",
    "dist/problems/index.js",
    "*",
    // Issue 18's six privacy entries (ANTT-E920…E924, W920) added 3 kB: 130.48 kB.
    // Issue 18's footage entries (ANTT-E940…E959, W940…W942) and the public map's (E960…E964).
    // With the privacy entries too (ANTT-E920…E924, W920), merged: 147.89 kB.
    "148.5 kB",
  ),
  check(
    "antt/vn-admin: vietnamAdminIndex, table included (gzip)",
    "dist/vn-admin/index.js",
    "{ vietnamAdminIndex }",
    "350 kB",
    { brotli: undefined, gzip: true },
  ),
];
