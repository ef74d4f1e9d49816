// The command line's arguments, help in two languages, and how a run ends: an exit code and
// at most one line of error, never a stack trace.
import { Command, CommanderError, type Help } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { type CliContext, REPORT_FORMATS, type Run } from "./context.js";
import { CliError, EXIT, errorLine } from "./errors.js";
import { type Bilingual, chooseLang } from "./lang.js";

export type { CliContext } from "./context.js";

// The commands load the library (and its schemas) only when one runs: `antt --help` and a
// usage error answer at once.
const commands = () => import("./commands.js");
const lookup = () => import("./lookup.js");

const LEVELS = ["province", "district", "commune", "village"] as const;

/** The words of the help, in each language. */
const T = {
  program: {
    vi: "Kiểm tra, nhập, lập báo cáo dữ liệu phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    en: 'Check, import and report on the data of the "Toàn dân bảo vệ an ninh Tổ quốc" movement',
  },
  lang: {
    vi: "ngôn ngữ: vi (mặc định) hoặc en; không ghi thì theo LC_ALL/LANG",
    en: "language: vi (default) or en; otherwise from LC_ALL/LANG",
  },
  help: { vi: "hiện hướng dẫn", en: "show help" },
  helpCommand: { vi: "hiện hướng dẫn của một lệnh", en: "show help for a command" },
  version: { vi: "hiện số phiên bản", en: "show the version" },
  validate: {
    vi: "kiểm tra tệp dữ liệu (JSON, NDJSON, CSV, XLSX) và liệt kê lỗi kèm vị trí",
    en: "check data files (JSON, NDJSON, CSV, XLSX) and list problems with their places",
  },
  files: { vi: "các tệp cần kiểm tra", en: "the files to check" },
  json: { vi: "kết quả dạng JSON (cho máy đọc)", en: "output JSON (for programs)" },
  kind: {
    vi: "loại bản ghi của tệp CSV/XLSX (cameras, incidents…)",
    en: "record kind of CSV/XLSX files (cameras, incidents…)",
  },
  sheet: { vi: "tên trang tính cần đọc (XLSX)", en: "the sheet to read (XLSX)" },
  import: {
    vi: "chuyển bảng tính XLSX hoặc tệp CSV thành bộ dữ liệu JSON",
    en: "turn an XLSX workbook or a CSV file into a JSON dataset",
  },
  importFile: { vi: "tệp XLSX hoặc CSV", en: "the XLSX or CSV file" },
  output: {
    vi: "ghi kết quả vào tệp này (mặc định: màn hình)",
    en: "write the result to this file (default: standard output)",
  },
  datasetName: { vi: "tên bộ dữ liệu", en: "the dataset's name" },
  report: { vi: "lập báo cáo của một đơn vị cho một kỳ", en: "make a unit's report for a period" },
  dataset: { vi: "bộ dữ liệu (JSON hoặc NDJSON)", en: "the dataset (JSON or NDJSON)" },
  unit: { vi: "mã hoặc tên đơn vị (bắt buộc)", en: "unit code or name (required)" },
  period: {
    vi: "kỳ báo cáo: 2024, 2024-H1, 2024-Q3, 2024-03 (bắt buộc)",
    en: "reporting period: 2024, 2024-H1, 2024-Q3, 2024-03 (required)",
  },
  compare: {
    vi: "so sánh với: same-period-last-year (mặc định), previous-period, none hoặc một kỳ",
    en: "compare with: same-period-last-year (default), previous-period, none or a period",
  },
  format: {
    vi: `định dạng: ${REPORT_FORMATS.join(", ")} (mặc định theo đuôi tệp -o, không có thì text)`,
    en: `format: ${REPORT_FORMATS.join(", ")} (default: from the -o file's extension, else text)`,
  },
  exact: {
    vi: "ghi số chính xác thay vì làm tròn (5.236 thay vì trên 5.200)",
    en: "exact counts instead of rounded wording (5,236 for over 5,200)",
  },
  issuer: {
    vi: "DOCX: cơ quan ban hành (mặc định: Công an của đơn vị)",
    en: "DOCX: the issuing body (default: the unit's police)",
  },
  docNumber: {
    vi: "DOCX: số, ký hiệu văn bản (15/BC-CAH); không ghi thì để trống để điền",
    en: "DOCX: the document's number and symbol (15/BC-CAH); default: blanks to fill in",
  },
  docDate: {
    vi: "DOCX: ngày ban hành (YYYY-MM-DD); không ghi thì để trống để điền",
    en: "DOCX: the date of issue (YYYY-MM-DD); default: blanks to fill in",
  },
  template: {
    vi: "ghi mẫu bảng tính XLSX trống cho một loại bản ghi",
    en: "write a blank XLSX template for a record kind",
  },
  templateKind: {
    vi: "loại bản ghi (cameras, incidents…)",
    en: "record kind (cameras, incidents…)",
  },
  schema: {
    vi: "in JSON Schema của một loại bản ghi (cameras, incidents, dataset…)",
    en: "print the JSON Schema of a record (cameras, incidents, dataset…)",
  },
  record: { vi: "tên bản ghi", en: "the record's name" },
  list: { vi: "liệt kê các tên có thể dùng", en: "list the names it knows" },
  map: {
    vi: "bản đồ GeoJSON các vụ việc, an toàn để công bố: số vụ việc theo ô, ẩn ô dưới k vụ",
    en: "a GeoJSON map of the incidents, safe to publish: counts by cell, cells under k left out",
  },
  mapCameras: {
    vi: "bản đồ các điểm camera thay cho vụ việc",
    en: "map the camera points instead of the incidents",
  },
  gridMetres: {
    vi: "cạnh mỗi ô, tính bằng mét (mặc định 1000)",
    en: "the side of a cell in metres (default 1000)",
  },
  gridDegrees: { vi: "cạnh mỗi ô, tính bằng độ", en: "the side of a cell in degrees" },
  k: {
    vi: "số bản ghi ít nhất của một ô được hiện (mặc định 5)",
    en: "the fewest records a cell shown holds (default 5)",
  },
  exactPoints: {
    vi: "ghi tọa độ chính xác của từng bản ghi (chỉ dùng nội bộ, không công bố)",
    en: "write each record's exact point (for use inside the police, not to publish)",
  },
  units: { vi: "tra cứu đơn vị hành chính", en: "look up administrative units" },
  find: {
    vi: "tìm đơn vị theo tên (có dấu hoặc không dấu) trong bảng đơn vị hành chính",
    en: "find units by name (with or without diacritics) in the table of administrative units",
  },
  unitName: { vi: "tên đơn vị", en: "the unit's name" },
  level: {
    vi: `chỉ đơn vị cấp: ${LEVELS.join(", ")}`,
    en: `only units of the level: ${LEVELS.join(", ")}`,
  },
  at: { vi: "chỉ đơn vị có vào ngày (YYYY-MM-DD)", en: "only units valid on the day (YYYY-MM-DD)" },
  within: { vi: "chỉ đơn vị thuộc đơn vị mã này", en: "only units inside the unit of this code" },
} satisfies Record<string, Bilingual>;

const EPILOGUE: Bilingual = {
  vi: `
Mã thoát: 0 xong; 1 dữ liệu có lỗi (hoặc không tìm thấy đơn vị khi tra cứu);
2 lệnh viết sai, không có tệp, sai định dạng, không có đơn vị; 130 dừng bằng Ctrl-C.

Ví dụ:
  antt validate bo-du-lieu.json
  antt report bo-du-lieu.json --unit 395 --period 2024 --format docx -o bao-cao.docx
  antt units find "Thọ Xuân"
`,
  en: `
Exit codes: 0 done; 1 the data has errors (or no unit found by a lookup);
2 usage error, missing file, wrong format, unknown unit; 130 stopped by Ctrl-C.

Examples:
  antt validate dataset.json
  antt report dataset.json --unit 395 --period 2024 --format docx -o report.docx
  antt units find "Tho Xuan"
`,
};

const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng:",
  "Options:": "Tuỳ chọn:",
  "Commands:": "Lệnh:",
  "Arguments:": "Tham số:",
  "Global Options:": "Tuỳ chọn chung:",
};

/**
 * Runs the command line on its arguments (without `node` and the script), writing to the
 * context's streams, and gives the exit code: the whole program, testable in-process.
 *
 * @example
 * ```sh
 * npx antt report examples/data/tho-xuan-2024.json --unit 395 --period 2024
 * ```
 */
export async function run(argv: readonly string[], context: CliContext): Promise<number> {
  const lang = chooseLang(argv, context.env);
  const ctx: Run = { ...context, lang };
  let exitCode: number = EXIT.ok;
  const program = buildProgram(ctx, (code) => {
    exitCode = code;
  });
  if (argv.length === 0) {
    context.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    const langAt = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
    if (langAt >= 0) {
      const value = argv[langAt] === "--lang" ? argv[langAt + 1] : argv[langAt]?.slice(7);
      if (value !== "vi" && value !== "en") {
        throw new CliError("cli-usage", {
          vi: `--lang nhận vi hoặc en, không phải "${value ?? ""}"`,
          en: `--lang takes vi or en, not "${value ?? ""}"`,
        });
      }
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return failure(ctx, error);
  }
}

function failure(ctx: Run, error: unknown): number {
  if (error instanceof CliError) {
    ctx.stderr.write(errorLine(error, ctx.lang));
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      (error.code === "commander.help" && error.exitCode === 0)
    ) {
      return EXIT.ok;
    }
    if (error.code === "commander.help") return EXIT.usage;
    const usage = new CliError("cli-usage", commanderMessage(error));
    ctx.stderr.write(errorLine(usage, ctx.lang));
    ctx.stderr.write(ctx.lang === "vi" ? "Xem `antt --help`.\n" : "See `antt --help`.\n");
    return EXIT.usage;
  }
  // A bug, or a library that threw on input it should have reported: one line, no stack.
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(
    ctx.lang === "vi"
      ? `antt: lỗi không lường trước: ${message}\n`
      : `antt: unexpected error: ${message}\n`,
  );
  return EXIT.data;
}

/** Commander's English error, said in both languages. */
function commanderMessage(error: CommanderError): Bilingual {
  const en = error.message.replace(/^error: /, "");
  const quoted = /'([^']*)'/.exec(en)?.[1] ?? "";
  const vi: Record<string, string> = {
    "commander.unknownOption": `không có tuỳ chọn '${quoted}'`,
    "commander.unknownCommand": `không có lệnh '${quoted}'`,
    "commander.missingArgument": `thiếu tham số '${quoted}'`,
    "commander.optionMissingArgument": `tuỳ chọn '${quoted}' cần một giá trị`,
    "commander.missingMandatoryOptionValue": `thiếu tuỳ chọn bắt buộc '${quoted}'`,
    "commander.excessArguments": "thừa tham số",
  };
  return { vi: vi[error.code] ?? en, en };
}

function buildProgram(ctx: Run, setExit: (code: number) => void): Command {
  const t = (key: keyof typeof T) => T[key][ctx.lang];
  const program = new Command("antt");
  program
    .description(t("program"))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: () => {},
    })
    .configureHelp({
      styleTitle: (title: string) => (ctx.lang === "vi" ? (TITLES[title] ?? title) : title),
    } as Partial<Help>)
    .helpOption("-h, --help", t("help"))
    .helpCommand("help [command]", t("helpCommand"))
    .version(pkg.version, "-V, --version", t("version"))
    .option("--lang <lang>", t("lang"))
    .addHelpText("after", EPILOGUE[ctx.lang])
    .showSuggestionAfterError(true);

  const act =
    <A extends unknown[]>(fn: (...args: A) => Promise<number> | number) =>
    async (...args: A) => {
      setExit(await fn(...args));
    };

  program
    .command("validate")
    .description(t("validate"))
    .argument("<file...>", t("files"))
    .option("--json", t("json"))
    .option("--kind <kind>", t("kind"))
    .option("--sheet <name>", t("sheet"))
    .action(
      act((files: string[], options: { json?: boolean; kind?: string; sheet?: string }) =>
        commands().then((c) => c.validateCommand(ctx, files, options)),
      ),
    );

  program
    .command("import")
    .description(t("import"))
    .argument("<file>", t("importFile"))
    .requiredOption("--kind <kind>", t("kind"))
    .option("-o, --output <file>", t("output"))
    .option("--sheet <name>", t("sheet"))
    .option("--name <name>", t("datasetName"))
    .action(
      act(
        (file: string, options: { kind: string; output?: string; sheet?: string; name?: string }) =>
          commands().then((c) => c.importCommand(ctx, file, options)),
      ),
    );

  program
    .command("report")
    .description(t("report"))
    .argument("<dataset>", t("dataset"))
    .requiredOption("--unit <unit>", t("unit"))
    .requiredOption("--period <period>", t("period"))
    .option("--compare <with>", t("compare"))
    .option("--format <format>", t("format"))
    .option("-o, --output <file>", t("output"))
    .option("--exact", t("exact"))
    .option("--issuer <name>", t("issuer"))
    .option("--doc-number <number>", t("docNumber"))
    .option("--doc-date <date>", t("docDate"))
    .action(
      act(
        (
          file: string,
          options: {
            unit: string;
            period: string;
            compare?: string;
            format?: string;
            output?: string;
            exact?: boolean;
            issuer?: string;
            docNumber?: string;
            docDate?: string;
          },
        ) => commands().then((c) => c.reportCommand(ctx, file, options)),
      ),
    );

  program
    .command("template")
    .description(t("template"))
    .argument("<kind>", t("templateKind"))
    .option("-o, --output <file>", t("output"))
    .action(
      act((kind: string, options: { output?: string }) =>
        commands().then((c) => c.templateCommand(ctx, kind, options)),
      ),
    );

  program
    .command("schema")
    .description(t("schema"))
    .argument("[record]", t("record"))
    .option("--list", t("list"))
    .action(
      act((record: string | undefined, options: { list?: boolean }) =>
        lookup().then((l) => l.schemaCommand(ctx, record, options)),
      ),
    );

  program
    .command("map")
    .description(t("map"))
    .argument("<dataset>", t("dataset"))
    .option("--cameras", t("mapCameras"))
    .option("--grid-metres <metres>", t("gridMetres"))
    .option("--grid-degrees <degrees>", t("gridDegrees"))
    .option("--k <count>", t("k"))
    .option("--exact", t("exactPoints"))
    .option("-o, --output <file>", t("output"))
    .action(
      act(
        (
          file: string,
          options: {
            cameras?: boolean;
            gridMetres?: string;
            gridDegrees?: string;
            k?: string;
            exact?: boolean;
            output?: string;
          },
        ) => commands().then((c) => c.mapCommand(ctx, file, options)),
      ),
    );

  const units = program.command("units").description(t("units"));
  units
    .command("find")
    .description(t("find"))
    .argument("<name>", t("unitName"))
    .option("--level <level>", t("level"))
    .option("--at <date>", t("at"))
    .option("--within <code>", t("within"))
    .option("--json", t("json"))
    .action(
      act(
        (
          name: string,
          options: { level?: string; at?: string; within?: string; json?: boolean },
        ) => {
          if (
            options.level !== undefined &&
            !(LEVELS as readonly string[]).includes(options.level)
          ) {
            throw new CliError("cli-usage", {
              vi: `--level nhận một trong: ${LEVELS.join(", ")}`,
              en: `--level takes one of: ${LEVELS.join(", ")}`,
            });
          }
          const { level, ...rest } = options;
          return lookup().then((l) =>
            l.unitsFindCommand(ctx, name, {
              ...rest,
              ...(level ? { level: level as (typeof LEVELS)[number] } : {}),
            }),
          );
        },
      ),
    );
  return program;
}
