// `antt schema` and `antt units find`: answers from the library's own tables.
import * as antt from "../index.js";
import { VN_ADMIN_SOURCE, vietnamAdminIndex } from "../vn-admin/index.js";
import type { Run } from "./context.js";
import { CliError, EXIT } from "./errors.js";

/** A schema the library exports, as jsonSchemaOf takes it. */
type RecordSchema = Parameters<typeof antt.jsonSchemaOf>[0];

const kebab = (name: string) =>
  name
    .replace(/Schema$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();

/**
 * The schemas `antt schema` knows, by name: each collection of a dataset (`cameras`), the
 * dataset itself, and every schema the library exports, by the name its JSON file has in
 * the package (`camera-point`, as in `antt/schemas/camera-point.json`).
 */
export function schemaNames(): Map<string, RecordSchema> {
  const names = new Map<string, RecordSchema>();
  names.set("dataset", antt.DatasetSchema);
  for (const [collection, schema] of Object.entries(antt.DATASET_COLLECTIONS)) {
    names.set(collection, schema);
  }
  for (const [name, value] of Object.entries(antt)) {
    const isSchema = typeof (value as { safeParse?: unknown } | null)?.safeParse === "function";
    if (name.endsWith("Schema") && isSchema && !names.has(kebab(name))) {
      names.set(kebab(name), value as RecordSchema);
    }
  }
  return names;
}

/** `antt schema <record>`: the JSON Schema of a record, on standard output. */
export function schemaCommand(
  run: Run,
  record: string | undefined,
  options: { readonly list?: boolean },
): number {
  const names = schemaNames();
  if (options.list || record === undefined) {
    if (record === undefined && !options.list) {
      throw new CliError("cli-usage", {
        vi: "Ghi tên bản ghi (ví dụ `antt schema cameras`), hoặc xem danh sách bằng `antt schema --list`",
        en: "Name a record (for example `antt schema cameras`), or list them with `antt schema --list`",
      });
    }
    run.stdout.write(`${[...names.keys()].join("\n")}\n`);
    return EXIT.ok;
  }
  const key = record.toLowerCase().replace(/\.json$/, "");
  const schema = names.get(key) ?? names.get(kebab(record));
  if (schema === undefined) {
    const collections = ["dataset", ...Object.keys(antt.DATASET_COLLECTIONS)];
    throw new CliError("cli-unknown-kind", {
      vi: `Không có mẫu "${record}"; ví dụ: ${collections.join(", ")} (tất cả: \`antt schema --list\`)`,
      en: `No schema "${record}"; for example: ${collections.join(", ")} (all of them: \`antt schema --list\`)`,
    });
  }
  const json = antt.jsonSchemaOf(schema);
  run.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return EXIT.ok;
}

/** Options of `antt units find`. */
export interface UnitsFindOptions {
  readonly level?: antt.AdminLevel;
  readonly at?: string;
  readonly within?: string;
  readonly json?: boolean;
}

/** `antt units find <name>`: the units of the shipped table with that name. */
export function unitsFindCommand(run: Run, name: string, options: UnitsFindOptions): number {
  if (options.at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.at)) {
    throw new CliError("cli-usage", {
      vi: `--at "${options.at}" không phải ngày dạng YYYY-MM-DD`,
      en: `--at "${options.at}" is not a date written YYYY-MM-DD`,
    });
  }
  const index = vietnamAdminIndex();
  if (options.within !== undefined && index.versionsOf(options.within).length === 0) {
    throw new CliError("cli-unknown-unit", {
      vi: `--within: không có đơn vị mã "${options.within}" trong bảng đơn vị hành chính`,
      en: `--within: no unit has the code "${options.within}" in the table of administrative units`,
    });
  }
  const units = antt.findUnitsByName(index, name, {
    ...(options.level ? { level: options.level } : {}),
    ...(options.at ? { at: options.at } : {}),
    ...(options.within ? { within: options.within } : {}),
  });
  const rows = units.map((unit) => {
    const day = options.at ?? unit.validTo ?? unit.validFrom ?? VN_ADMIN_SOURCE.currentTo;
    const province =
      unit.level === "province" ? undefined : index.ancestorAt(unit.code, "province", day);
    return {
      code: unit.code,
      name: unit.name,
      level: unit.level,
      type: unit.type,
      province: province?.name,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    };
  });
  if (options.json) {
    run.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return rows.length === 0 ? EXIT.data : EXIT.ok;
  }
  if (rows.length === 0) {
    const message = {
      vi: `Không có đơn vị nào tên "${name}" trong bảng đơn vị hành chính`,
      en: `No unit is named "${name}" in the table of administrative units`,
    };
    run.stderr.write(`antt: ${message[run.lang]}\n`);
    return EXIT.data;
  }
  const width = Math.max(...rows.map((r) => r.code.length));
  for (const row of rows) {
    const type = antt.ADMIN_UNIT_TYPE_LABELS[row.type][run.lang];
    const dates = `${row.validFrom ?? "…"} – ${row.validTo ?? (run.lang === "vi" ? "nay" : "now")}`;
    run.stdout.write(
      `${row.code.padEnd(width)}  ${row.name} (${type}${row.province ? `, ${row.province}` : ""}; ${dates})\n`,
    );
  }
  return EXIT.ok;
}
