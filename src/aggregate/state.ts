import type { Issue, ValidationResult } from "../core/issues.js";
import type { Aggregator } from "./aggregator.js";

/**
 * What an aggregator's states look like, as data: the engine checks a state read from
 * outside (a file, a worker, a network) against it, and never on the hot path.
 *
 * @description
 * - `count`: a non-negative safe integer (a count, a sum of amounts);
 * - `integer`: any safe integer (a sum of signed values);
 * - `text-or-null`: a string or `null` (such as the latest date seen);
 * - `groups`: a grouped state, the flat array `[key, state, key, state, ...]` of
 *   `groupBy` and `countBy`, with distinct string keys;
 * - `dict`: an object whose own keys are codes and whose values have the shape `of`;
 * - `fields`: an object with exactly these fields; `atMost` pairs say that the first
 *   field never exceeds the second (a numerator and its denominator);
 * - `named`: the state of a named aggregator (a summary), with a version that changes
 *   whenever its state does.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { StateShape } from "antt";
 * const rateShape: StateShape = {
 *   type: "fields",
 *   fields: { numerator: { type: "count" }, denominator: { type: "count" } },
 *   atMost: [["numerator", "denominator"]],
 * };
 * ```
 */
export type StateShape =
  | { readonly type: "count" }
  | { readonly type: "integer" }
  | { readonly type: "text-or-null" }
  | { readonly type: "groups"; readonly of: StateShape }
  | { readonly type: "dict"; readonly of: StateShape }
  | {
      readonly type: "fields";
      readonly fields: { readonly [name: string]: StateShape };
      readonly atMost?: readonly (readonly [string, string])[];
    }
  | {
      readonly type: "named";
      readonly name: string;
      readonly version: number;
      readonly of: StateShape;
    };

/**
 * A state as it crosses a boundary: the aggregator's kind and version beside the state,
 * so that the reader can tell a foreign, tampered or old state from its own.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { count, exportState, type StateEnvelope } from "antt";
 * const envelope: StateEnvelope<number> = exportState(count(), 12);
 * envelope.kind; // "count"
 * ```
 */
export interface StateEnvelope<State> {
  /** The aggregator's kind: a summary's name, or the shape of an engine composition. */
  readonly kind: string;
  /** The version of the state's layout. */
  readonly version: number;
  /** The state itself, plain JSON. */
  readonly state: State;
}

const MAX_PROBLEMS = 20;

/** The kind a shape's states are known by: a summary's name, or the shape spelled out. */
function kindOfShape(shape: StateShape): string {
  switch (shape.type) {
    case "count":
    case "integer":
    case "text-or-null":
      return shape.type;
    case "groups":
    case "dict":
      return `${shape.type}<${kindOfShape(shape.of)}>`;
    case "fields":
      return `{${Object.keys(shape.fields)
        .map((name) => `${name}:${kindOfShape(shape.fields[name] as StateShape)}`)
        .join(",")}}`;
    case "named":
      return shape.name;
  }
}

function versionOfShape(shape: StateShape): number {
  return shape.type === "named" ? shape.version : 1;
}

function shapeOf<In, State, Out>(aggregator: Aggregator<In, State, Out>): StateShape {
  const shape = aggregator.shape;
  if (!shape) {
    throw new TypeError(
      "This aggregator does not describe its states (it has no `shape`), so its states cannot be checked at a boundary (Bộ tổng hợp không mô tả trạng thái)",
    );
  }
  return shape;
}

/**
 * Wraps a state with its aggregator's kind and version, ready for `JSON.stringify` and a
 * trip through a file, a worker or a network; {@link parseState} reads it back.
 *
 * @param aggregator - the aggregator the state belongs to; it must have a `shape`
 * @param state - the state
 * @returns the envelope `{ kind, version, state }`
 * @throws TypeError when the aggregator has no `shape`
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, byUnit, countBy, exportState, groupBy } from "antt";
 * const perUnit = groupBy(byUnit((r: { unitCode: string; category: string }) => r.unitCode),
 *   countBy((r: { unitCode: string; category: string }) => r.category));
 * const state = aggregateState(perUnit, [{ unitCode: "15532", category: "theft" }]);
 * const text = JSON.stringify(exportState(perUnit, state)); // send it anywhere
 * ```
 */
export function exportState<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  state: State,
): StateEnvelope<State> {
  const shape = shapeOf(aggregator);
  return { kind: kindOfShape(shape), version: versionOfShape(shape), state };
}

/**
 * Reads a state that crossed a boundary, checking that it is this aggregator's, of its
 * version, and well formed: never trust a state from a file, a worker or a network
 * before merging it.
 *
 * @description The input is an envelope written by {@link exportState} (or its JSON
 * text). A state of another aggregator (a camera summary given to a `countBy`), of an
 * older layout, or tampered with (a count written `"5"`, a negative count, a `null`
 * where a breakdown belongs, a key twice in a grouped state, a numerator above its
 * denominator) is rejected with issues naming where in the state the problem is. A state
 * that passes can be merged and finished like one computed here. The check walks the
 * state once; adding and merging stay free of checks.
 *
 * @param aggregator - the aggregator that will merge or finish the state; it must have a
 *   `shape` (every aggregator and summary of the library has one)
 * @param input - the envelope, or its JSON text
 * @returns the state, or the issues found (at most 20 listed)
 * @category Aggregations
 * @example
 * ```ts
 * import { count, exportState, mergeStates, parseState } from "antt";
 * const text = JSON.stringify(exportState(count(), 12));
 * const read = parseState(count(), text);
 * if (read.success) mergeStates(count(), [read.data, 30]); // 42
 * parseState(count(), '{"kind":"count","version":1,"state":"5"}').success; // false
 * ```
 */
export function parseState<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  input: unknown,
): ValidationResult<State> {
  const shape = shapeOf(aggregator);
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const reason = String((error as Error).message).slice(0, 200);
      return failed([], "invalid-json", `Not JSON: ${reason}`, `Không phải JSON: ${reason}`);
    }
  }
  if (!isPlainObject(value) || !("state" in value)) {
    return failed(
      [],
      "not-a-state",
      "Expected a state envelope { kind, version, state }, as exportState writes it",
      "Cần một gói trạng thái { kind, version, state } do exportState tạo ra",
    );
  }
  const kind = kindOfShape(shape);
  const version = versionOfShape(shape);
  if (value["kind"] !== kind) {
    return failed(
      ["kind"],
      "foreign-state",
      `The state is of kind ${preview(value["kind"])}, not ${kind}: it belongs to another aggregator`,
      `Trạng thái thuộc loại ${preview(value["kind"])}, không phải ${kind}: đây là trạng thái của bộ tổng hợp khác`,
    );
  }
  if (value["version"] !== version) {
    return failed(
      ["version"],
      "state-version",
      `The state is of version ${preview(value["version"])}; this release reads version ${version}`,
      `Trạng thái có phiên bản ${preview(value["version"])}; phiên bản này của thư viện đọc phiên bản ${version}`,
    );
  }
  const issues: Issue[] = [];
  check(shape, value["state"], ["state"], issues, 0);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: value["state"] as State };
}

function failed<T>(
  path: (string | number)[],
  code: string,
  en: string,
  vi: string,
): ValidationResult<T> {
  return { success: false, issues: [{ path, code, message: { en, vi } }] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const MAX_DEPTH = 64;

function check(
  shape: StateShape,
  value: unknown,
  path: (string | number)[],
  issues: Issue[],
  depth: number,
): void {
  if (issues.length >= MAX_PROBLEMS) return;
  const bad = (en: string, vi: string) =>
    issues.push({ path, code: "tampered-state", message: { en, vi } });
  if (depth > MAX_DEPTH) {
    bad("The state is nested too deeply", "Trạng thái lồng nhau quá sâu");
    return;
  }
  switch (shape.type) {
    case "count":
      if (!(Number.isSafeInteger(value) && (value as number) >= 0)) {
        bad(
          `Expected a count (a whole number of at least 0), got ${preview(value)}`,
          `Cần một số đếm (số nguyên không âm), nhận được ${preview(value)}`,
        );
      }
      return;
    case "integer":
      if (!Number.isSafeInteger(value)) {
        bad(
          `Expected a whole number, got ${preview(value)}`,
          `Cần một số nguyên, nhận được ${preview(value)}`,
        );
      }
      return;
    case "text-or-null":
      if (value !== null && typeof value !== "string") {
        bad(
          `Expected text or null, got ${preview(value)}`,
          `Cần chuỗi ký tự hoặc null, nhận được ${preview(value)}`,
        );
      }
      return;
    case "named":
      check(shape.of, value, path, issues, depth + 1);
      return;
    case "groups": {
      if (!Array.isArray(value) || value.length % 2 !== 0) {
        bad(
          `Expected a grouped state [key, state, key, state, ...], got ${preview(value)}`,
          `Cần trạng thái theo nhóm [khóa, trạng thái, ...], nhận được ${preview(value)}`,
        );
        return;
      }
      const seen = new Set<string>();
      for (let i = 0; i < value.length; i += 2) {
        const key = value[i];
        if (typeof key !== "string" || key === "") {
          issues.push({
            path: [...path, i],
            code: "tampered-state",
            message: {
              en: `Expected a group key (text), got ${preview(key)}`,
              vi: `Cần khóa nhóm (chuỗi ký tự), nhận được ${preview(key)}`,
            },
          });
        } else if (seen.has(key)) {
          issues.push({
            path: [...path, i],
            code: "tampered-state",
            message: {
              en: `The group ${preview(key)} appears twice`,
              vi: `Nhóm ${preview(key)} xuất hiện hai lần`,
            },
          });
        } else seen.add(key);
        check(shape.of, value[i + 1], [...path, i + 1], issues, depth + 1);
        if (issues.length >= MAX_PROBLEMS) return;
      }
      return;
    }
    case "dict": {
      if (!isPlainObject(value)) {
        bad(
          `Expected an object of codes, got ${preview(value)}`,
          `Cần một đối tượng theo mã, nhận được ${preview(value)}`,
        );
        return;
      }
      for (const key of Object.keys(value)) {
        check(shape.of, value[key], [...path, key], issues, depth + 1);
        if (issues.length >= MAX_PROBLEMS) return;
      }
      if (Object.hasOwn(value, "__proto__")) {
        bad("The key __proto__ is not allowed", "Không được dùng khóa __proto__");
      }
      return;
    }
    case "fields": {
      if (!isPlainObject(value)) {
        bad(
          `Expected an object with the fields ${Object.keys(shape.fields).join(", ")}, got ${preview(value)}`,
          `Cần một đối tượng có các trường ${Object.keys(shape.fields).join(", ")}, nhận được ${preview(value)}`,
        );
        return;
      }
      for (const name of Object.keys(shape.fields)) {
        if (issues.length >= MAX_PROBLEMS) return;
        if (!Object.hasOwn(value, name)) {
          issues.push({
            path: [...path, name],
            code: "tampered-state",
            message: { en: "The field is missing", vi: "Thiếu trường này" },
          });
          continue;
        }
        check(shape.fields[name] as StateShape, value[name], [...path, name], issues, depth + 1);
        if (issues.length >= MAX_PROBLEMS) return;
      }
      for (const name of Object.keys(value)) {
        if (issues.length >= MAX_PROBLEMS) return;
        if (!Object.hasOwn(shape.fields, name)) {
          issues.push({
            path: [...path, name],
            code: "tampered-state",
            message: {
              en: "The state has a field this aggregator does not know",
              vi: "Trạng thái có trường mà bộ tổng hợp này không có",
            },
          });
        }
      }
      for (const [small, large] of shape.atMost ?? []) {
        const a = value[small];
        const b = value[large];
        if (typeof a === "number" && typeof b === "number" && a > b) {
          bad(
            `${small} (${a}) cannot exceed ${large} (${b})`,
            `${small} (${a}) không thể lớn hơn ${large} (${b})`,
          );
        }
      }
      return;
    }
  }
}
