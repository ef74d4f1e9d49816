// Internal: the key a header or a label is matched by, whatever its diacritics, case,
// punctuation or abbreviations ("Số mắt cam." → "so mat camera").
import { foldMarks } from "../core/fold.js";

/** Common abbreviations in register headers, expanded word by word before matching. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  cam: "camera",
  sl: "so luong",
  dv: "don vi",
  dvhc: "don vi hanh chinh",
  tdp: "to dan pho",
  kp: "kinh phi",
  dt: "dien thoai",
  sdt: "so dien thoai",
  nd: "noi dung",
  ng: "ngay",
  vnd: "dong",
};

/** The key two texts are compared by: folded, punctuation as spaces, spaces collapsed. */
export function textKey(text: string): string {
  return foldMarks(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The key of a header: as {@link textKey}, with abbreviations written out. */
export function headerKey(text: string): string {
  return textKey(text)
    .split(" ")
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ");
}
