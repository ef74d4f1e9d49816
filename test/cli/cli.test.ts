// The command line, run in-process: every command, its output and exit code, and the
// bad-input paths (missing file, wrong format, unknown or ambiguous unit, unknown kind, bad
// period), each a one-line error with its catalogue number, never a stack trace.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chooseLang, EXIT } from "../../src/cli/index.js";
import { buildUnitReport, renderReport, validateDataset } from "../../src/index.js";
import { antt, bigNdjson, THO_XUAN, workspace } from "./support.js";

let dir: string;
beforeAll(() => {
  dir = workspace();
});
const cli = (args: string[], options: Parameters<typeof antt>[1] | object = {}) =>
  antt(args, { cwd: dir, ...options });

/** No line of a stack trace ("    at f (file:1:2)"). */
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+/m);

describe("language of the command line", () => {
  it("is Vietnamese by default, and for C, POSIX or another language", () => {
    expect(chooseLang([], {})).toBe("vi");
    expect(chooseLang([], { LANG: "C.UTF-8" })).toBe("vi");
    expect(chooseLang([], { LANG: "fr_FR.UTF-8" })).toBe("vi");
    expect(chooseLang([], { LANG: "vi_VN.UTF-8" })).toBe("vi");
  });

  it("is English for an English locale, LC_ALL before LC_MESSAGES before LANG", () => {
    expect(chooseLang([], { LANG: "en_US.UTF-8" })).toBe("en");
    expect(chooseLang([], { LC_ALL: "vi_VN.UTF-8", LANG: "en_US.UTF-8" })).toBe("vi");
    expect(chooseLang([], { LC_MESSAGES: "en_GB.UTF-8", LANG: "vi_VN" })).toBe("en");
    expect(chooseLang([], { LC_ALL: "", LANG: "en_US" })).toBe("en");
  });

  it("follows --lang before the environment, and not after --", () => {
    expect(chooseLang(["--lang", "en"], { LANG: "vi_VN" })).toBe("en");
    expect(chooseLang(["--lang=vi"], { LANG: "en_US" })).toBe("vi");
    expect(chooseLang(["--", "--lang", "en"], {})).toBe("vi");
  });
});

describe("antt --help", () => {
  it("is in Vietnamese by default, with the exit codes", async () => {
    const r = await cli(["--help"], { env: {} });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain("Cách dùng: antt");
    expect(r.stdout).toContain("Lệnh:");
    expect(r.stdout).toContain("kiểm tra tệp dữ liệu");
    expect(r.stdout).toContain("Mã thoát: 0 xong; 1 dữ liệu có lỗi");
  });

  it("is in English with --lang en or an English LANG", async () => {
    for (const r of [
      await cli(["--help", "--lang", "en"], { env: {} }),
      await cli(["--help"], { env: { LANG: "en_US.UTF-8" } }),
    ]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Usage: antt");
      expect(r.stdout).toContain("Commands:");
      expect(r.stdout).toContain("Exit codes: 0 done; 1 the data has errors");
    }
  });

  it("covers each command, in both languages", async () => {
    const vi = await cli(["report", "--help"], { env: { LANG: "vi_VN" } });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("Tuỳ chọn:");
    expect(vi.stdout).toContain("mã hoặc tên đơn vị (bắt buộc)");
    const en = await cli(["help", "units"], { env: { LANG: "en" } });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("find [options] <name>");
  });

  it("prints the version", async () => {
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("shows the help on standard error with exit code 2 when no command is given", async () => {
    const r = await cli([]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain("Usage: antt");
    expect(r.stdout).toBe("");
  });

  it("says in one line what is wrong with a command, with exit code 2", async () => {
    const unknown = await cli(["valdate", "x.json"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("antt: ANTT-E846 unknown command 'valdate'");
    const option = await cli(["validate", "--nope", "tho-xuan.json"], { env: { LANG: "vi" } });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("antt: ANTT-E846 không có tuỳ chọn '--nope'");
    const missing = await cli(["report", "tho-xuan.json", "--period", "2024"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--unit <unit>' not specified");
    const lang = await cli(["--lang", "fr", "--help"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang takes vi or en, not "fr"');
    const subcommand = await cli(["units"]);
    expect(subcommand.code).toBe(2);
  });
});

describe("antt validate", () => {
  it("says a valid dataset is valid, with its count of records, exit code 0", async () => {
    const r = await cli(["validate", "tho-xuan.json"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^tho-xuan\.json: valid, 5,028 records/);
  });

  it("lists each problem with its place and catalogue number, exit code 1", async () => {
    const r = await cli(["validate", "bad.json"]);
    expect(r.code).toBe(EXIT.data);
    expect(r.stdout).toContain("bad.json: 2 errors");
    expect(r.stdout).toContain(
      "bad.json: error ANTT-E105 cameras[3].sharingTier (Camera point 4, Sharing tier):",
    );
    expect(r.stdout).toContain("bad.json: error ANTT-E106 cameras[5].lenzes (Camera point 6");
  });

  it("gives the line of each problem of an NDJSON file", async () => {
    const r = await cli(["validate", "bad.ndjson"], { env: { LANG: "vi_VN" } });
    expect(r.code).toBe(1);
    const lines = readFileSync(join(dir, "bad.ndjson"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes('"everyone"')) + 1;
    expect(r.stdout).toContain(`bad.ndjson:${line}: lỗi ANTT-E105 cameras[3].sharingTier`);
    expect(r.stderr).toContain("Chưa kiểm tra liên kết giữa các bản ghi");
  });

  it("runs the checks across records on a valid NDJSON file", async () => {
    const ok = await cli(["validate", "tho-xuan.ndjson"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("tho-xuan.ndjson: valid, 5,028 records");
    // A camera twice: each line passes its schema, the whole has a duplicate id.
    const text = readFileSync(join(dir, "tho-xuan.ndjson"), "utf8");
    const camera = text.split("\n").find((l) => l.startsWith('{"collection":"cameras"'));
    writeFileSync(join(dir, "twice.ndjson"), `${text}${camera}\n`);
    const twice = await cli(["validate", "twice.ndjson"]);
    expect(twice.code).toBe(1);
    expect(twice.stdout).toMatch(/twice\.ndjson: error ANTT-E\d+ cameras\[1527\]\.id/);
  });

  it("lists warnings without failing, and the report goes on with a note", async () => {
    const r = await cli(["validate", "warn.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^warn\.json: valid, 5,028 records, 3 warnings$/m);
    expect(r.stdout).toContain(
      "warn.json: warning ANTT-W631 incidents[2].cameraIds[0] (Incident 3",
    );
    const report = await cli(["report", "warn.json", "--unit", "395", "--period", "2024"]);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain(
      "warn.json: 3 warnings (see them with `antt validate warn.json`)",
    );
  });

  it("reports text that is not JSON as a data error", async () => {
    const r = await cli(["validate", "broken.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("broken.json: error ANTT-E617: Not JSON");
  });

  it("gives machines JSON with --json", async () => {
    const r = await cli(["validate", "--json", "bad.json", "tho-xuan.json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      file: "bad.json",
      format: "json",
      valid: false,
      errors: 2,
      records: 5028,
    });
    expect(out[0].issues[0]).toMatchObject({
      id: "ANTT-E105",
      code: "invalid_value",
      path: ["cameras", 3, "sharingTier"],
      severity: "error",
    });
    expect(out[1]).toMatchObject({ file: "tho-xuan.json", valid: true, records: 5028 });
  });

  it("stops with exit code 2 for a missing file, before reading any", async () => {
    const r = await cli(["validate", "tho-xuan.json", "nope.json"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('antt: ANTT-E840 No such file: "nope.json" (or it is not a file)\n');
    const folder = await cli(["validate", "."], { env: { LANG: "vi" } });
    expect(folder.stderr).toContain('Không tìm thấy tệp "."');
  });

  it("stops with exit code 2 for a file of the wrong format", async () => {
    const text = await cli(["validate", "notes.txt"]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('ANTT-E841 "notes.txt" is not JSON, NDJSON, CSV or XLSX');
    const fake = await cli(["validate", "fake.xlsx"]);
    expect(fake.code).toBe(2);
    expect(fake.stderr).toContain("is named .xlsx but is not an Excel (XLSX) workbook");
    const docx = join(dir, "report.docx");
    await cli(["report", "tho-xuan.json", "--unit", "395", "--period", "2024", "-o", docx]);
    const archive = await cli(["validate", "report.docx"]);
    expect(archive.code).toBe(2);
    expect(archive.stderr).toContain("is an archive (ZIP, DOCX…)");
  });

  it("recognises a file by its content when its name does not say", async () => {
    writeFileSync(join(dir, "data.txt"), readFileSync(join(dir, "tho-xuan.ndjson")));
    const r = await cli(["validate", "data.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("data.txt: valid, 5,028 records");
  });

  it("checks CSV rows of a kind, naming each cell", async () => {
    const r = await cli(["validate", "cameras.csv", "--kind", "cameras"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("cameras.csv: 2 errors");
    expect(r.stdout).toContain("cameras.csv D3 (Ngày lắp đặt): error ANTT-E802");
    expect(r.stdout).toContain("cameras.csv I3 (Số mắt camera): error ANTT-E800");
  });

  it("needs a known --kind for CSV and XLSX files", async () => {
    const none = await cli(["validate", "cameras.csv"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("CSV and XLSX files need --kind <record kind>: models, sites");
    const unknown = await cli(["validate", "cameras.csv", "--kind", "camera"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ANTT-E844 No record kind "camera"; choose one of:');
  });
});

describe("antt report", () => {
  const args = ["report", "tho-xuan.json", "--unit", "395", "--period", "2024"];

  it("renders the report as renderReport does, in Vietnamese by default", async () => {
    const r = await cli(args, { env: {} });
    expect(r.code).toBe(0);
    const dataset = validateDataset(JSON.parse(readFileSync(THO_XUAN, "utf8")));
    if (!dataset.success) throw new Error("sample invalid");
    const report = buildUnitReport(dataset.data, { unit: "395", period: "2024" });
    expect(r.stdout).toBe(renderReport(report, { locale: "vi" }));
    expect(r.stdout).toContain("Huyện Thọ Xuân");
  });

  it("renders markdown, exact counts and English", async () => {
    const r = await cli([...args, "--format", "md", "--exact", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain("5,236");
  });

  it("gives the report as JSON, with the comparison asked for", async () => {
    const r = await cli([...args, "--format", "json", "--compare", "previous-period"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.unit.code).toBe("395");
    expect(report.comparison).toMatchObject({ basis: "previous-period", period: { key: "2023" } });
    expect(report.figures.cameras.lensesAtEnd).toBeGreaterThan(5000);
    const none = JSON.parse((await cli([...args, "--format", "json", "--compare", "none"])).stdout);
    expect(none.changes).toBeNull();
    const custom = await cli([...args, "--format", "json", "--compare", "2022"]);
    expect(JSON.parse(custom.stdout).comparison).toMatchObject({
      basis: "custom",
      period: { key: "2022" },
    });
  });

  it("reads an NDJSON dataset to the same report", async () => {
    const json = await cli([...args, "--format", "json"]);
    const ndjson = await cli([
      "report",
      "tho-xuan.ndjson",
      "--unit",
      "395",
      "--period",
      "2024",
      "--format",
      "json",
    ]);
    expect(ndjson.code).toBe(0);
    expect(ndjson.stdout).toBe(json.stdout);
  });

  it("finds the unit by its name", async () => {
    const r = await cli([
      "report",
      "tho-xuan.json",
      "--unit",
      "huyen tho xuan",
      "--period",
      "2024",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await cli(args)).stdout);
  });

  it("writes a file, its format from the extension, leaving no temporary file", async () => {
    const r = await cli([...args, "-o", "report.md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("Wrote report.md\n");
    expect(readFileSync(join(dir, "report.md"), "utf8")).toMatch(/^# /);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes DOCX and XLSX documents", async () => {
    for (const format of ["docx", "xlsx"]) {
      const r = await cli([...args, "--format", format, "-o", `out-${format}.bin`]);
      expect(r.code).toBe(0);
      const bytes = readFileSync(join(dir, `out-${format}.bin`));
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    }
  });

  it("puts the issuer, number and date given into the DOCX", async () => {
    const r = await cli(
      [
        ...args,
        "-o",
        "signed.docx",
        "--issuer",
        "Công an huyện Thọ Xuân",
        "--doc-number",
        "15/BC-CAH",
        "--doc-date",
        "2025-01-05",
      ],
      { env: {} },
    );
    expect(r.code).toBe(0);
    const xml = spawnSync("unzip", ["-p", join(dir, "signed.docx"), "word/document.xml"], {
      encoding: "utf8",
    }).stdout.replace(/<[^>]+>/g, "");
    expect(xml).toContain("15/BC-CAH");
    expect(xml).toContain("ngày 05 tháng 01 năm 2025");
    expect(xml).toContain("CÔNG AN HUYỆN THỌ XUÂN");
    const bad = await cli([...args, "-o", "x.docx", "--doc-date", "5/1/2025"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--doc-date "5/1/2025" is not a date written YYYY-MM-DD');
  });

  it("sends a document to a pipe, but never to a terminal", async () => {
    const pipe = await cli([...args, "--format", "docx"]);
    expect(pipe.code).toBe(0);
    expect(pipe.binary.length).toBe(1);
    const tty = await cli([...args, "--format", "docx"], { stdoutTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain("DOCX output needs a file: add -o <file>");
  });

  it("stops with exit code 2 for an unknown unit", async () => {
    const r = await cli(["report", "tho-xuan.json", "--unit", "Hà Nội", "--period", "2024"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('antt: ANTT-E842 No unit with the code or name "Hà Nội"');
    expect(r.stdout).toBe("");
  });

  it("lists the candidates of an ambiguous unit name", async () => {
    const r = await cli(["report", "tho-xuan.json", "--unit", "Thọ Xuân", "--period", "2024"], {
      env: { LANG: "vi_VN" },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("antt: ANTT-E843");
    expect(r.stderr).toContain("Huyện Thọ Xuân (395, Tỉnh Thanh Hóa");
    expect(r.stderr).toContain("Thị trấn Thọ Xuân (15499");
    expect(r.stderr).toContain("Ghi mã đơn vị");
  });

  it("stops with exit code 2 for a bad period or comparison, before reading", async () => {
    const period = await cli(["report", "nope.json", "--unit", "395", "--period", "2024-H3"]);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('ANTT-E845 --period "2024-H3" is not a period');
    const compare = await cli([...args, "--compare", "last-year"]);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toContain('--compare "last-year" is not a period');
  });

  it("stops with exit code 2 for an unknown format or a missing file", async () => {
    const format = await cli([...args, "--format", "pdf"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('ANTT-E841 No report format "pdf"; choose one of: text, md');
    const missing = await cli(["report", "nope.json", "--unit", "395", "--period", "2024"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("ANTT-E840");
    const csv = await cli(["report", "cameras.csv", "--unit", "395", "--period", "2024"]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("convert it with `antt import` first");
  });

  it("makes no report of a dataset with errors, and leaves no output file", async () => {
    const r = await cli(["report", "bad.json", "--unit", "395", "--period", "2024", "-o", "x.md"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.json: error ANTT-E105");
    expect(r.stderr).toContain("bad.json has 2 errors, so no report was made");
    expect(existsSync(join(dir, "x.md"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("says so when the output folder does not exist", async () => {
    const r = await cli([...args, "-o", "no/such/folder/r.md"], { env: { LANG: "vi" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'antt: ANTT-E847 Không ghi được tệp "no/such/folder/r.md": thư mục không tồn tại\n',
    );
  });

  it("keeps an earlier file whole and leaves no temporary file when stopped", async () => {
    writeFileSync(join(dir, "kept.md"), "earlier report\n");
    const controller = new AbortController();
    controller.abort();
    const r = await cli([...args, "-o", "kept.md"], { signal: controller.signal });
    expect(r.code).toBe(EXIT.interrupted);
    expect(r.stderr).toContain("ANTT-E849 Interrupted (Ctrl-C)");
    expect(readFileSync(join(dir, "kept.md"), "utf8")).toBe("earlier report\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("progress on standard error", () => {
  it("draws a bar for a large file on a terminal, and nothing otherwise", async () => {
    bigNdjson(dir, "big.ndjson", 9);
    const args = ["validate", "big.ndjson"];
    const tty = await cli(args, { stderrTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("big.ndjson [");
    expect(tty.stderr).toMatch(/100% \| [\d.]+\/[\d.]+ MB/);
    const pipe = await cli(args);
    expect(pipe.code).toBe(0);
    expect(pipe.stderr).toBe("");
    const small = await cli(["validate", "tho-xuan.ndjson"], { stderrTTY: true });
    expect(small.stderr).toBe("");
  });
});

describe("antt import", () => {
  it("writes a dataset of the rows that are records and lists the others, exit code 1", async () => {
    const r = await cli(["import", "cameras.csv", "--kind", "cameras", "-o", "imported.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cameras.csv D3 (Ngày lắp đặt): error ANTT-E802");
    expect(r.stderr).toContain("cameras.csv: 2 rows, 1 records, 2 errors → imported.json");
    const dataset = JSON.parse(readFileSync(join(dir, "imported.json"), "utf8"));
    expect(dataset.schemaVersion).toBe("1.0");
    expect(dataset.cameras.map((c: { id: string }) => c.id)).toEqual(["cam-1"]);
    expect(validateDataset(dataset).success).toBe(true);
  });

  it("exits 0 for a file without errors, and names the dataset", async () => {
    const good = readFileSync(join(dir, "cameras.csv"), "utf8").split("\n").slice(0, 2);
    writeFileSync(join(dir, "good.csv"), `${good.join("\n")}\n`);
    const r = await cli(["import", "good.csv", "--kind", "cameras", "--name", "Xã Xuân Sinh"]);
    expect(r.code).toBe(0);
    const dataset = JSON.parse(r.stdout);
    expect(dataset.name).toBe("Xã Xuân Sinh");
    expect(dataset.cameras).toHaveLength(1);
  });

  it("imports a workbook made from a template", async () => {
    const t = await cli(["template", "incidents", "-o", "incidents.xlsx"]);
    expect(t.code).toBe(0);
    const r = await cli(["import", "incidents.xlsx", "--kind", "incidents"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).incidents).toEqual([]);
    expect(r.stderr).toContain("incidents.xlsx: 0 rows, 0 records, 0 errors");
  });

  it("stops with exit code 2 for a dataset file, an unknown kind or no kind", async () => {
    const json = await cli(["import", "tho-xuan.json", "--kind", "cameras"]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("`antt import` reads XLSX or CSV files");
    const kind = await cli(["import", "cameras.csv", "--kind", "cctv"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('ANTT-E844 No record kind "cctv"');
    const none = await cli(["import", "cameras.csv"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("required option '--kind <kind>' not specified");
    const missing = await cli(["import", "nope.csv", "--kind", "cameras"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("ANTT-E840");
  });
});

describe("antt template", () => {
  it("writes a blank workbook with Vietnamese headers", async () => {
    const r = await cli(["template", "cameras", "-o", "cameras.xlsx"], { env: {} });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("Đã ghi cameras.xlsx\n");
    const bytes = readFileSync(join(dir, "cameras.xlsx"));
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const check = await cli(["validate", "cameras.xlsx", "--kind", "cameras"]);
    expect(check.code).toBe(0);
  });

  it("stops with exit code 2 for an unknown kind, or a terminal as output", async () => {
    const kind = await cli(["template", "camera", "-o", "x.xlsx"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('No record kind "camera"');
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
    const tty = await cli(["template", "cameras"], { stdoutTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain("XLSX output needs a file");
  });
});

describe("antt schema", () => {
  it("prints the JSON Schema of a collection, of a schema by its file name, of the dataset", async () => {
    const cameras = await cli(["schema", "cameras"]);
    expect(cameras.code).toBe(0);
    const schema = JSON.parse(cameras.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.lenses).toBeDefined();
    expect(JSON.parse((await cli(["schema", "camera-point"])).stdout)).toEqual(schema);
    expect(JSON.parse((await cli(["schema", "CameraPointSchema"])).stdout)).toEqual(schema);
    const dataset = JSON.parse((await cli(["schema", "dataset"])).stdout);
    expect(dataset.properties.cameras).toBeDefined();
  });

  it("lists the names it knows", async () => {
    const r = await cli(["schema", "--list"]);
    expect(r.code).toBe(0);
    const names = r.stdout.trim().split("\n");
    expect(names).toContain("cameras");
    expect(names).toContain("camera-point");
    expect(names[0]).toBe("dataset");
  });

  it("stops with exit code 2 for an unknown record or none", async () => {
    const r = await cli(["schema", "camras"], { env: { LANG: "vi" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('antt: ANTT-E844 Không có mẫu "camras"; ví dụ: dataset, units');
    const none = await cli(["schema"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("antt schema --list");
  });
});

describe("antt units find", () => {
  it("finds units by name, with or without diacritics, in the shipped table", async () => {
    const r = await cli(["units", "find", "tho xuan"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^395 +Huyện Thọ Xuân \(Rural district, Tỉnh Thanh Hóa; .* – 2025-06-30\)$/m,
    );
    expect(r.stdout).toMatch(/^15499 +Thị trấn Thọ Xuân/m);
  });

  it("narrows by level and day, and answers in JSON", async () => {
    const r = await cli(["units", "find", "Thọ Xuân", "--level", "district", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ code: "395", level: "district", province: "Tỉnh Thanh Hóa" }),
    ]);
    const after = await cli(["units", "find", "Thọ Xuân", "--at", "2025-07-01", "--json"]);
    for (const unit of JSON.parse(after.stdout)) expect(unit.level).not.toBe("district");
    const within = await cli(["units", "find", "Thọ Xuân", "--within", "01", "--json"]);
    for (const unit of JSON.parse(within.stdout)) expect(unit.code).not.toBe("395");
  });

  it("exits 1 when no unit has the name", async () => {
    const r = await cli(["units", "find", "Không Có Nơi Này"], { env: { LANG: "vi" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không có đơn vị nào tên "Không Có Nơi Này"');
    const json = await cli(["units", "find", "Không Có Nơi Này", "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });

  it("stops with exit code 2 for a bad level, day or parent unit", async () => {
    const level = await cli(["units", "find", "Thọ Xuân", "--level", "huyen"]);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("--level takes one of: province, district, commune, village");
    const at = await cli(["units", "find", "Thọ Xuân", "--at", "1/7/2025"]);
    expect(at.code).toBe(2);
    expect(at.stderr).toContain('--at "1/7/2025" is not a date written YYYY-MM-DD');
    const within = await cli(["units", "find", "Thọ Xuân", "--within", "999"]);
    expect(within.code).toBe(2);
    expect(within.stderr).toContain("ANTT-E842 --within: no unit has the code");
  });
});

describe("errors", () => {
  it("are one line, never a stack trace", async () => {
    for (const args of [
      ["validate", "nope.json"],
      ["report", "bad.json", "--unit", "395", "--period", "2024"],
      ["report", "tho-xuan.json", "--unit", "0", "--period", "x"],
      ["import", "fake.xlsx", "--kind", "cameras"],
      ["schema", "nope"],
    ]) {
      const r = await cli(args);
      expect(r.code).toBeGreaterThan(0);
      noStack(r.stderr);
      noStack(r.stdout);
    }
  });
});
