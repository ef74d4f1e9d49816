// Writes each field's description, as its schema gives it with `.describe()`, into the TSDoc
// comment above the field in the schema's shape. The record types are `z.infer` of their
// schemas, and TypeScript carries a shape property's comment to the inferred type: so an
// editor's hover, the TypeDoc field lists and the JSON Schema all read one text, the one in
// `.describe()`. test/field-docs.test.ts fails when they drift.
//
//   node --import tsx scripts/field-docs.mts          rewrites the comments in src/
//   node --import tsx scripts/field-docs.mts --check  lists what would change, exits 1 if any
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import * as antt from "../src/index.js";

const root = new URL("..", import.meta.url);
const WIDTH = 96;

/** The description of every exported schema, for fields written as `XSchema.optional()`. */
const described = new Map<string, string>();
for (const [name, value] of Object.entries(antt)) {
  const description = (value as { description?: unknown } | null)?.description;
  if (name.endsWith("Schema") && typeof description === "string") described.set(name, description);
}

/**
 * The description a field's schema ends up with: the outermost `.describe("…")` of its chain
 * of calls, or, when the chain has none, that of the schema it starts from.
 */
export function descriptionOf(
  init: ts.Expression,
  local: ReadonlyMap<string, ts.Expression> = new Map(),
): string | undefined {
  let node: ts.Expression = init;
  for (;;) {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const [arg] = node.arguments;
      if (node.expression.name.text === "describe" && arg && ts.isStringLiteralLike(arg)) {
        return arg.text;
      }
      node = node.expression.expression;
    } else if (ts.isPropertyAccessExpression(node)) {
      node = node.expression;
    } else if (ts.isIdentifier(node)) {
      const declared = local.get(node.text);
      return declared ? descriptionOf(declared, local) : described.get(node.text);
    } else {
      return undefined;
    }
  }
}

/** The schema an initializer builds: the body of `/* @__PURE__ *\/ (() => body)()`. */
function unwrapped(init: ts.Expression): ts.Expression {
  let node = init;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isCallExpression(node) && node.arguments.length === 0) {
    let callee: ts.Expression = node.expression;
    while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
    if (ts.isArrowFunction(callee) && !ts.isBlock(callee.body)) return callee.body;
  }
  return node;
}

/** A description as a TSDoc comment at an indent, its words wrapped at WIDTH columns. */
function comment(text: string, indent: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const oneLine = `${indent}/** ${words.join(" ")} */`;
  if (oneLine.length <= WIDTH) return oneLine;
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && indent.length + 3 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`].join("\n");
}

/** The source with each described field's comment written; and the fields it changed. */
export function withFieldDocs(path: string, source: string): { text: string; changed: string[] } {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  // The schemas built at the top of this module, without their pure IIFE, by name.
  const local = new Map<string, ts.Expression>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { name, initializer } of statement.declarationList.declarations) {
      if (ts.isIdentifier(name) && initializer) local.set(name.text, unwrapped(initializer));
    }
  }
  const edits: { start: number; end: number; text: string; name: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isObjectLiteralExpression(node.parent) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
    ) {
      const description = descriptionOf(node.initializer, local);
      if (description !== undefined) {
        const start = node.getStart(file);
        const lineStart = source.lastIndexOf("\n", start - 1) + 1;
        const indent = source.slice(lineStart, start);
        if (/^\s*$/.test(indent)) {
          const wanted = comment(description, indent);
          // The JSDoc comment right above the field, if there is one, is replaced.
          const ranges = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
          const last = ranges.at(-1);
          const jsdoc = last && source.slice(last.pos, last.pos + 3) === "/**" ? last : undefined;
          const from = jsdoc ? source.lastIndexOf("\n", jsdoc.pos - 1) + 1 : lineStart;
          const current = source.slice(from, lineStart).replace(/\n$/, "");
          if (current !== wanted) {
            edits.push({ start: from, end: lineStart, text: `${wanted}\n`, name: node.name.text });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let text = source;
  for (const edit of [...edits].reverse()) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return { text, changed: edits.map((edit) => edit.name) };
}

/** Every module of src/ that builds schemas. */
export function schemaModules(): string[] {
  return readdirSync(new URL("src", root), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.startsWith("zod-line-probe-"))
    .map((name) => `src/${name}`)
    .filter((path) => /from "zod"/.test(readFileSync(new URL(path, root), "utf8")));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const check = process.argv.includes("--check");
  let count = 0;
  for (const path of schemaModules()) {
    const source = readFileSync(new URL(path, root), "utf8");
    const { text, changed } = withFieldDocs(path, source);
    if (changed.length === 0) continue;
    count += changed.length;
    console.log(`${path}: ${changed.join(", ")}`);
    if (!check) writeFileSync(new URL(path, root), text);
  }
  console.log(
    check
      ? `${count} field comments differ from their descriptions`
      : `${count} field comments written`,
  );
  if (check && count > 0) process.exit(1);
}
