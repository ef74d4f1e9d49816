// JSON Schema validators besides ajv, to show that the emitted schemas mean the same in
// every engine: @cfworker/json-schema (JavaScript) and Python's jsonschema (run as a child
// process). Test-only: nothing in src/ imports this.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Validator } from "@cfworker/json-schema";
import type { JSONSchema } from "../../src/index.js";

/** A second JavaScript validator: @cfworker/json-schema, draft 2020-12. */
export function cfworkerValidator(schema: JSONSchema): (input: unknown) => boolean {
  const validator = new Validator(schema as ConstructorParameters<typeof Validator>[0], "2020-12");
  return (input) => validator.validate(input).valid;
}

/** One input for one of the schemas sent to Python. */
export interface PythonCase {
  schema: string;
  input: unknown;
}

/** Python with jsonschema, found on this machine, or why there is none. */
export type PythonJsonSchema =
  | {
      python: string;
      /** Python's verdicts, one per case, in order, from one run of the interpreter. */
      verdicts: (schemas: Record<string, JSONSchema>, cases: PythonCase[]) => boolean[];
    }
  | { python: undefined; reason: string };

const script = fileURLToPath(new URL("./python-verdicts.py", import.meta.url));

/**
 * The first of `$ANTT_PYTHON`, `python3` on the PATH and Debian's `/usr/bin/python3` that can
 * `import jsonschema` (Debian's package is `python3-jsonschema`).
 */
export function findPythonJsonSchema(): PythonJsonSchema {
  const candidates = [process.env["ANTT_PYTHON"], "python3", "/usr/bin/python3"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const python = candidates.find(
    (candidate) =>
      spawnSync(candidate, ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0,
  );
  if (python === undefined) {
    return {
      python: undefined,
      reason: `Python's jsonschema is not installed: \`python3 -c "import jsonschema"\` failed for ${candidates.join(", ")} (apt-get install python3-jsonschema)`,
    };
  }
  return {
    python,
    verdicts(schemas, cases) {
      const run = spawnSync(python, [script], {
        input: JSON.stringify({ schemas, cases }),
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.status !== 0) {
        throw new Error(`${python} ${script} exited with ${run.status}:\n${run.stderr}`);
      }
      const answer = JSON.parse(run.stdout) as { verdicts: boolean[] };
      if (answer.verdicts.length !== cases.length) {
        throw new Error(`${cases.length} cases, but ${answer.verdicts.length} verdicts`);
      }
      return answer.verdicts;
    },
  };
}
