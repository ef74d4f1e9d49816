// Untrusted values as the loaders' messages repeat them: never throwing, whatever the value.
import { cut, echo } from "../internal.js";

/** Stands for a value whose reading threw (a getter, a Proxy trap, a revoked Proxy). */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** How deep into arrays and objects a message looks at a value. */
const SKETCH_DEPTH = 3;
/** The most characters a message gives to a value it describes. */
const VALUE_LIMIT = 60;

/**
 * A short picture of any value, for a message: JSON-like, at most {@link SKETCH_DEPTH}
 * levels deep and about `room` characters long, whatever the value's size or
 * depth. Throws when reading the value throws.
 */
function sketch(value: unknown, depth: number, room: number): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(cut(value, room));
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value === UNREADABLE ? "?" : cut(value.toString(), room);
    case "function":
      return "function";
  }
  if (value === null) return "null";
  const array = Array.isArray(value);
  if (!array) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return cut(Object.prototype.toString.call(value), room);
    }
  }
  if (depth >= SKETCH_DEPTH) return array ? "[...]" : "{...}";
  const parts: string[] = [];
  let used = 2;
  if (array) {
    const items = value as readonly unknown[];
    const length = items.length;
    for (let i = 0; i < length && used < room; i++) {
      const part = sketch(items[i], depth + 1, room - used);
      parts.push(part);
      used += part.length + 1;
    }
    if (parts.length < length) parts.push("...");
    return `[${parts.join(",")}]`;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record);
  for (const key of keys) {
    if (used >= room) break;
    const name = JSON.stringify(cut(key, room - used));
    const part = `${name}:${sketch(record[key], depth + 1, room - used - name.length - 1)}`;
    parts.push(part);
    used += part.length + 1;
  }
  if (parts.length < keys.length) parts.push("...");
  return `{${parts.join(",")}}`;
}

/**
 * A value as a message repeats it, in English and Vietnamese: a short JSON-like picture
 * (see {@link sketch}), cut to {@link VALUE_LIMIT} characters with invisible and
 * bidirectional characters escaped; never throws, even on a deeply nested value, a getter
 * that throws or a revoked Proxy.
 */
export function describeValue(value: unknown): { readonly en: string; readonly vi: string } {
  if (value === undefined) return { en: "nothing", vi: "không có gì" };
  if (typeof value === "function") return { en: "a function", vi: "một hàm" };
  let text: string;
  try {
    text = value === UNREADABLE ? "" : cut(sketch(value, 0, VALUE_LIMIT), VALUE_LIMIT);
  } catch {
    text = "";
  }
  if (text === "") {
    return {
      en: "a value that cannot be read (reading it threw an error)",
      vi: "một giá trị không đọc được (đọc giá trị này gây lỗi)",
    };
  }
  return { en: echo(text), vi: echo(text) };
}
