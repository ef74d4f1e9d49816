// Runs the command line in-process, with its streams captured.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { IMPORT_HEADERS } from "../../src/io/index.js";
import { datasetToNDJSON } from "../../src/stream/index.js";

/** A stream that keeps what is written. */
export class Capture {
  text = "";
  bytes: Uint8Array[] = [];
  constructor(readonly isTTY = false) {}
  write(chunk: string | Uint8Array): boolean {
    if (typeof chunk === "string") this.text += chunk;
    else this.bytes.push(chunk);
    return true;
  }
}

/** What a run gave. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  binary: Uint8Array[];
}

/** Runs `antt …` in `cwd`, in English unless the environment says otherwise. */
export async function antt(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string | undefined>;
    stdoutTTY?: boolean;
    stderrTTY?: boolean;
    signal?: AbortSignal;
  },
): Promise<Ran> {
  const stdout = new Capture(options.stdoutTTY ?? false);
  const stderr = new Capture(options.stderrTTY ?? false);
  const code = await run(args, {
    stdout,
    stderr,
    cwd: options.cwd,
    env: options.env ?? { LANG: "en_US.UTF-8" },
    signal: options.signal,
  });
  return { code, stdout: stdout.text, stderr: stderr.text, binary: stdout.bytes };
}

/** The sample dataset the demo reports on: Huyện Thọ Xuân, 2024. */
export const THO_XUAN = new URL("../../examples/data/tho-xuan-2024.json", import.meta.url).pathname;

/** A folder with the files the tests read: datasets good and bad, a CSV, an NDJSON. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "antt-cli-"));
  const text = readFileSync(THO_XUAN, "utf8");
  writeFileSync(join(dir, "tho-xuan.json"), text);
  const dataset = JSON.parse(text);
  writeFileSync(join(dir, "tho-xuan.ndjson"), [...datasetToNDJSON(dataset)].join(""));
  // A camera with a wrong sharing tier and a misspelt field: two errors, with locations.
  const bad = structuredClone(dataset);
  bad.cameras[3].sharingTier = "everyone";
  bad.cameras[5].lenzes = 2;
  writeFileSync(join(dir, "bad.json"), JSON.stringify(bad, null, 2));
  writeFileSync(join(dir, "bad.ndjson"), [...datasetToNDJSON(bad)].join(""));
  // A camera installed after an incident it filmed: a warning, not an error.
  const warn = structuredClone(dataset);
  const filmed = warn.incidents.find((i: { cameraIds?: string[] }) => i.cameraIds?.length);
  const camera = warn.cameras.find((c: { id: string }) => c.id === filmed.cameraIds[0]);
  camera.installedOn = filmed.occurredAt.slice(0, 4) === "2024" ? "2024-12-31" : "2023-12-31";
  writeFileSync(join(dir, "warn.json"), JSON.stringify(warn));
  writeFileSync(join(dir, "broken.json"), '{ "schemaVersion": "1.0", "cameras": [');
  writeFileSync(join(dir, "notes.txt"), "Không phải dữ liệu\n");
  writeFileSync(join(dir, "fake.xlsx"), "not a workbook");
  writeFileSync(join(dir, "cameras.csv"), camerasCsv());
  return dir;
}

/** A CSV of two camera points as people write them: one good row, one with two errors. */
export function camerasCsv(): string {
  const keys = [
    "id",
    "unitCode",
    "ownerKind",
    "installedOn",
    "connectedToDutyRoom",
    "sharingTier",
    "coverage",
    "status",
    "lenses",
  ];
  const header = keys.map((key) => {
    const column = IMPORT_HEADERS.cameras.find((c) => c.key === key);
    if (!column) throw new Error(`no column ${key}`);
    return column.header.vi;
  });
  return [
    header.join(","),
    "cam-1,15532,Hộ gia đình,01/05/2023,Có,Chia sẻ hình ảnh trực tiếp,Đường giao thông,Đang hoạt động,2",
    "cam-2,15532,Hộ gia đình,31/02/2023,Có,Chia sẻ hình ảnh trực tiếp,Đường giao thông,Đang hoạt động,hai",
    "",
  ].join("\n");
}

/**
 * A large NDJSON dataset: the sample's units and its cameras copied `copies` times under new
 * ids, so that reading it takes a while (progress bar, Ctrl-C).
 */
export function bigNdjson(dir: string, name: string, copies: number): string {
  const dataset = JSON.parse(readFileSync(THO_XUAN, "utf8"));
  const lines = [
    `${JSON.stringify({ schemaVersion: dataset.schemaVersion, name: dataset.name })}\n`,
  ];
  for (const unit of dataset.units)
    lines.push(`${JSON.stringify({ collection: "units", record: unit })}\n`);
  for (let copy = 0; copy < copies; copy += 1) {
    for (const camera of dataset.cameras) {
      const record = { ...camera, id: `${camera.id}-${copy}` };
      lines.push(`${JSON.stringify({ collection: "cameras", record })}\n`);
    }
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join(""));
  return path;
}
