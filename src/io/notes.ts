// The note under each header of a template: what the column holds and how to write it.
import type { Locale } from "../core/index.js";
import type { ColumnType, ImportColumn } from "./columns.js";

const HOW: { readonly [T in ColumnType]: { readonly vi: string; readonly en: string } } = {
  text: { vi: "Chữ", en: "Text" },
  integer: { vi: "Số nguyên, ví dụ 1.234", en: "Whole number, such as 1.234" },
  number: { vi: "Số, ví dụ 19,87", en: "Number, such as 19.87" },
  boolean: { vi: "Có hoặc Không", en: "Có (yes) or Không (no)" },
  date: { vi: "Ngày/tháng/năm, ví dụ 07/03/2024", en: "Day/month/year, such as 07/03/2024" },
  datetime: {
    vi: "Ngày/tháng/năm giờ:phút, ví dụ 07/03/2024 22:15",
    en: "Day/month/year hour:minute, such as 07/03/2024 22:15 (Vietnam time)",
  },
  code: { vi: "Chọn trong danh sách", en: "Choose from the list" },
  codes: {
    vi: "Một hoặc nhiều mục trong danh sách, cách nhau bởi dấu ;",
    en: "One or more items of the list, separated by ;",
  },
  unit: { vi: "Mã hoặc tên đơn vị hành chính", en: "Code or name of the administrative unit" },
  units: {
    vi: "Mã hoặc tên đơn vị, cách nhau bởi dấu ;",
    en: "Codes or names of units, separated by ;",
  },
  texts: { vi: "Một hoặc nhiều mã, cách nhau bởi dấu ;", en: "One or more ids, separated by ;" },
};

const MONEY = /amount|Vnd$/;

/** The note of a column in a template, in one language. */
export function noteOf(column: ImportColumn, lang: Locale): string {
  const required = column.required
    ? { vi: "Bắt buộc", en: "Required" }
    : { vi: "Không bắt buộc", en: "Optional" };
  const how =
    column.type === "integer" && MONEY.test(column.key)
      ? {
          vi: "Số tiền (đồng), ví dụ 1.234.567 hoặc 12,5 triệu",
          en: "Amount in đồng, such as 1.234.567 or 12,5 triệu",
        }
      : HOW[column.type];
  const what = lang === "en" && column.description ? ` ${column.description}.` : "";
  return `${required[lang]}. ${how[lang]}.${what}`;
}
