// Every field of every record type is documented where people look, from one source: the
// field's `.describe()` in its schema. It reaches the JSON Schema through zod, and an editor's
// hover and the TypeDoc field lists through the TSDoc comment that scripts/field-docs.mts
// writes above the field, which TypeScript carries to the type inferred from the schema.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { schemaModules, withFieldDocs } from "../scripts/field-docs.mjs";
import * as footage from "../src/footage/index.js";
import * as antt from "../src/index.js";
import * as submissions from "../src/submissions/index.js";

/** The package's exports by name (its entries), to look a schema up by the name its type names. */
const exported: Readonly<Record<string, unknown>> = { ...antt, ...submissions, ...footage };

const root = new URL("..", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

interface JsonObject {
  properties?: Record<string, { description?: string }>;
}

/** Every exported record type declared as the type its schema parses, with that schema. */
function recordTypes(): { type: string; schema: string; path: string }[] {
  return schemaModules().flatMap((path) =>
    [...read(path).matchAll(/export type (\w+) = z\.(?:infer|output)<typeof (\w+)>/g)].map(
      ([, type, schema]) => ({ type: type as string, schema: schema as string, path }),
    ),
  );
}

/** What TypeScript shows on hover for each field of a type: its documentation, by name. */
function hoverDocs(types: readonly { type: string; path: string }[]) {
  const config = ts.getParsedCommandLineOfConfigFile(
    new URL("tsconfig.json", root).pathname,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  const paths = [...new Set(types.map((t) => new URL(t.path, root).pathname))];
  const program = ts.createProgram(paths, config.options);
  const checker = program.getTypeChecker();
  const docs = new Map<string, Map<string, string>>();
  for (const path of paths) {
    const file = program.getSourceFile(path);
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`${path} was not found by TypeScript`);
    for (const symbol of checker.getExportsOfModule(module)) {
      if (!types.some((t) => t.type === symbol.name)) continue;
      const fields = new Map<string, string>();
      for (const property of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
        const doc = ts.displayPartsToString(property.getDocumentationComment(checker));
        fields.set(property.name, doc.replace(/\s+/g, " ").trim());
      }
      docs.set(symbol.name, fields);
    }
  }
  return docs;
}

describe("fields documented where people look", () => {
  const types = recordTypes();

  it("finds the record types, each beside its schema", () => {
    const names = types.map((t) => t.type);
    for (const name of ["CameraPoint", "Incident", "SecurityModel", "Team", "Contribution"]) {
      expect(names).toContain(name);
    }
    for (const { schema } of types) expect(exported).toHaveProperty(schema);
  });

  it("keeps every field's TSDoc comment in step with its description (npm run docs:fields)", () => {
    const drift = schemaModules().flatMap((path) =>
      withFieldDocs(path, read(path)).changed.map((field) => `${path}: ${field}`),
    );
    expect(drift).toEqual([]);
  });

  it("finds a field whose comment is missing or says something else than its description", () => {
    const source = [
      'import * as z from "zod";',
      "export const XSchema = z.strictObject({",
      '  a: z.string().describe("The first"),',
      "  /** Something else */",
      '  b: z.string().optional().describe("The second"),',
      "  /** The third */",
      '  c: z.string().describe("The third"),',
      "});",
    ].join("\n");
    const { text, changed } = withFieldDocs("x.ts", source);
    expect(changed).toEqual(["a", "b"]);
    expect(text).toContain("  /** The first */\n  a: z.string()");
    expect(text).toContain("  /** The second */\n  b: z.string()");
    expect(text).not.toContain("Something else");
    expect(withFieldDocs("x.ts", text).changed).toEqual([]);
  });

  it("shows on hover, for every field of every record type, the JSON Schema's description", {
    timeout: 120_000,
  }, () => {
    const hover = hoverDocs(types);
    const problems: string[] = [];
    let fields = 0;
    for (const { type, schema } of types) {
      const json = antt.jsonSchemaOf(exported[schema] as never) as JsonObject;
      const shown = hover.get(type);
      if (!json.properties) continue; // a union: each member is a record type of its own
      if (!shown) {
        problems.push(`${type}: TypeScript shows no fields for it`);
        continue;
      }
      for (const [field, property] of Object.entries(json.properties)) {
        fields += 1;
        const description = property.description?.replace(/\s+/g, " ").trim();
        if (!description) problems.push(`${type}.${field}: no description in ${schema}`);
        else if (shown.get(field) !== description) {
          problems.push(`${type}.${field}: hover shows "${shown.get(field) ?? "(no field)"}"`);
        }
      }
      for (const field of shown.keys()) {
        if (!(field in json.properties)) problems.push(`${type}.${field}: not in ${schema}`);
      }
    }
    expect(problems).toEqual([]);
    expect(fields).toBeGreaterThan(250);
  });

  it("lists the fields on each record type's TypeDoc page (the type is tagged @interface)", () => {
    const untagged = types.filter(({ type, schema, path }) => {
      const json = antt.jsonSchemaOf(exported[schema] as never) as JsonObject;
      if (!json.properties) return false;
      const source = read(path);
      const at = source.indexOf(`export type ${type} = `);
      const doc = source.slice(source.lastIndexOf("/**", at), at);
      return !/^\s*\*\s*@interface\s*$/m.test(doc);
    });
    expect(untagged.map((t) => t.type)).toEqual([]);
  });
});
