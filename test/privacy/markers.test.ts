import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CameraPointSchema,
  DATASET_COLLECTIONS,
  DatasetSchema,
  IncidentSchema,
  jsonSchemaOf,
  PERSONAL_DATA_KEY,
  TeamSchema,
} from "../../src/index.js";
import { personalDataFieldsOf } from "../../src/privacy/index.js";
import { ReportSubmissionSchema } from "../../src/submissions/index.js";

const paths = (schema: Parameters<typeof personalDataFieldsOf>[0]) =>
  personalDataFieldsOf(schema).map((field) => `${field.path.join(".")}:${field.kind}`);

type Json = Record<string, unknown>;

/** The JSON Schema node at a path of property names, `*` for array items, through $refs. */
function nodeAt(root: Json, path: readonly string[]): Json | undefined {
  const resolve = (node: Json): Json => {
    const ref = node["$ref"];
    if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
      const defs = root["$defs"] as Record<string, Json>;
      return resolve(defs[ref.slice("#/$defs/".length)] as Json);
    }
    return node;
  };
  let nodes: Json[] = [resolve(root)];
  for (const step of path) {
    const next: Json[] = [];
    for (const node of nodes) {
      for (const option of [node, ...((node["anyOf"] ?? node["oneOf"] ?? []) as Json[])].map(
        resolve,
      )) {
        if (step === "*") {
          if (option["items"]) next.push(resolve(option["items"] as Json));
        } else {
          const properties = option["properties"] as Record<string, Json> | undefined;
          const property = properties?.[step];
          if (property) next.push(resolve(property));
        }
      }
    }
    nodes = next;
  }
  return nodes[0];
}

describe("personal-data markers", () => {
  it("mark the people's details in the team, camera and incident records", () => {
    expect(paths(TeamSchema)).toEqual([
      "households.*.headName:basic",
      "households.*.address:basic",
      "households.*.phone:basic",
      "members.*.name:basic",
      "members.*.phone:basic",
    ]);
    expect(paths(CameraPointSchema)).toEqual(["location:basic", "address:basic"]);
    expect(paths(IncidentSchema)).toEqual([
      "location:basic",
      "address:basic",
      "description:sensitive",
    ]);
    expect(paths(ReportSubmissionSchema)).toContain("producedBy:basic");
  });

  it("say whether a record may leave the field out", () => {
    const fields = personalDataFieldsOf(TeamSchema);
    expect(fields.find((f) => f.path.join(".") === "members.*.name")?.optional).toBe(false);
    expect(fields.find((f) => f.path.join(".") === "members.*.phone")?.optional).toBe(true);
  });

  it("reach every collection's JSON Schema as x-personal-data, at the marked field", () => {
    let checked = 0;
    for (const [collection, schema] of Object.entries(DATASET_COLLECTIONS)) {
      const json = jsonSchemaOf(schema);
      for (const field of personalDataFieldsOf(schema)) {
        const node = nodeAt(json, field.path);
        expect(node, `${collection}.${field.path.join(".")}`).toBeDefined();
        expect(node?.[PERSONAL_DATA_KEY], `${collection}.${field.path.join(".")}`).toBe(field.kind);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it("say the kind in the field's description, which TypeDoc and an editor show", () => {
    for (const schema of [...Object.values(DATASET_COLLECTIONS), ReportSubmissionSchema]) {
      const json = jsonSchemaOf(schema);
      for (const field of personalDataFieldsOf(schema)) {
        const description = nodeAt(json, field.path)?.["description"];
        expect(description, field.path.join(".")).toEqual(
          expect.stringContaining(`personal data (${field.kind})`),
        );
      }
    }
  });

  it("are on every field whose description says personal data, and only there", () => {
    const said = new Set<string>();
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) walk(item, `${path}[${i}]`);
        return;
      }
      if (typeof node !== "object" || node === null) return;
      const record = node as Json;
      const description = record["description"];
      if (typeof description === "string" && /personal data \(/.test(description)) {
        said.add(path);
        expect(record[PERSONAL_DATA_KEY], path).toBeDefined();
        expect(description).toContain(`personal data (${record[PERSONAL_DATA_KEY]})`);
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}.${key}`);
    };
    walk(jsonSchemaOf(DatasetSchema), "dataset");
    expect(said.size).toBeGreaterThanOrEqual(12);
  });

  it("are each listed in the guide's table, with their kind", () => {
    const guide = readFileSync(new URL("../../docs/personal-data.md", import.meta.url), "utf8");
    const rows = guide.split("\n").filter((line) => line.startsWith("| `"));
    for (const [collection, schema] of Object.entries(DATASET_COLLECTIONS)) {
      for (const field of personalDataFieldsOf(schema)) {
        const row = rows.find(
          (line) =>
            line.includes(`\`${collection}\``) && line.includes(`\`${field.path.join(".")}\``),
        );
        expect(row, `${collection}.${field.path.join(".")}`).toMatch(
          new RegExp(`\\|\\s*${field.kind}\\s*\\|`),
        );
      }
    }
  });

  it("find a field marked in an app's own schema, in a list and in a union", async () => {
    const z = await import("zod");
    const Plate = z.string().meta({ [PERSONAL_DATA_KEY]: "basic" });
    const Schema = z.strictObject({
      plates: z.array(Plate).optional(),
      who: z.union([
        z.strictObject({
          kind: z.literal("person"),
          name: z.string().meta({ "x-personal-data": "basic" }),
        }),
        z.strictObject({
          kind: z.literal("health"),
          note: z.string().meta({ "x-personal-data": "sensitive" }),
        }),
      ]),
    });
    expect(personalDataFieldsOf(Schema)).toEqual([
      { path: ["plates"], kind: "basic", optional: true },
      { path: ["who", "name"], kind: "basic", optional: false },
      { path: ["who", "note"], kind: "sensitive", optional: false },
    ]);
  });
});
