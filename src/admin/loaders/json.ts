// Reading untrusted JSON values. The loaders take any value. They never index it directly:
// they ask its shape with `shapeOf`, read its fields with `fieldOf` and copy its arrays
// with `itemsOf`, each of which catches what a getter or a Proxy throws, so a hostile value
// gives problems, never an exception.
import type { Path, Problems } from "./shared.js";
import { describeValue, UNREADABLE } from "./values.js";

/** The most entries an array of the input may have; the national files have a few thousand. */
const MAX_ITEMS = 1_000_000;

function shapeOf(value: unknown): "array" | "object" | "other" | "unreadable" {
  if (typeof value !== "object" || value === null) return "other";
  try {
    return Array.isArray(value) ? "array" : "object";
  } catch {
    return "unreadable"; // a revoked Proxy
  }
}

export function isObject(value: unknown): value is object {
  return shapeOf(value) === "object";
}

/** A field of an entry, or {@link UNREADABLE} when reading it throws. */
export function fieldOf(entry: object, key: string): unknown {
  try {
    return (entry as Readonly<Record<string, unknown>>)[key];
  } catch {
    return UNREADABLE;
  }
}

/**
 * A copy of an array of the input, an item that cannot be read being {@link UNREADABLE};
 * `undefined`, with a problem, when its length cannot be read or is too large.
 */
function itemsOf(list: unknown, path: Path, problems: Problems): unknown[] | undefined {
  let length: unknown;
  try {
    length = (list as readonly unknown[]).length;
  } catch {
    length = UNREADABLE;
  }
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length > MAX_ITEMS) {
    problems.add(
      path,
      "invalid-entry",
      `The array cannot be read: its length is ${describeValue(length).en} (at most ${MAX_ITEMS} entries are read); nothing in it was read`,
      `Không đọc được mảng: độ dài của mảng là ${describeValue(length).vi} (chỉ đọc tối đa ${MAX_ITEMS} mục); không mục nào trong mảng được đọc`,
    );
    return undefined;
  }
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) items.push(fieldOf(list as object, String(i)));
  return items;
}

/** The array of top-level entries: `json.data`, or `json` itself when it is an array. */
export function entriesOf(
  json: unknown,
  problems: Problems,
  file: string,
): { list: unknown[]; path: Path } | undefined {
  const shape = shapeOf(json);
  if (shape === "array") {
    const list = itemsOf(json, [], problems);
    return list && { list, path: [] };
  }
  const data = shape === "object" ? fieldOf(json as object, "data") : undefined;
  if (shapeOf(data) === "array") {
    const list = itemsOf(data, ["data"], problems);
    return list && { list, path: ["data"] };
  }
  const got = describeValue(json);
  problems.add(
    [],
    "not-a-reorganisation-file",
    `Expected the parsed ${file}: an object with a "data" array, got ${got.en}`,
    `Cần nội dung đã đọc của ${file}: một đối tượng có mảng "data", nhận được ${got.vi}`,
  );
  return undefined;
}

/** A string field of an entry, or a problem saying what is wrong with it. */
export function stringField(
  entry: object,
  key: string,
  path: Path,
  problems: Problems,
): string | undefined {
  const value = fieldOf(entry, key);
  if (typeof value === "string") return value;
  const got = describeValue(value);
  problems.add(
    [...path, key],
    "invalid-entry",
    `Expected a string in ${key}, got ${got.en}; the entry was not read`,
    `Trường ${key} phải là chuỗi, nhận được ${got.vi}; mục không được đọc`,
  );
  return undefined;
}

/** A copy of an array field of an entry, or a problem saying what is wrong with it. */
export function arrayField(
  entry: object,
  key: string,
  path: Path,
  problems: Problems,
  optional = false,
): unknown[] | undefined {
  const value = fieldOf(entry, key);
  if (shapeOf(value) === "array") return itemsOf(value, [...path, key], problems);
  if (optional && value === undefined) return [];
  const got = describeValue(value);
  problems.add(
    [...path, key],
    "invalid-entry",
    `Expected an array in ${key}, got ${got.en}`,
    `Trường ${key} phải là mảng, nhận được ${got.vi}`,
  );
  return undefined;
}

export function notAnObject(path: Path, value: unknown, problems: Problems): void {
  const got = describeValue(value);
  problems.add(
    path,
    "invalid-entry",
    `Expected an object, got ${got.en}; the entry was not read`,
    `Mục phải là một đối tượng, nhận được ${got.vi}; mục không được đọc`,
  );
}

/**
 * A code field of the input as the schema may see it: a value that is not a string, a
 * number, a boolean or null is replaced by an empty object or array, so that the schema's
 * message never has to look into it (zod asks a value for its prototype, which a Proxy
 * may refuse).
 */
export function plainCode(value: unknown): unknown {
  if (value === UNREADABLE) return {};
  if (typeof value !== "object" || value === null) return value;
  return shapeOf(value) === "array" ? [] : {};
}
