// The loaders of the national files of administrative units: the public functions, which
// give the readers in ./loaders/ the validation of what they build. This is the one module
// of the loaders that evaluates zod; the readers stay free of it.
import { validate } from "../core/index.js";
import { type OldUnitsCsvOptions, readOldUnitsCsv } from "./loaders/old-units.js";
import { readReorganisationJson } from "./loaders/reorganisation.js";
import {
  MERGES_JSON,
  type MergesJSONOptions,
  SPLITS_JSON,
  type SplitsJSONOptions,
} from "./loaders/reorganisation-formats.js";
import type { AdminLoadResult, Checks } from "./loaders/shared.js";
import { AdminSuccessionSchema, AdminUnitSchema } from "./schema.js";

export type { OldUnitsCsvOptions } from "./loaders/old-units.js";
export type {
  MergesJSONOptions,
  MergesJsonOptions,
  SplitsJSONOptions,
  SplitsJsonOptions,
} from "./loaders/reorganisation-formats.js";
export type { AdminLoadProblem, AdminLoadResult } from "./loaders/shared.js";

const CHECKS: Checks = {
  unit: (candidate) => validate(AdminUnitSchema, candidate),
  succession: (candidate) => validate(AdminSuccessionSchema, candidate),
};

/**
 * Reads the pre-2025 hierarchy (63 provinces, 691 districts, 10,047 communes) from CSV
 * text with the columns `province_code, province_name, district_code, district_name,
 * commune_code, commune_name` (in any order; a header row is required, each column once).
 *
 * @description Every unit is valid until `validTo` (30 June 2025 by default), from a date
 * the file does not give. Types come from the type word of each name (see
 * {@link adminUnitTypeFromName}); white space in names is collapsed. A row is left out,
 * with an `error` problem at its line, when it has the wrong number of fields, a quote
 * out of place, a code or name that does not validate, or a commune code already read. A
 * row whose district and commune names are swapped (a district named "Xã ..." and a
 * commune named "Huyện ...", as in four rows of the national file) is loaded with the
 * names put back, and a `warning`. A province or district whose name differs between rows
 * keeps its first name, with a warning.
 *
 * A header row without one of the six columns, or with one of them twice, gives an `error`
 * problem at line 1 and no units: the loader never guesses which column holds the data.
 *
 * The function takes text or its bytes, not a file name, so that it works in browsers
 * too: `loadOldUnitsCsv(await readFile("old-units.csv"))`. Bytes are read as UTF-8 (bytes
 * that are not UTF-8 give an error problem), and a byte-order mark at the start is
 * ignored. Any other input gives a problem, never an exception.
 *
 * @param text - the CSV text, or its bytes in UTF-8 (a `Uint8Array` such as a `Buffer`)
 * @param options - `validTo` (default `2025-06-30`)
 * @returns the units (provinces, districts and communes; no successions) and the problems
 * @category Administrative units
 * @example
 * ```ts
 * import { loadOldUnitsCsv } from "antt";
 * const csv = [
 *   "province_code,province_name,district_code,district_name,commune_code,commune_name",
 *   "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh",
 *   '38,Tỉnh Thanh Hóa,395,"Huyện Thọ Xuân",15499,Thị trấn Thọ Xuân',
 *   "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,1553,Xã Xuân Hòa",
 * ].join("\n");
 * const { units, problems } = loadOldUnitsCsv(csv);
 * units.length;        // 4: the province, the district and two communes
 * problems[0]?.line;   // 4: the commune code 1553 is not 5 digits
 * ```
 */
export function loadOldUnitsCsv(
  text: string | Uint8Array,
  options: OldUnitsCsvOptions = {},
): AdminLoadResult {
  return readOldUnitsCsv(text, options, CHECKS);
}

/**
 * Reads today's units and their succession links from the parsed `merges.json` of the
 * 2025 reorganisation: 34 provinces (`level1_id`) and 3,321 communes (`level2_id`), each
 * with the pre-2025 units it was formed from (`merges[]`: `old_id`, `name`, `type` =
 * `full` or `partial`).
 *
 * @description The new units are valid from `effectiveDate` (1 July 2025 by default),
 * communes under their province; a `full` link becomes a `whole` succession, a `partial`
 * one a `partial` succession. The old units are not created here (their names are in the
 * file but not their parents): read them with {@link loadOldUnitsCsv}. An entry that does
 * not validate, names an unknown link type, repeats a code or has a name without a type
 * word is left out with an `error` problem at its JSON path, and so are the communes of a
 * province entry that is left out. An old unit listed twice in one new unit's `merges` is
 * read once, as first given, with a `warning`. Pass the parsed JSON (`JSON.parse(text)`
 * or a JSON import), not a file name; any other value, however nested or hostile (a
 * getter or a Proxy that throws), gives problems, never an exception, and messages repeat
 * at most 200 characters of it.
 *
 * @param json - the parsed contents of merges.json
 * @param options - `effectiveDate` (default `2025-07-01`)
 * @returns the new units, the succession links into them, and the problems
 * @category Administrative units
 * @example
 * ```ts
 * import { loadMergesJSON } from "antt";
 * const { units, successions, problems } = loadMergesJSON({
 *   data: [
 *     {
 *       level1_id: "25",
 *       name: "Tỉnh Phú Thọ",
 *       merges: [
 *         { old_id: "25", name: "Tỉnh Phú Thọ", type: "full" },
 *         { old_id: "26", name: "Tỉnh Vĩnh Phúc", type: "full" },
 *       ],
 *       level2s: [],
 *     },
 *   ],
 * });
 * units[0]?.validFrom;      // "2025-07-01"
 * successions[1]?.oldCode;  // "26"
 * problems.length;          // 0
 * ```
 */
export function loadMergesJSON(json: unknown, options: MergesJSONOptions = {}): AdminLoadResult {
  return readReorganisationJson(json, MERGES_JSON, options, CHECKS);
}

/**
 * Reads the succession links of the 2025 reorganisation from the parsed `splits.json`: each
 * of the 63 pre-2025 provinces (`level1_id`) and its communes (`level3s[]`, `level3_id`)
 * with the new units they went into (`splits[]`: `new_id`, `name`).
 *
 * @description A unit with one new unit goes into it wholly (`whole`); a unit with several
 * was divided (`partial` to each). The old provinces are returned as units, and so are the
 * few old districts listed in `level2s` (island districts without communes, which went
 * into a special zone); the old communes are not, because the file does not say which
 * district each was in: read them with {@link loadOldUnitsCsv}. The links are the same as
 * those of {@link loadMergesJSON} seen from the other side; an index keeps a link given by
 * both files once. A new unit listed twice in one unit's `splits` counts once (so a unit
 * that goes into it alone still goes wholly), with a `warning`. Problems are reported as by
 * {@link loadMergesJSON}.
 *
 * @param json - the parsed contents of splits.json
 * @param options - `effectiveDate` (default `2025-07-01`) and `validTo` of the old units
 * @returns the old provinces and island districts, the succession links, and the problems
 * @category Administrative units
 * @example
 * ```ts
 * import { loadSplitsJSON } from "antt";
 * const { successions } = loadSplitsJSON({
 *   data: [
 *     {
 *       level1_id: "01",
 *       name: "Thành phố Hà Nội",
 *       splits: [{ new_id: "01", name: "Thành phố Hà Nội" }],
 *       level3s: [
 *         {
 *           level3_id: "00007",
 *           name: "Phường Cống Vị",
 *           splits: [
 *             { new_id: "00008", name: "Phường Ngọc Hà" },
 *             { new_id: "00025", name: "Phường Giảng Võ" },
 *           ],
 *         },
 *       ],
 *     },
 *   ],
 * });
 * successions.map((link) => `${link.oldCode}>${link.newCode} ${link.kind}`);
 * // ["01>01 whole", "00007>00008 partial", "00007>00025 partial"]
 * ```
 */
export function loadSplitsJSON(json: unknown, options: SplitsJSONOptions = {}): AdminLoadResult {
  return readReorganisationJson(json, SPLITS_JSON, options, CHECKS);
}

/**
 * The former name of {@link loadMergesJSON}.
 *
 * @deprecated Use {@link loadMergesJSON}: the library spells the acronym `JSON`, as in `datasetFromJSON`. The old name stays until 1.0.
 * @category Administrative units
 * @example
 * ```ts
 * import { loadMergesJSON } from "antt";
 * loadMergesJSON([]).units.length; // 0
 * ```
 */
export const loadMergesJson = loadMergesJSON;

/**
 * The former name of {@link loadSplitsJSON}.
 *
 * @deprecated Use {@link loadSplitsJSON}: the library spells the acronym `JSON`, as in `datasetFromJSON`. The old name stays until 1.0.
 * @category Administrative units
 * @example
 * ```ts
 * import { loadSplitsJSON } from "antt";
 * loadSplitsJSON([]).units.length; // 0
 * ```
 */
export const loadSplitsJson = loadSplitsJSON;
